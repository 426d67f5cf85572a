import { useState } from 'react';
import type { Alert, ProjectState } from '../api/api.types';
import { useApi } from '../api/use-api.hook';
import { Link } from '../app/link.component';
import { useNames } from '../reference/reference-names.context';
import { CommandBar } from '../shared/command-bar.component';
import { ALERT_LEVELS, ALERT_STATUS, stageName } from '../shared/labels';
import { formatDateTime, formatDeadline } from '../shared/time-format';
import { alertCommands } from './alert-commands';

const SUBJECTS: Record<Exclude<Alert['subject']['kind'], 'stage'>, string> = {
  statutory: '办件法定时限',
  promised: '办件承诺时限',
  suspension: '项目暂停超过预计恢复日期',
  problem: '问题超过整改期限',
};

function subjectOf(alert: Alert): string {
  return alert.subject.kind === 'stage' ? `${stageName(alert.subject.stage)}阶段${alert.level === 'yellow' ? '临近时限' : '超时'}` : SUBJECTS[alert.subject.kind];
}

/** One alert: its level, project, why it was raised, the instructions so far, and (for those who may, while it stands) what to do. */
export function AlertCard({ alert, canAct }: { alert: Alert; canAct: boolean }) {
  const names = useNames();
  const [handling, setHandling] = useState(false);
  const project = useApi<ProjectState>(handling ? `/api/projects/${encodeURIComponent(alert.projectCode)}` : null, { projectCode: alert.projectCode });
  return (
    <article className={`alert-card level-${alert.level} status-${alert.status}`} data-alert={alert.id} data-project={alert.projectCode}>
      <header className="alert-head">
        <span className={`level-tag level-tag-${alert.level}`}>{ALERT_LEVELS[alert.level]}</span>
        <Link to={`/projects/${alert.projectCode}`} className="project-name">
          {alert.projectName}
        </Link>
        <span className="muted">{names.township(alert.township)}</span>
        <span className={`status-tag status-tag-${alert.status}`}>{ALERT_STATUS[alert.status]}</span>
      </header>
      <p className="alert-summary">{names.readable(alert.explanation.summary)}</p>
      <p className="muted small">
        {subjectOf(alert)} · 发出于 {formatDateTime(alert.raisedAt)} · 限办 {formatDeadline(alert.explanation.dueAt)}
      </p>
      {alert.instructions.length > 0 && (
        <ul className="instructions">
          {alert.instructions.map((instruction) => (
            <li key={instruction.at}>
              批示（{names.readable(instruction.by)}，{formatDateTime(instruction.at)}）：{instruction.text}
            </li>
          ))}
        </ul>
      )}
      {canAct &&
        alert.status !== 'resolved' &&
        (handling ? (
          <CommandBar commands={alertCommands(alert, project.data, names.departments)} onDone={project.reload} />
        ) : (
          <button type="button" className="primary" onClick={() => setHandling(true)}>
            办理
          </button>
        ))}
    </article>
  );
}
