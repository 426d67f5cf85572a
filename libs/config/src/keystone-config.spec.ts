import { loadConfig } from './keystone-config';

const base = { DATABASE_URL: 'postgres://keystone@localhost/keystone' };

describe('secrets come only from the environment', () => {
  it('refuses to start without JWT_SECRET: there is no default to fall back on', () => {
    expect(() => loadConfig(base)).toThrow(/JWT_SECRET/);
    expect(() => loadConfig({ ...base, JWT_SECRET: '' })).toThrow(/JWT_SECRET/);
  });

  it('refuses a JWT_SECRET shorter than 32 characters', () => {
    expect(() => loadConfig({ ...base, JWT_SECRET: 'short-secret' })).toThrow('JWT_SECRET must be at least 32 characters');
  });

  it('takes the secret as given, and trusts no proxy unless told', () => {
    const config = loadConfig({ ...base, JWT_SECRET: 'k'.repeat(32) });
    expect(config.JWT_SECRET).toBe('k'.repeat(32));
    expect(config.TRUST_PROXY_HOPS).toBe(0);
    expect(loadConfig({ ...base, JWT_SECRET: 'k'.repeat(32), TRUST_PROXY_HOPS: '1' }).TRUST_PROXY_HOPS).toBe(1);
  });
});

describe('numbers and switches are read from text and checked', () => {
  const valid = { ...base, JWT_SECRET: 'k'.repeat(32) };

  it('reads whole numbers and switches, and takes the default for unset or empty ones', () => {
    const config = loadConfig({ ...valid, DATABASE_POOL_SIZE: '4', KEYSTONE_RUN_MIGRATIONS: '1', DATABASE_PREPARED_STATEMENTS: 'false', PROJECTOR_BATCH_SIZE: '' });
    expect(config.DATABASE_POOL_SIZE).toBe(4);
    expect(config.KEYSTONE_RUN_MIGRATIONS).toBe(true);
    expect(config.DATABASE_PREPARED_STATEMENTS).toBe(false);
    expect(config.PROJECTOR_BATCH_SIZE).toBe(500);
  });

  it('names every variable out of its range or not a whole number, with what it must be', () => {
    const attempt = () => loadConfig({ ...valid, DATABASE_POOL_SIZE: '0', PROJECTOR_BATCH_SIZE: '20000', PORT: 'eighty' });
    expect(attempt).toThrow(/DATABASE_POOL_SIZE: DATABASE_POOL_SIZE must not be less than 1/);
    expect(attempt).toThrow(/PROJECTOR_BATCH_SIZE: PROJECTOR_BATCH_SIZE must not be greater than 10000/);
    expect(attempt).toThrow(/PORT: .*PORT must be an integer number/);
  });
});
