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

/** Runs the task `count` times one after another and times each run; `after` runs untimed between them. */
export async function sequentialLatencies(
  count: number,
  task: (index: number) => Promise<unknown>,
  tick: () => void,
  after: (index: number) => Promise<unknown> = async () => undefined,
): Promise<LatencySummary> {
  const samples: number[] = [];
  for (let index = 0; index < count; index++) {
    const started = performance.now();
    await task(index);
    samples.push(performance.now() - started);
    await after(index);
    tick();
  }
  return summarize(samples);
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
