export interface ApiResponse {
  status: number;
  headers: Headers;
  // Test assertions read arbitrary JSON.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
}

/** A small HTTP client over fetch, as a browser or a script would call the API. */
export class ApiClient {
  constructor(
    private readonly baseUrl: string,
    readonly token?: string,
  ) {}

  get(path: string): Promise<ApiResponse> {
    return this.send('GET', path);
  }

  post(path: string, body?: unknown): Promise<ApiResponse> {
    return this.send('POST', path, body);
  }

  put(path: string, body?: unknown): Promise<ApiResponse> {
    return this.send('PUT', path, body);
  }

  send(method: string, path: string, body?: unknown): Promise<ApiResponse> {
    return this.sendText(method, path, body === undefined ? undefined : JSON.stringify(body));
  }

  /** Sends the body exactly as given, e.g. JSON that does not parse. */
  async sendText(method: string, path: string, text?: string): Promise<ApiResponse> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (this.token) headers.authorization = `Bearer ${this.token}`;
    const response = await fetch(`${this.baseUrl}${path}`, { method, headers, body: text });
    const answer = await response.text();
    const isJson = response.headers.get('content-type')?.includes('application/json');
    return { status: response.status, headers: response.headers, body: isJson && answer ? JSON.parse(answer) : answer || undefined };
  }
}
