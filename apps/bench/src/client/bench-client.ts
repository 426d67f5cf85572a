const REQUEST_TIMEOUT_MS = 60_000;

/** The API as a script calls it, signed in as one account; any unexpected answer fails the run. */
export class BenchClient {
  private constructor(
    private readonly baseUrl: string,
    private readonly token: string,
  ) {}

  static async login(baseUrl: string, username: string, password: string): Promise<BenchClient> {
    const { accessToken } = await send<{ accessToken: string }>(baseUrl, 'POST', '/api/auth/login', undefined, { username, password });
    return new BenchClient(baseUrl, accessToken);
  }

  get<T>(path: string): Promise<T> {
    return send<T>(this.baseUrl, 'GET', path, this.token);
  }

  post<T>(path: string, body: unknown): Promise<T> {
    return send<T>(this.baseUrl, 'POST', path, this.token, body);
  }

  /** Whether the API serves this path at all: a build without a feature answers 404. */
  async serves(path: string): Promise<boolean> {
    const response = await fetch(`${this.baseUrl}${path}`, { headers: { authorization: `Bearer ${this.token}` }, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    await response.arrayBuffer();
    return response.status !== 404;
  }
}

async function send<T>(baseUrl: string, method: string, path: string, token?: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text.slice(0, 500)}`);
  return (text ? JSON.parse(text) : undefined) as T;
}
