/** How long a token lasts (ms), from its payload. The API's clock stamps it; the page times it from when it arrived, as a PC's clock may be off. */
export function tokenLifetime(token: string): number | undefined {
  try {
    const payload = JSON.parse(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/'))) as { iat?: unknown; exp?: unknown };
    if (typeof payload.iat !== 'number' || typeof payload.exp !== 'number') return undefined;
    return (payload.exp - payload.iat) * 1000;
  } catch {
    return undefined;
  }
}

/**
 * Whether to ask for a fresh token before a request: the token, received at `receivedAt`, is past half its life and
 * not yet expired, and its holder has used the page since it arrived. A page left open with nobody at it (its live
 * updates still asking) lets the session run out.
 */
export function shouldRefresh(token: string, receivedAt: number, now: number, lastUse: number): boolean {
  const lifetime = tokenLifetime(token);
  if (lifetime === undefined) return false;
  return now >= receivedAt + lifetime / 2 && now < receivedAt + lifetime && lastUse > receivedAt;
}
