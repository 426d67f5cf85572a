import { loadavg } from 'node:os';
import { BenchPlan } from './bench-plan';
import { PhaseProgress } from './measure/phase-progress';
import { BenchContext } from './phases/bench-context';
import { measureDeadlines } from './phases/deadline.phase';
import { measureDecisions } from './phases/decision.phase';
import { diskSnapshot, measureMemory, recordDiskPerProject } from './phases/footprint.phase';
import { measureReadModels } from './phases/read-model.phase';
import { measureRebuild } from './phases/rebuild.phase';
import { measureRegistration } from './phases/registration.phase';
import { Portfolio } from './portfolio/portfolio';
import { BenchReport, BenchResults } from './report/bench-results';
import { runInfo } from './report/run-info';
import { checkTargets } from './report/targets';
import { BenchEnvironment } from './stack/bench-environment';
import { signIn } from './stack/bench-sessions';

const FILL_CONCURRENCY = 50;

/** Brings the stack up and runs every measurement in order; the caller takes the environment down. */
export async function runBenchmark(env: BenchEnvironment, plan: BenchPlan): Promise<BenchReport> {
  const startedAt = new Date();
  const [loadAtStart] = loadavg();
  await env.start((message) => console.log(`  ✓ ${message}`));
  const sessions = await signIn(env.keystone.apiUrl, env.accounts);
  const context: BenchContext = { env, sessions, plan, portfolio: new Portfolio(sessions.office, env.db, '02'), results: new BenchResults() };
  await measureRegistration(context);
  await measureAtEachSize(context);
  await measureDeadlines(context);
  await measureRebuild(context);
  const { results } = context;
  return { run: await runInfo(env, plan, startedAt, loadAtStart), figures: results.figures, unavailable: results.unavailable, targets: checkTargets(results) };
}

/** Figures 2, 4 and 6 at each portfolio size (figure 7 compares them); disk per project over the last fill. */
async function measureAtEachSize(context: BenchContext): Promise<void> {
  const { sizes } = context.plan;
  for (const [index, size] of sizes.entries()) {
    const last = index === sizes.length - 1;
    const before = last ? await diskSnapshot(context) : undefined;
    await fill(context, size);
    if (before) recordDiskPerProject(context, before, await diskSnapshot(context));
    await measureDecisions(context, size);
    await measureReadModels(context, size);
    await measureMemory(context, size);
  }
}

async function fill({ portfolio }: BenchContext, size: number): Promise<void> {
  if (portfolio.size >= size) return;
  const progress = PhaseProgress.start(`registering up to ${size} projects`, size - portfolio.size, 'projects');
  await portfolio.fillTo(size, FILL_CONCURRENCY, progress.tick);
  progress.done(`${portfolio.size} active projects`);
}
