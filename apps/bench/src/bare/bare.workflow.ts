import { condition, defineUpdate, setHandler, sleep } from '@temporalio/workflow';

/** Answers at once with what it was sent, so its round trip is the engine's alone. */
export const pingUpdate = defineUpdate<number, [number]>('ping');

/** A workflow start with nothing to do: the engine's cost of one start and one workflow task. */
export async function benchNoop(): Promise<void> {
  return undefined;
}

/** Waits for one Update and ends with it. */
export async function benchAwaitUpdate(): Promise<void> {
  let answered = false;
  setHandler(pingUpdate, (value) => {
    answered = true;
    return value;
  });
  await condition(() => answered);
}

/** Sleeps until the given instant: one timer, as a stage clock's level is one timer. */
export async function benchSleepUntil(dueAt: string): Promise<void> {
  const wait = Date.parse(dueAt) - Date.now();
  if (wait > 0) await sleep(wait);
}
