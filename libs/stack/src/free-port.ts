import { createServer } from 'node:net';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      if (address === null || typeof address === 'string') {
        server.close(() => reject(new Error(`Unexpected listening address: ${String(address)}`)));
        return;
      }
      server.close(() => resolve(address.port));
    });
  });
}

/** Tries a free port this many times before giving up: each loss is a race with another process. */
const FREE_PORT_ATTEMPTS = 3;

/**
 * Starts a server on a free port, and on another if some other process bound the port between its being
 * found free and the server binding it (`lostPort` says whether a failure was that).
 */
export async function onFreePort<T>(start: (port: number) => Promise<T>, lostPort: (error: unknown) => boolean): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await start(await freePort());
    } catch (error) {
      if (attempt === FREE_PORT_ATTEMPTS || !lostPort(error)) throw error;
    }
  }
}
