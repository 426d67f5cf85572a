import { readRobotAnswer } from './robot-answer';

describe('reading a robot’s answer', () => {
  it('counts HTTP 200 with errcode 0 as delivered', () => {
    expect(readRobotAnswer(200, '{"errcode":0,"errmsg":"ok"}')).toEqual({ delivered: true });
  });

  it('counts HTTP 200 with a non-zero errcode as refused, as DingTalk answers a bad signature', () => {
    expect(readRobotAnswer(200, '{"errcode":310000,"errmsg":"sign not match"}')).toEqual({ delivered: false, reason: 'errcode 310000: sign not match' });
  });

  it('counts any status outside 2xx as refused, with the start of the body', () => {
    expect(readRobotAnswer(500, 'upstream down')).toEqual({ delivered: false, reason: 'HTTP 500: upstream down' });
    expect(readRobotAnswer(302, '')).toMatchObject({ delivered: false });
  });

  it('judges a receiver that is no robot by its status alone', () => {
    expect(readRobotAnswer(204, '')).toEqual({ delivered: true });
    expect(readRobotAnswer(200, 'OK')).toEqual({ delivered: true });
  });
});
