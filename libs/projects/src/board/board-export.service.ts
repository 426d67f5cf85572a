import { Injectable } from '@nestjs/common';
import { stringify } from 'csv-stringify/sync';
import { LIGHT_NAMES, PROJECT_STATUS_NAMES, ProjectStatus, STAGE_NAMES, beijingDate, beijingDeadline, isStageKey } from '@keystone/domain';
import { ReferenceDataService, ReferenceKind } from '@keystone/reference-data';
import { BoardFilters, BoardRow, ProjectBoardService } from './project-board.service';

const COLUMNS: [string, (row: BoardRow, name: (kind: ReferenceKind, code: string) => string) => string | number][] = [
  ['项目代码', (row) => row.code],
  ['项目名称', (row) => row.name],
  ['乡镇/街道', (row, name) => name('townships', row.township)],
  ['项目业主', (row, name) => name('owner-units', row.ownerUnit)],
  ['包抓县领导', (row, name) => name('leaders', row.leader)],
  ['状态', (row) => (row.suspended ? '暂停' : PROJECT_STATUS_NAMES[row.status as ProjectStatus])],
  ['当前阶段', (row) => (isStageKey(row.currentStage) ? STAGE_NAMES[row.currentStage] + (row.awaitingApplication ? `（在建，待${row.awaitingApplication}）` : '') : '')],
  ['红黄绿灯', (row) => (row.light ? LIGHT_NAMES[row.light] : '')],
  ['阶段限办', (row) => (row.status === 'active' && row.stageDueAt ? beijingDeadline(row.stageDueAt) : '')],
  ['剩余工作日（负数为超期）', (row) => (row.stageClockRunning ? (row.workingDaysLeft ?? '') : '')],
  ['总投资（万元）', (row) => row.totalInvestment],
  ['累计完成投资（万元）', (row) => row.investmentCompleted],
  ['最近填报月份', (row) => row.investmentReportedMonth ?? ''],
  ['计划开工', (row) => row.plannedStart],
  ['计划竣工', (row) => row.plannedCompletion],
];

/**
 * 挂图作战 as a spreadsheet for the dispatch meeting: every project the board's filters match, red first, in the
 * words of the page, so nobody types the board into another table (多头填报).
 */
@Injectable()
export class BoardExportService {
  constructor(
    private readonly board: ProjectBoardService,
    private readonly referenceData: ReferenceDataService,
  ) {}

  /** CSV with a byte-order mark, which Excel and WPS need to read it as UTF-8, and a file name dated in Beijing. */
  async csv(filters: BoardFilters): Promise<{ fileName: string; content: string }> {
    const [items, name] = await Promise.all([this.board.all(filters, 'severity'), this.names()]);
    const rows = items.map((row) => COLUMNS.map(([, value]) => inert(value(row, name))));
    return { fileName: `挂图作战-${beijingDate(new Date())}.csv`, content: `\uFEFF${stringify([COLUMNS.map(([title]) => title), ...rows])}` };
  }

  private async names(): Promise<(kind: ReferenceKind, code: string) => string> {
    const kinds: ReferenceKind[] = ['townships', 'owner-units', 'leaders'];
    const lists = await Promise.all(kinds.map(async (kind) => [kind, new Map((await this.referenceData.list(kind)).map((item) => [item.code, item.name]))] as const));
    const byKind = new Map(lists);
    return (kind, code) => byKind.get(kind)?.get(code) ?? code;
  }
}

/**
 * Text a spreadsheet would run as a formula (=, +, -, @ first: a project named =HYPERLINK(…)) is kept as text
 * with a leading apostrophe; numbers stay numbers.
 */
function inert(cell: string | number): string | number {
  return typeof cell === 'string' && /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}
