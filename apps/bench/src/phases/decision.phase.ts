import { BareEngine } from '../bare/bare-engine';
import { BenchClient } from '../client/bench-client';
import { concurrently, pairedLatencies, pairedRates } from '../measure/latency';
import { PhaseProgress } from '../measure/phase-progress';
import { Figure } from '../report/bench-results';
import { DECIDING_DEPARTMENT } from '../stack/bench-sessions';
import { BenchContext } from './bench-context';
import { DecisionCheck, PendingTask } from './decision-check';

const PAGE = 1000;

/**
 * Figure 2 at one portfolio size: the officer approves tasks from their inbox through the API, against
 * Update round trips to bare workflows, the two taken turn about. Each sequential decision is checked the
 * moment it returns: its event is in the store and the inbox shows the task approved.
 */
export async function measureDecisions({ env, sessions, plan, results }: BenchContext, size: number): Promise<void> {
  const { sequential, concurrent10 } = plan.decisions;
  const progress = PhaseProgress.start(`2 decisions at ${size}`, 2 * (sequential + concurrent10), 'decisions');
  const tasks = await pendingTasks(sessions.officer, sequential + concurrent10);
  const check = new DecisionCheck(env.db, sessions.officer);
  const decide = (task: PendingTask) => sessions.officer.post(`/api/tasks/${encodeURIComponent(task.id)}/decision`, { decision: 'approve', comment: '同意' });

  const workflows = await startAwaitingUpdates(env.bare, sequential + concurrent10);

  const [keystone, bare] = await pairedLatencies(
    sequential,
    (index) => decide(tasks[index]),
    (index) => env.bare.ping(workflows[index]),
    progress.tick,
    (index) => check.visibleNow(tasks[index]),
  );
  const [keystoneRate, bareRate] = await pairedRates(
    concurrent10,
    (from, size) => concurrently(size, 10, (index) => decide(tasks[sequential + from + index]), progress.tick),
    (from, size) => concurrently(size, 10, (index) => env.bare.ping(workflows[sequential + from + index]), progress.tick),
  );
  await check.allRecorded(tasks.slice(sequential));

  const figure = (key: string, label: string, unit: Figure['unit'], value: number, bareValue?: number): Figure => ({
    key: `decision.${key}`, section: 'decisions', label, unit, keystone: value, bare: bareValue, size,
  });
  results.add(
    figure('sequential.p50', 'decision latency p50, sequential', 'ms', keystone.p50, bare.p50),
    figure('sequential.p99', 'decision latency p99, sequential', 'ms', keystone.p99, bare.p99),
    figure('concurrent10.throughput', 'decisions per second, 10 concurrent', '/s', keystoneRate, bareRate),
    figure('visible-on-return', 'event stored and inbox updated when the call returns', '%', check.visibleShare()),
  );
  progress.done(`p50 ${keystone.p50.toFixed(1)} ms (bare ${bare.p50.toFixed(1)} ms), ${keystoneRate.toFixed(1)}/s (bare ${bareRate.toFixed(1)}/s)`);
}

/** The oldest pending tasks in the officer's inbox, as the officer would take them. */
async function pendingTasks(officer: BenchClient, count: number): Promise<PendingTask[]> {
  const tasks: PendingTask[] = [];
  for (let offset = 0; tasks.length < count; offset += PAGE) {
    const { items } = await officer.get<{ items: PendingTask[] }>(`/api/tasks?department=${DECIDING_DEPARTMENT}&status=pending&limit=${PAGE}&offset=${offset}`);
    if (items.length === 0) throw new Error(`only ${tasks.length} pending tasks for ${count} decisions`);
    tasks.push(...items.slice(0, count - tasks.length));
  }
  return tasks;
}

/** Bare workflows waiting for their Update, each past its first workflow task so the Update meets a running handler. */
async function startAwaitingUpdates(bare: BareEngine, count: number): Promise<string[]> {
  const ids: string[] = [];
  await concurrently(count, 10, async () => ids.push(await bare.startAwaitingUpdate()), () => undefined);
  await concurrently(ids.length, 10, (index) => bare.waitUntilRunning(ids[index]), () => undefined);
  return ids;
}
