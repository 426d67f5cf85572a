import { Client } from '@temporalio/client';
import { UserActor, projectWorkflowId } from '@keystone/domain';
import { decideTaskUpdate } from '@keystone/workflows';
import { BareEngine } from '../bare/bare-engine';
import { BenchClient } from '../client/bench-client';
import { concurrently, pairedRates, turnAboutLatencies } from '../measure/latency';
import { PhaseProgress } from '../measure/phase-progress';
import { Figure } from '../report/bench-results';
import { DECIDING_DEPARTMENT } from '../stack/bench-sessions';
import { BenchContext } from './bench-context';
import { DecisionCheck, PendingTask } from './decision-check';

const PAGE = 1000;

/**
 * Figure 2 at one portfolio size: the officer approves tasks from their inbox through the API, against
 * Update round trips to bare workflows, taken turn about. Each sequential decision is checked the moment it
 * returns: its event is in the store and the inbox shows the task approved. A third side, timed in the same
 * turns, sends the same decision as an Update straight to the project's workflow, so the run shows how much of
 * a decision is the API and how much the workflow and its append.
 */
export async function measureDecisions({ env, sessions, plan, results }: BenchContext, size: number): Promise<void> {
  const { sequential, concurrent10 } = plan.decisions;
  const progress = PhaseProgress.start(`2 decisions at ${size}`, 3 * sequential + 2 * concurrent10, 'decisions');
  const tasks = await pendingTasks(sessions.officer, 2 * sequential + concurrent10);
  const [throughApi, straight, concurrent] = [tasks.slice(0, sequential), tasks.slice(sequential, 2 * sequential), tasks.slice(2 * sequential)];
  const check = new DecisionCheck(env.db, sessions.officer);
  const decide = (task: PendingTask) => sessions.officer.post(`/api/tasks/${encodeURIComponent(task.id)}/decision`, APPROVAL);
  const decideStraight = straightDecision(env.temporalClient, await sessions.officer.get<UserActor>('/api/auth/me'));

  const workflows = await startAwaitingUpdates(env.bare, sequential + concurrent10);

  const [keystone, direct, bare] = await turnAboutLatencies(
    sequential,
    [
      { run: (index) => decide(throughApi[index]), after: (index) => check.visibleNow(throughApi[index]) },
      { run: (index) => decideStraight(straight[index]) },
      { run: (index) => env.bare.ping(workflows[index]) },
    ],
    progress.tick,
  );
  const [keystoneRate, bareRate] = await pairedRates(
    concurrent10,
    (from, size) => concurrently(size, 10, (index) => decide(concurrent[from + index]), progress.tick),
    (from, size) => concurrently(size, 10, (index) => env.bare.ping(workflows[sequential + from + index]), progress.tick),
  );
  await check.allRecorded([...straight, ...concurrent]);

  const figure = (key: string, label: string, unit: Figure['unit'], value: number, bareValue?: number): Figure => ({
    key: `decision.${key}`, section: 'decisions', label, unit, keystone: value, bare: bareValue, size,
  });
  results.add(
    figure('sequential.p50', 'decision latency p50, sequential', 'ms', keystone.p50, bare.p50),
    figure('sequential.p99', 'decision latency p99, sequential', 'ms', keystone.p99, bare.p99),
    figure('direct.p50', 'the same decision as an Update straight to its workflow, no API: p50', 'ms', direct.p50, bare.p50),
    figure('direct.p99', 'the same decision as an Update straight to its workflow, no API: p99', 'ms', direct.p99, bare.p99),
    figure('concurrent10.throughput', 'decisions per second, 10 concurrent', '/s', keystoneRate, bareRate),
    figure('visible-on-return', 'event stored and inbox updated when the call returns', '%', check.visibleShare()),
  );
  progress.done(`p50 ${keystone.p50.toFixed(1)} ms (straight to the workflow ${direct.p50.toFixed(1)}, bare ${bare.p50.toFixed(1)}), ${keystoneRate.toFixed(1)}/s (bare ${bareRate.toFixed(1)}/s)`);
}

const APPROVAL = { decision: 'approve', comment: '同意' } as const;

/** The officer's decision sent as the API sends it, from the benchmark's own client: Keystone's workflow without the API. */
function straightDecision(client: Client, actor: UserActor) {
  return (task: PendingTask) =>
    client.workflow.getHandle(projectWorkflowId(task.projectCode)).executeUpdate(decideTaskUpdate, { args: [{ taskId: task.id, ...APPROVAL, actor }] });
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
