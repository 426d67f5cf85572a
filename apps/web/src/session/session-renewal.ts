import type { Actor } from '../api/api.types';
import { sessionStore } from './session.store';
import { shouldRefresh } from './token-life';

/** Login and renewal: asked with the token as it is. */
export const AUTH_PATH = '/api/auth/';

/** One refresh at a time, however many requests find the token past half its life together. */
let refreshing: Promise<void> | undefined;

/** How often the page looks whether its token is due for renewal while nothing else asks the API (someone typing a long reason). */
const RENEWAL_CHECK_MS = 5_000;

/** Renews the session's token in the background while its holder is using the page; returns the stop. */
export function keepSessionFresh(): () => void {
  const timer = window.setInterval(() => void freshToken(), RENEWAL_CHECK_MS);
  return () => window.clearInterval(timer);
}

/** The session's token, renewed first while its holder is using the page (`shouldRefresh`). */
export async function freshToken(): Promise<string | undefined> {
  const session = sessionStore.session;
  if (session && shouldRefresh(session.token, session.receivedAt, Date.now(), sessionStore.lastUse)) {
    refreshing ??= renew(session.token).finally(() => (refreshing = undefined));
    await refreshing;
  }
  return sessionStore.session?.token;
}

/** A refusal leaves the session as it is: the request that follows meets the expiry and says so. */
async function renew(token: string): Promise<void> {
  const response = await fetch(`${AUTH_PATH}refresh`, { method: 'POST', headers: { accept: 'application/json', authorization: `Bearer ${token}` } }).catch(() => undefined);
  if (!response?.ok || sessionStore.session?.token !== token) return;
  const { accessToken, actor } = (await response.json()) as { accessToken: string; actor: Actor };
  sessionStore.start({ token: accessToken, actor });
}
