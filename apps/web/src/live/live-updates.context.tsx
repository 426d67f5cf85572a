import { ReactNode, createContext, useContext, useEffect, useMemo, useRef, useState } from 'react';
import type { LiveChange } from '../api/api.types';

/** stream: the server pushes each committed change; polling: the stream is unavailable, so pages refresh on a timer. */
export type LiveMode = 'connecting' | 'stream' | 'polling';

type Listener = (change: LiveChange) => void;

interface LiveFeed {
  mode: LiveMode;
  subscribe(listener: Listener): () => void;
}

export const POLL_INTERVAL_MS = 3000;

const LiveFeedContext = createContext<LiveFeed>({ mode: 'connecting', subscribe: () => () => undefined });

/**
 * One subscription to the API's event stream for the whole app, with polling while the stream is unavailable.
 * A change with no project code (the stream reconnected, or a polling tick) means "anything may have changed".
 */
export function LiveUpdatesProvider({ token, children }: { token: string; children: ReactNode }) {
  const [mode, setMode] = useState<LiveMode>('connecting');
  const listeners = useRef(new Set<Listener>());

  useEffect(() => {
    const notify = (change: LiveChange) => listeners.current.forEach((listener) => listener(change));
    let poll: number | undefined;
    const source = new EventSource(`/api/events/stream?access_token=${encodeURIComponent(token)}`);
    source.onopen = () => {
      window.clearInterval(poll);
      poll = undefined;
      setMode('stream');
      notify({});
    };
    source.onmessage = (event: MessageEvent<string>) => notify(parseChange(event.data));
    // Refused, absent or dropped: poll until (and unless) the browser's own retries reconnect the stream.
    source.onerror = () => {
      if (poll !== undefined) return;
      setMode('polling');
      poll = window.setInterval(() => notify({}), POLL_INTERVAL_MS);
    };
    return () => {
      source.close();
      window.clearInterval(poll);
    };
  }, [token]);

  const feed = useMemo<LiveFeed>(
    () => ({
      mode,
      subscribe: (listener) => {
        listeners.current.add(listener);
        return () => listeners.current.delete(listener);
      },
    }),
    [mode],
  );
  return <LiveFeedContext.Provider value={feed}>{children}</LiveFeedContext.Provider>;
}

function parseChange(data: string): LiveChange {
  try {
    return JSON.parse(data) as LiveChange;
  } catch {
    return {};
  }
}

export function useLiveMode(): LiveMode {
  return useContext(LiveFeedContext).mode;
}

/** Changes arriving within this window (a burst of events from one decision) cause one refresh. */
const COALESCE_MS = 200;

/**
 * A number that grows whenever something the page shows may have changed: any project, or just `projectCode`,
 * one step per `coalesceMs` however many changes arrive in it; it stays put when `enabled` is false (data that
 * changes only by hand, such as reference data).
 */
export function useLiveVersion(projectCode?: string, enabled = true, coalesceMs = COALESCE_MS): number {
  const { subscribe } = useContext(LiveFeedContext);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    if (!enabled) return undefined;
    let pending: number | undefined;
    const unsubscribe = subscribe((change) => {
      if (projectCode && change.projectCode && change.projectCode !== projectCode) return;
      pending ??= window.setTimeout(() => {
        pending = undefined;
        setVersion((value) => value + 1);
      }, coalesceMs);
    });
    return () => {
      unsubscribe();
      window.clearTimeout(pending);
    };
  }, [subscribe, projectCode, enabled, coalesceMs]);
  return version;
}
