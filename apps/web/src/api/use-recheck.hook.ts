import { useEffect } from 'react';

/** Asks again `afterMs` after each answer while `waiting`: for progress made in the background, which the live feed does not announce. */
export function useRecheck(waiting: boolean, answer: unknown, reload: () => void, afterMs: number): void {
  useEffect(() => {
    if (!waiting) return;
    const timer = setTimeout(reload, afterMs);
    return () => clearTimeout(timer);
  }, [waiting, answer, reload, afterMs]);
}
