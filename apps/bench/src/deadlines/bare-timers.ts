import { BareEngine } from '../bare/bare-engine';
import { concurrently, until } from '../measure/latency';
import { leadTimeMs, measuredRate } from './lead-time';

export interface TimersFired {
  /** From the common due instant until the last timer's workflow completed. */
  lagMs: number;
  fired: number;
}

const START_MARGIN_MS = 3_000;
const FIRE_TIMEOUT_MS = 300_000;

/** The bare counterpart of figure 3: `count` workflows sleeping until one instant, which each computes exactly. */
export async function bareTimers(bare: BareEngine, count: number, startsPerSecond: number | undefined, tick: () => void): Promise<TimersFired> {
  const dueAt = Date.now() + leadTimeMs(count, measuredRate(startsPerSecond), START_MARGIN_MS);
  await concurrently(count, 50, () => bare.startSleeper(new Date(dueAt)), tick);
  await until(async () => (await bare.completed('benchSleepUntil')) >= count, dueAt - Date.now() + FIRE_TIMEOUT_MS, 200);
  const fired = await bare.completed('benchSleepUntil');
  return { lagMs: (await bare.lastClosedAt('benchSleepUntil')) - dueAt, fired };
}
