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
