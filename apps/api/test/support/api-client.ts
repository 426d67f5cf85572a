export interface ApiResponse {
  status: number;
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

  async send(method: string, path: string, body?: unknown): Promise<ApiResponse> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (this.token) headers.authorization = `Bearer ${this.token}`;
    const response = await fetch(`${this.baseUrl}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  }
}
