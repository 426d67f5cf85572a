import { sessionStore } from '../session/session.store';
import { AUTH_PATH, freshToken } from '../session/session-renewal';
import { ApiRefusal, FieldProblem } from './api-refusal.error';

/** Calls the API as the signed-in account; every answer that is not a success becomes an ApiRefusal. */
export async function apiGet<T>(path: string): Promise<T> {
  return send<T>('GET', path);
}

export async function apiPost<T>(path: string, body: unknown = {}): Promise<T> {
  return send<T>('POST', path, body);
}

export async function apiPut<T>(path: string, body: unknown): Promise<T> {
  return send<T>('PUT', path, body);
}

/** Saves what the API answers at `path` as a file, under the name the API gives it. */
export async function apiDownload(path: string): Promise<void> {
  const response = await request('GET', path);
  const url = URL.createObjectURL(await response.blob());
  const link = Object.assign(document.createElement('a'), { href: url, download: fileNameOf(response.headers.get('content-disposition')) });
  link.click();
  URL.revokeObjectURL(url);
}

async function send<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await request(method, path, body);
  return (await response.json().catch(() => undefined)) as T;
}

async function request(method: string, path: string, body?: unknown): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json' };
  const token = path.startsWith(AUTH_PATH) ? sessionStore.session?.token : await freshToken();
  if (token) headers.authorization = `Bearer ${token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch {
    throw new ApiRefusal(0, 'the server cannot be reached');
  }
  if (response.ok) return response;
  const answer = await response.json().catch(() => undefined);
  const { message, problems } = (answer ?? {}) as { message?: string; problems?: FieldProblem[] };
  // An expired token ends the session for every page at once; a wrong password at login is not a session ending.
  if (response.status === 401 && token) sessionStore.end('登录已过期或已失效，请重新登录。');
  throw new ApiRefusal(response.status, message ?? response.statusText, problems ?? []);
}

/** The name in `filename*=UTF-8''…` (RFC 6266), which carries Chinese; else the plain one. */
function fileNameOf(disposition: string | null): string {
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition ?? '')?.[1];
  if (encoded) return decodeURIComponent(encoded);
  return /filename="([^"]+)"/i.exec(disposition ?? '')?.[1] ?? 'download';
}
