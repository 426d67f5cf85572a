import { useState } from 'react';
import { ApiRefusal } from '../api/api-refusal.error';

export interface Action<A extends unknown[]> {
  pending: boolean;
  refusal?: ApiRefusal;
  /** Resolves true when the API accepted the action. */
  perform: (...args: A) => Promise<boolean>;
}

/** Runs one of the API's commands, keeping its refusal to show beside the button that asked. */
export function useAction<A extends unknown[]>(run: (...args: A) => Promise<unknown>): Action<A> {
  const [pending, setPending] = useState(false);
  const [refusal, setRefusal] = useState<ApiRefusal>();
  const perform = async (...args: A) => {
    setPending(true);
    setRefusal(undefined);
    try {
      await run(...args);
      return true;
    } catch (error) {
      setRefusal(error instanceof ApiRefusal ? error : new ApiRefusal(0, String(error)));
      return false;
    } finally {
      setPending(false);
    }
  };
  return { pending, refusal, perform };
}
