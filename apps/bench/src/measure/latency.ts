import { performance } from 'node:perf_hooks';

export interface LatencySummary {
  count: number;
  p50: number;
  p99: number;
}

/** Nearest-rank percentiles of samples in milliseconds. */
export function summarize(samples: readonly number[]): LatencySummary {
  if (samples.length === 0) throw new Error('no samples to summarize');
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (share: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))];
  return { count: sorted.length, p50: at(0.5), p99: at(0.99) };
}

/** Runs the task `count` times one after another and times each run. */
export async function sequentialLatencies(count: number, task: (index: number) => Promise<unknown>, tick: () => void): Promise<LatencySummary> {
  const samples: number[] = [];
  for (let index = 0; index < count; index++) {
    samples.push(await timed(() => task(index)));
    tick();
  }
  return summarize(samples);
}

async function timed(task: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await task();
  return performance.now() - started;
}

/** One of the operations timed turn about: `run` is timed, `after` (a check) runs untimed after it. */
export interface TimedSide {
  run: (index: number) => Promise<unknown>;
  after?: (index: number) => Promise<unknown>;
}

/**
 * Keystone's operations and their bare counterpart timed turn about, `count` runs of each, so that whatever else
 * the machine is doing meanwhile weighs on all alike. Resolves with each side's summary, in the order given.
 */
export async function turnAboutLatencies(count: number, sides: readonly TimedSide[], tick: () => void): Promise<LatencySummary[]> {
  const samples = sides.map((): number[] => []);
  for (let index = 0; index < count; index++) {
    for (const [side, { run, after }] of sides.entries()) {
      samples[side].push(await timed(() => run(index)));
      await after?.(index);
      tick();
    }
  }
  return samples.map(summarize);
}

/** Rounds a paired throughput measurement alternates in. */
const PAIRED_ROUNDS = 4;

/**
 * Two batches of `count` runs each, split into rounds run in turn; each batch takes `(from, size)` and resolves
 * with the milliseconds its part took. Resolves with each side's runs per second.
 */
export async function pairedRates(
  count: number,
  first: (from: number, size: number) => Promise<number>,
  second: (from: number, size: number) => Promise<number>,
): Promise<[number, number]> {
  const rounds = Math.max(1, Math.min(PAIRED_ROUNDS, count));
  const millis = [0, 0];
  for (let round = 0, from = 0; round < rounds; round++) {
    const size = Math.floor((count * (round + 1)) / rounds) - from;
    millis[0] += await first(from, size);
    millis[1] += await second(from, size);
    from += size;
  }
  return [perSecond(count, millis[0]), perSecond(count, millis[1])];
}

/** Runs the task `count` times with at most `concurrency` in flight; resolves with the milliseconds it took. */
export async function concurrently(count: number, concurrency: number, task: (index: number) => Promise<unknown>, tick: () => void): Promise<number> {
  const started = performance.now();
  let next = 0;
  const lane = async (): Promise<void> => {
    for (let index = next++; index < count; index = next++) {
      await task(index);
      tick();
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, lane));
  return performance.now() - started;
}

/** Polls until the check holds or the time is up; resolves with whether it held. */
export async function until(check: () => Promise<boolean>, timeoutMs: number, pollMs = 50): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
  return true;
}

/** Polls until the check holds; bounded, so a stuck system fails the run instead of hanging it. */
export async function waitFor(check: () => Promise<boolean>, what: string, timeoutMs: number, pollMs = 50): Promise<void> {
  if (!(await until(check, timeoutMs, pollMs))) throw new Error(`${what} did not happen within ${Math.round(timeoutMs / 1000)} s`);
}

export function perSecond(count: number, millis: number): number {
  return (count * 1000) / Math.max(millis, 1);
}
