import { useSyncExternalStore } from 'react';

/** The page's address: the server answers every path outside /api with the app, so paths can be shared and reloaded. */
export interface Location {
  path: string;
  query: URLSearchParams;
}

const CHANGED = 'keystone:navigate';

export function navigate(to: string, { replace = false } = {}): void {
  if (to === `${window.location.pathname}${window.location.search}`) return;
  window.history[replace ? 'replaceState' : 'pushState'](null, '', to);
  window.dispatchEvent(new Event(CHANGED));
}

function subscribe(listener: () => void): () => void {
  window.addEventListener('popstate', listener);
  window.addEventListener(CHANGED, listener);
  return () => {
    window.removeEventListener('popstate', listener);
    window.removeEventListener(CHANGED, listener);
  };
}

export function useLocation(): Location {
  const href = useSyncExternalStore(subscribe, () => `${window.location.pathname}${window.location.search}`);
  const url = new URL(href, window.location.origin);
  return { path: url.pathname, query: url.searchParams };
}
