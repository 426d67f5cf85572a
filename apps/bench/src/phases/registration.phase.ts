import { BareEngine } from '../bare/bare-engine';
import { LatencySummary, concurrently, pairedRates, turnAboutLatencies, waitFor } from '../measure/latency';
import { PhaseProgress } from '../measure/phase-progress';
import { Figure } from '../report/bench-results';
import { BenchContext } from './bench-context';

const WARM_UP = 5;
const SETTLE_TIMEOUT_MS = 300_000;

/**
 * Figure 1: the office registers projects through the API, against the bare engine starting no-op workflows,
 * the two taken turn about. Throughput counts a registration once its project is on the board, and a bare
 * start once its workflow has completed, so neither hides a backlog.
 */
export async function measureRegistration({ env, portfolio, plan, results }: BenchContext): Promise<void> {
  const { sequential, concurrent10, concurrent50 } = plan.registration;
  const progress = PhaseProgress.start('1 registration', 2 * (WARM_UP + sequential + concurrent10 + concurrent50), 'starts');
  const bare = new BareStarts(env.bare);
  await portfolio.registerBatch(WARM_UP, 1, progress.tick);
  await bare.batch(WARM_UP, 1, progress.tick);

  const [keystoneSequential, bareSequential] = await turnAboutLatencies(sequential, [{ run: () => portfolio.registerNext() }, { run: () => bare.startOne() }], progress.tick);
  await Promise.all([portfolio.settled(), bare.completed()]);
  const throughput: Record<number, [number, number]> = {};
  for (const [count, concurrency] of [[concurrent10, 10], [concurrent50, 50]]) {
    throughput[concurrency] = await pairedRates(
      count,
      (_, size) => portfolio.registerBatch(size, concurrency, progress.tick),
      (_, size) => bare.batch(size, concurrency, progress.tick),
    );
  }
  results.add(...latencyFigures(keystoneSequential, bareSequential), ...throughputFigures(throughput));
  progress.done(`p50 ${keystoneSequential.p50.toFixed(1)} ms (bare ${bareSequential.p50.toFixed(1)} ms), ${throughput[50][0].toFixed(1)}/s at 50 (bare ${throughput[50][1].toFixed(1)}/s)`);
}

function latencyFigures(keystone: LatencySummary, bare: LatencySummary): Figure[] {
  return (['p50', 'p99'] as const).map((p) => ({
    key: `registration.sequential.${p}`,
    section: 'registration',
    label: `registration latency ${p}, sequential`,
    unit: 'ms',
    keystone: keystone[p],
    bare: bare[p],
  }));
}

function throughputFigures(throughput: Record<number, [number, number]>): Figure[] {
  return Object.entries(throughput).map(([concurrency, [keystone, bare]]) => ({
    key: `registration.concurrent${concurrency}.throughput`,
    section: 'registration',
    label: `registrations per second, ${concurrency} concurrent`,
    unit: '/s',
    keystone,
    bare,
  }));
}

/** Bare workflow starts, counted done when the no-op workflows have completed. */
class BareStarts {
  private started = 0;

  constructor(private readonly engine: BareEngine) {}

  async startOne(): Promise<void> {
    await this.engine.startNoop();
    this.started += 1;
  }

  async batch(count: number, concurrency: number, tick: () => void): Promise<number> {
    const started = performance.now();
    await concurrently(count, concurrency, () => this.startOne(), tick);
    await this.completed();
    return performance.now() - started;
  }

  completed(): Promise<void> {
    return waitFor(async () => (await this.engine.completed('benchNoop')) >= this.started, `${this.started} bare workflows completing`, SETTLE_TIMEOUT_MS);
  }
}
