import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { pinoHttp } from 'pino-http';
import { requestLog } from './request-log';

describe('the request log', () => {
  const lines: Record<string, unknown>[] = [];
  let server: Server;
  let base: string;

  beforeAll(async () => {
    const sink = new Writable({ write: (chunk, _encoding, done) => done(void lines.push(JSON.parse(String(chunk)))) });
    const log = pinoHttp(requestLog('info'), sink);
    server = createServer((request, response) => {
      log(request, response);
      response.statusCode = request.url?.startsWith('/api/missing') ? 404 : 200;
      response.setHeader('set-cookie', 'session=cookie-value');
      response.end('{}');
    });
    await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => new Promise((closed) => server.close(closed)));

  const logged = async (path: string, headers: Record<string, string> = {}) => {
    const before = lines.length;
    await (await fetch(`${base}${path}`, { headers })).text();
    await new Promise((flushed) => setImmediate(flushed));
    return lines.slice(before);
  };

  it('writes one line per request with what was asked and the answer, and no headers', async () => {
    const [line, ...more] = await logged('/api/missing?x=1', { authorization: 'Bearer secret-token' });
    expect(more).toEqual([]);
    expect(line).toMatchObject({ req: { method: 'GET', url: '/api/missing?x=1', remoteAddress: '127.0.0.1' }, res: { statusCode: 404 } });
    expect(Object.keys(line.req as object).sort()).toEqual(['id', 'method', 'remoteAddress', 'url']);
    expect(JSON.stringify(line)).not.toMatch(/secret-token|cookie-value|authorization/);
  });

  it('keeps a token given in the query out of the line', async () => {
    const [line] = await logged('/api/events/stream?access_token=query-token');
    expect(line).toMatchObject({ req: { url: '/api/events/stream?access_token=[redacted]' } });
    expect(JSON.stringify(line)).not.toContain('query-token');
  });

  it('leaves out the health checks that probes make every few seconds', async () => {
    expect(await logged('/api/health')).toEqual([]);
  });
});
