import { request } from 'node:http';
import { writeFootprint } from './support/access-fixtures';
import { TEST_PASSWORD, keystoneWithOffice } from './support/keystone-test-app';
import { projectProfile } from './support/project-fixtures';

/** A minute's attempts at one account from one address, and from one address over every account. */
const ACCOUNT_LIMIT = 10;
const ADDRESS_LIMIT = 60;

describe('hardening at the edge: headers, body size, error bodies, login throttling', () => {
  const keystone = keystoneWithOffice();

  /** A login from one loopback address, so each test stands for a different client of the throttle. */
  const loginFrom = (localAddress: string, password: string, headers: Record<string, string> = {}, username = 'office') =>
    new Promise<{ status: number; retryAfter?: string; body: { message?: string } }>((resolve, reject) => {
      const url = new URL('/api/auth/login', keystone.app.baseUrl);
      const outgoing = request({ host: url.hostname, port: url.port, path: url.pathname, method: 'POST', localAddress, headers: { 'content-type': 'application/json', ...headers } }, (response) => {
        let text = '';
        response.on('data', (chunk) => (text += chunk));
        response.on('end', () => resolve({ status: response.statusCode!, retryAfter: response.headers['retry-after'] as string | undefined, body: JSON.parse(text) }));
      });
      outgoing.on('error', reject);
      outgoing.end(JSON.stringify({ username, password }));
    });

  const expectNoInternals = (body: unknown) => {
    const text = JSON.stringify(body);
    expect(text).not.toMatch(/\n\s+at |node_modules|\.ts:\d+|SELECT |INSERT |QueryFailedError/);
  };

  it('publishes an OpenAPI document in which every operation has its own id', async () => {
    const document = (await keystone.app.anonymous().get('/api/docs-json')).body as { paths: Record<string, Record<string, { operationId: string }>> };
    const ids = Object.values(document.paths).flatMap((methods) => Object.values(methods).map((operation) => operation.operationId));
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
    expect(ids).toEqual(expect.arrayContaining(['listTownships', 'addOwnerUnits', 'listLeaders']));
  });

  it('sends security headers and hides the framework', async () => {
    for (const response of [await keystone.app.anonymous().get('/api/health'), await keystone.app.anonymous().get('/api/projects')]) {
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(response.headers.get('strict-transport-security')).toContain('max-age=');
      expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(response.headers.get('x-powered-by')).toBeNull();
    }
  });

  it('refuses a body over the limit with 413 in the API’s error shape, and stores nothing', async () => {
    const before = await writeFootprint(keystone.app.dataSource);
    const response = await keystone.office.post('/api/projects', projectProfile({ name: '很'.repeat(100_000) }));
    expect(response.status).toBe(413);
    expect(response.body).toEqual({ statusCode: 413, error: 'PAYLOAD_TOO_LARGE', message: 'the request body is larger than 256kb' });
    expect(await writeFootprint(keystone.app.dataSource)).toEqual(before);
  });

  it('answers a body that is not JSON with 400 and no stack trace', async () => {
    const response = await keystone.office.sendText('POST', '/api/projects', '{"code": ');
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ statusCode: 400, error: 'BAD_REQUEST', message: 'the request body is not valid JSON' });
    expectNoInternals(response.body);
  });

  it('answers errors as JSON naming no internals', async () => {
    for (const response of [await keystone.office.get('/api/projects/not-a-code'), await keystone.office.get('/api/nowhere'), await keystone.app.anonymous().get('/api/tasks')]) {
      expect(response.headers.get('content-type')).toContain('application/json');
      expect(Object.keys(response.body).sort()).toEqual(expect.arrayContaining(['error', 'message', 'statusCode']));
      expectNoInternals(response.body);
    }
  });

  it('throttles logins at one account from one address with 429 and a clear message; the address may still sign in to others', async () => {
    for (let attempt = 1; attempt <= ACCOUNT_LIMIT; attempt += 1) {
      expect((await loginFrom('127.0.0.3', 'wrong password')).status).toBe(401);
    }
    const throttled = await loginFrom('127.0.0.3', TEST_PASSWORD);
    expect(throttled.status).toBe(429);
    expect(throttled.body.message).toMatch(/^too many attempts at this account from this address; try again in \d+ seconds$/);
    expect(Number(throttled.retryAfter)).toBeGreaterThan(0);
    // Without a trusted proxy, a forwarded-for header the client writes itself changes nothing.
    expect((await loginFrom('127.0.0.3', TEST_PASSWORD, { 'x-forwarded-for': '203.0.113.9' })).status).toBe(429);
    expect((await loginFrom('127.0.0.4', TEST_PASSWORD)).status).toBe(200);
    // A county office's staff behind one address: another account signs in from it.
    expect((await loginFrom('127.0.0.3', TEST_PASSWORD, {}, 'operator')).status).toBe(200);
  });

  it('throttles logins from one address over every account, so guesses sprayed across accounts do not get far', async () => {
    const usernames = ['admin', 'operator', 'leader-wang', 'leader-li', 'officer-natural-resources', 'owner-county-investment-group', 'office'];
    for (let attempt = 0; attempt < ADDRESS_LIMIT; attempt += 1) {
      expect((await loginFrom('127.0.0.5', 'wrong password', {}, usernames[attempt % usernames.length])).status).toBe(401);
    }
    const throttled = await loginFrom('127.0.0.5', TEST_PASSWORD, {}, 'leader-chen');
    expect(throttled.status).toBe(429);
    expect(throttled.body.message).toMatch(/^too many attempts from this address; try again in \d+ seconds$/);
    expect(Number(throttled.retryAfter)).toBeGreaterThan(0);
    expect((await loginFrom('127.0.0.6', TEST_PASSWORD, {}, 'leader-chen')).status).toBe(200);
  });
});
