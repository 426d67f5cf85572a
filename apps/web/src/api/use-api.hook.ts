import { useCallback, useEffect, useState } from 'react';
import { useLiveVersion } from '../live/live-updates.context';
import { apiGet } from './api.client';
import { ApiRefusal } from './api-refusal.error';

export interface ApiData<T> {
  data?: T;
  error?: ApiRefusal;
  reload: () => void;
}

interface Loaded<T> {
  path: string;
  data?: T;
  error?: ApiRefusal;
}

export interface Liveness {
  /** Refresh only on changes to this project. */
  projectCode?: string;
  /** False for data that never changes while a page is open. */
  live?: boolean;
  /** At most one refresh per this many milliseconds, for answers that are costly to compute. */
  coalesceMs?: number;
  /** Keep the answer to the previous path on screen while a new path loads (a list narrowing as one types). */
  keepPrevious?: boolean;
}

/**
 * GETs `path`, and again whenever the live feed reports a change, keeping what is on screen while a fresh
 * answer is on its way. A null path loads nothing.
 */
export function useApi<T>(path: string | null, { projectCode, live = true, coalesceMs, keepPrevious = false }: Liveness = {}): ApiData<T> {
  const version = useLiveVersion(projectCode, live, coalesceMs);
  const [asked, setAsked] = useState(0);
  const [loaded, setLoaded] = useState<Loaded<T> | null>(null);

  useEffect(() => {
    if (!path) return;
    let current = true;
    apiGet<T>(path).then(
      (data) => current && setLoaded({ path, data }),
      (error: ApiRefusal) => current && setLoaded((before) => ({ path, data: before?.path === path ? before.data : undefined, error })),
    );
    return () => {
      current = false;
    };
  }, [path, version, asked]);

  const reload = useCallback(() => setAsked((value) => value + 1), []);
  const mine = loaded?.path === path ? loaded : undefined;
  return { data: mine?.data ?? (keepPrevious ? loaded?.data : undefined), error: mine?.error, reload };
}
