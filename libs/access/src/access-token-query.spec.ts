import { withoutAccessToken } from './access-token-query';

describe('URLs as they are logged', () => {
  it('hide an access token in the query, wherever it stands', () => {
    expect(withoutAccessToken('/api/events/stream?access_token=eyJ.abc.def')).toBe('/api/events/stream?access_token=[redacted]');
    expect(withoutAccessToken('/api/events/stream?x=1&access_token=eyJ.abc.def&y=2')).toBe('/api/events/stream?x=1&access_token=[redacted]&y=2');
  });

  it('leave other URLs as they are', () => {
    expect(withoutAccessToken('/api/projects?limit=10&my_access_token=1')).toBe('/api/projects?limit=10&my_access_token=1');
  });
});
