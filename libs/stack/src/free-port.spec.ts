import { onFreePort } from './free-port';

class LostPort extends Error {}

describe('onFreePort', () => {
  const lostPort = (error: unknown) => error instanceof LostPort;

  it('starts again on another free port when another process took the first', async () => {
    const tried: number[] = [];
    const started = await onFreePort(async (port) => {
      tried.push(port);
      if (tried.length === 1) throw new LostPort();
      return port;
    }, lostPort);

    expect(tried).toHaveLength(2);
    expect(started).toBe(tried[1]);
  });

  it('gives up after three lost races, with the last failure', async () => {
    let attempts = 0;
    const failing = onFreePort(async () => {
      attempts += 1;
      throw new LostPort(`lost ${attempts}`);
    }, lostPort);

    await expect(failing).rejects.toThrow('lost 3');
    expect(attempts).toBe(3);
  });

  it('does not try again after any other failure', async () => {
    let attempts = 0;
    const failing = onFreePort(async () => {
      attempts += 1;
      throw new Error('initdb failed');
    }, lostPort);

    await expect(failing).rejects.toThrow('initdb failed');
    expect(attempts).toBe(1);
  });
});
