import { shouldRefresh, tokenLifetime } from './token-life';

/** A token as the API signs it, with `iat` and `exp` in seconds; the signature is not the page's to check. */
const tokenIssued = (iat: number, exp: number) => `header.${Buffer.from(JSON.stringify({ sub: 'u-1', iat, exp })).toString('base64url')}.signature`;

describe('when the page asks for a fresh access token', () => {
  // Stamped by a server clock an hour ahead of the PC's: the page times the token from its own clock.
  const token = tokenIssued(1_800_003_600, 1_800_003_600 + 900);
  const receivedAt = 1_800_000_000_000;
  const after = (seconds: number) => receivedAt + seconds * 1000;

  it('reads how long the token lasts', () => {
    expect(tokenLifetime(token)).toBe(900_000);
    expect(tokenLifetime('not a token')).toBeUndefined();
  });

  it('asks once the token is past half its life and its holder has used the page since it arrived', () => {
    expect(shouldRefresh(token, receivedAt, after(451), after(300))).toBe(true);
    expect(shouldRefresh(token, receivedAt, after(449), after(300))).toBe(false);
  });

  it('lets the session run out when nobody has used the page since the token arrived', () => {
    expect(shouldRefresh(token, receivedAt, after(600), after(-1))).toBe(false);
  });

  it('does not ask with a token already expired, nor with one it cannot read', () => {
    expect(shouldRefresh(token, receivedAt, after(901), after(800))).toBe(false);
    expect(shouldRefresh('not a token', receivedAt, after(500), after(400))).toBe(false);
  });
});
