import { beijingMonth } from '@keystone/domain';
import { BenchClient } from '../client/bench-client';
import { LatencySummary, sequentialLatencies } from '../measure/latency';
import { PhaseProgress } from '../measure/phase-progress';
import { Figure } from '../report/bench-results';
import { BenchContext } from './bench-context';

/** What the office narrows the board to in a day: by township, stage, leader, light, owner, department. */
const BOARD_FILTERS = ['', '?township=xihe', '?stage=siting', '?leader=leader-li', '?light=green', '?status=active&township=dongcheng', '?department=natural-resources', '?ownerUnit=huifeng-agri'];

/** The board's pages for those filters, and the first page as the web's board asks for it: red first. */
const BOARD_QUERIES = [...BOARD_FILTERS.slice(0, -1), `${BOARD_FILTERS.at(-1)}&limit=50`, '?order=severity'];

/** What an officer asks of their inbox: the default view, by status, one project's tasks, an owner's. */
const INBOX_QUERIES = ['', '?status=pending', '?status=approved', '?ownerUnit=xinneng-energy&status=pending', '?limit=20&offset=200'];

const LAST_MONTH = beijingMonth(new Date(Date.now() - 31 * 86_400_000));

/** The monthly notice is read a few times a month, not all day: fewer requests, this month's and last month's. */
const NOTICE_QUERIES = ['', `?month=${LAST_MONTH}`];

/** The office's 投资月报 page around the reporting deadline: the month being reported, last month's, one owner's. */
const MONTHLY_REPORT_QUERIES = ['?limit=1000', `?month=${LAST_MONTH}&limit=1000`, '?ownerUnit=xinneng-energy'];

/**
 * Figure 4 at one portfolio size: GET /api/projects and GET /api/tasks with filters, the board's counts beside its
 * pages, the monthly notice and the month's investment reports, one request at a time.
 */
export async function measureReadModels({ sessions, portfolio, plan, results }: BenchContext, size: number): Promise<void> {
  const occasionalReads = Math.max(4, Math.ceil(plan.reads / 10));
  const progress = PhaseProgress.start(`4 board and inboxes at ${size}`, 3 * plan.reads + 2 * occasionalReads, 'requests');
  const inboxQueries = [...INBOX_QUERIES, ...portfolio.codes.slice(0, 3).map((code) => `?projectCode=${code}`)];
  const board = await cycle(sessions.office, '/api/projects', BOARD_QUERIES, plan.reads, progress.tick);
  const boardSummary = await cycle(sessions.office, '/api/projects/summary', BOARD_FILTERS, plan.reads, progress.tick);
  const inbox = await cycle(sessions.officer, '/api/tasks', inboxQueries, plan.reads, progress.tick);
  const notice = await cycle(sessions.office, '/api/notices/monthly', NOTICE_QUERIES, occasionalReads, progress.tick);
  const monthlyReports = await cycle(sessions.office, '/api/investment-reports', MONTHLY_REPORT_QUERIES, occasionalReads, progress.tick);
  results.add(
    ...figures('board', 'board (GET /api/projects)', board, size),
    ...figures('board-summary', 'board counts (GET /api/projects/summary)', boardSummary, size),
    ...figures('inbox', 'task inbox (GET /api/tasks)', inbox, size),
    ...figures('notice', 'monthly notice (GET /api/notices/monthly)', notice, size),
    ...figures('monthly-reports', 'monthly investment reports (GET /api/investment-reports)', monthlyReports, size),
  );
  progress.done(`board p99 ${board.p99.toFixed(1)} ms, board counts p99 ${boardSummary.p99.toFixed(1)} ms, inbox p99 ${inbox.p99.toFixed(1)} ms, notice p99 ${notice.p99.toFixed(1)} ms, monthly reports p99 ${monthlyReports.p99.toFixed(1)} ms`);
}

function cycle(client: BenchClient, path: string, queries: string[], count: number, tick: () => void): Promise<LatencySummary> {
  return sequentialLatencies(count, (index) => client.get(`${path}${queries[index % queries.length]}`), tick);
}

function figures(key: string, label: string, summary: LatencySummary, size: number): Figure[] {
  return (['p50', 'p99'] as const).map((p) => ({ key: `${key}.${p}`, section: 'read-models', label: `${label} ${p}`, unit: 'ms', keystone: summary[p], size }));
}
