import { loadDevStackConfig } from './dev-stack-config';

describe('the dev stack reads its ports and data folder', () => {
  it('takes the given data folder unless one is set, and refuses a port outside 1–65535', () => {
    expect(loadDevStackConfig({}, '/tmp/keystone').KEYSTONE_DATA_DIR).toBe('/tmp/keystone');
    expect(loadDevStackConfig({ KEYSTONE_DATA_DIR: '/srv/keystone', PORT: '8080' }, '/tmp/keystone')).toMatchObject({ KEYSTONE_DATA_DIR: '/srv/keystone', PORT: 8080 });
    expect(() => loadDevStackConfig({ TEMPORAL_PORT: '70000' }, '/tmp/keystone')).toThrow(/TEMPORAL_PORT: TEMPORAL_PORT must not be greater than 65535/);
  });
});
