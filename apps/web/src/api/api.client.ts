import { sessionStore } from '../session/session.store';
import { ApiRefusal, FieldProblem } from './api-refusal.error';

/** Calls the API as the signed-in account; every answer that is not a success becomes an ApiRefusal. */
export async function apiGet<T>(path: string): Promise<T> {
  return send<T>('GET', path);
}

export async function apiPost<T>(path: string, body: unknown = {}): Promise<T> {
  return send<T>('POST', path, body);
}

async function send<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  const token = sessionStore.session?.token;
  if (token) headers.authorization = `Bearer ${token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch {
    throw new ApiRefusal(0, 'the server cannot be reached');
  }
  const answer = await response.json().catch(() => undefined);
  if (response.ok) return answer as T;
  const { message, problems } = (answer ?? {}) as { message?: string; problems?: FieldProblem[] };
  // An expired token ends the session for every page at once; a wrong password at login is not a session ending.
  if (response.status === 401 && token) sessionStore.end('登录已过期或已失效，请重新登录。');
  throw new ApiRefusal(response.status, message ?? response.statusText, problems ?? []);
}
