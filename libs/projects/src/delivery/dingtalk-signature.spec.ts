import { dingTalkSignature, signedDingTalkUrl } from './dingtalk-signature';

// Computed independently: printf '1577262236757\nSECtest-secret' | openssl dgst -sha256 -hmac 'SECtest-secret' -binary | base64
const SECRET = 'SECtest-secret';
const TIMESTAMP = 1577262236757;
const SIGNATURE = 'nF7BwapzmVIu/OLbqH5bZTTVC/LKo5ouYhZP+Kx3F70=';

describe('DingTalk robot signing', () => {
  it('signs `${timestamp}\\n${secret}` with HMAC-SHA256 keyed by the secret, in base64', () => {
    expect(dingTalkSignature(SECRET, TIMESTAMP)).toBe(SIGNATURE);
  });

  it('appends the timestamp and the URL-encoded signature to the robot URL', () => {
    expect(signedDingTalkUrl('https://oapi.dingtalk.com/robot/send?access_token=abc', SECRET, TIMESTAMP)).toBe(
      'https://oapi.dingtalk.com/robot/send?access_token=abc&timestamp=1577262236757&sign=nF7BwapzmVIu%2FOLbqH5bZTTVC%2FLKo5ouYhZP%2BKx3F70%3D',
    );
  });

  it('starts the query when the URL has none', () => {
    expect(signedDingTalkUrl('http://robot.intranet/send', SECRET, TIMESTAMP)).toMatch(/^http:\/\/robot\.intranet\/send\?timestamp=1577262236757&sign=/);
  });
});
