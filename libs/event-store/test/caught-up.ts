import { setTimeout as pause } from 'node:timers/promises';
import { AsyncProjector } from '../src/projector/async-projector.service';

/**
 * Runs the projector until it has applied every stored event; returns how many it applied. The settled
 * horizon is the whole server's oldest running transaction, so another test's open transaction on the same
 * server can hold it back for a moment.
 */
export async function caughtUp(projector: AsyncProjector, timeoutMs = 10_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  let applied = 0;
  for (;;) {
    applied += await projector.catchUp();
    const lag = await projector.lag();
    if (lag.every(({ behind }) => behind === 0)) return applied;
    if (Date.now() > deadline) throw new Error(`the projector is still behind after ${timeoutMs} ms: ${JSON.stringify(lag)}`);
    await pause(20);
  }
}
