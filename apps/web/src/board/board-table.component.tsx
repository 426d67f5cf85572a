import type { BoardRow } from '../api/api.types';
import { Link } from '../app/link.component';
import { ReferenceNames, useNames } from '../reference/reference-names.context';
import { LIGHTS, PROJECT_STATUS, stageName } from '../shared/labels';
import { LightBadge } from '../shared/light-badge.component';
import { TableHead } from '../shared/table-head.component';
import { workingDaysLeft } from '../shared/time-format';
import { useNow } from '../shared/use-now.hook';

const COLUMNS = ['项目', '乡镇/街道', '当前阶段', '红黄绿灯', '距办理时限', '包抓县领导'];

/** One row per project; on a phone each row becomes a card with the same labels. */
export function BoardTable({ rows }: { rows: BoardRow[] }) {
  const now = useNow();
  return (
    <table className="board-table">
      <TableHead columns={COLUMNS} />
      <tbody>
        {rows.map((row) => (
          <BoardTableRow key={row.code} row={row} now={now} />
        ))}
      </tbody>
    </table>
  );
}

function BoardTableRow({ row, now }: { row: BoardRow; now: number }) {
  const names = useNames();
  return (
    <tr data-project={row.code} className={row.light ? `row-${row.light}` : ''}>
      <td data-label="项目">
        <Link to={`/projects/${row.code}`} className="project-name">
          {row.name}
        </Link>
        <span className="code">{row.code}</span>
      </td>
      <td data-label="乡镇/街道">{names.township(row.township)}</td>
      <td data-label="当前阶段" data-testid="stage">
        {row.currentStage ? stageName(row.currentStage) : PROJECT_STATUS[row.status]}
        {row.awaitingApplication && <span className="tag">在建 · 待{row.awaitingApplication}</span>}
        {row.suspended && <span className="tag tag-warn">暂停</span>}
        {row.openProblems > 0 && <span className="tag">问题 {row.openProblems}</span>}
      </td>
      <td data-label="红黄绿灯" data-testid="light">
        <LightBadge light={row.light} />
        <span className="explanation">{explanationOf(row, names)}</span>
      </td>
      <td data-label="距办理时限">
        <DaysLeft row={row} now={now} />
      </td>
      <td data-label="包抓县领导">{names.leader(row.leader)}</td>
    </tr>
  );
}

function explanationOf(row: BoardRow, names: ReferenceNames): string {
  if (row.suspended) return `项目暂停：${row.suspensionReason ?? ''}`;
  if (row.status === 'refused') return row.refusalReason ?? '';
  if (!row.light) return '';
  return row.lightExplanation ? names.readable(row.lightExplanation.summary) : LIGHTS[row.light].meaning;
}

function DaysLeft({ row, now }: { row: BoardRow; now: number }) {
  if (row.status !== 'active' || !row.stageDueAt) return <span className="muted">—</span>;
  if (!row.stageClockRunning) return <span className="muted">计时暂停</span>;
  const left = workingDaysLeft(row.stageDueAt, row.workingDaysLeft, now);
  return <span className={left.overdue ? 'overdue' : ''}>{left.text}</span>;
}

