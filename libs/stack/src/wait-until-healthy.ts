/** Polls the API's readiness endpoint, which answers only when Temporal and PostgreSQL both do. */
export async function waitUntilHealthy(url: string, timeoutMs: number, exited: Promise<unknown>): Promise<void> {
  let dead = false;
  void exited.then(() => (dead = true));
  const started = Date.now();
  while (Date.now() - started < timeoutMs && !dead) {
    const ok = await fetch(url).then((response) => response.ok, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(dead ? `the process serving ${url} exited` : `${url} was not healthy after ${timeoutMs} ms`);
}
