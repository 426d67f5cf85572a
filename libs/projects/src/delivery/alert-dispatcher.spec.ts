import { Logger } from '@nestjs/common';
import { loadConfig } from '@keystone/config';
import { AlertDispatcher } from './alert-dispatcher.service';
import { ClaimedDelivery, DeliveryQueue } from './delivery-queue.repository';
import { RobotAnswer } from './robot-answer';
import { RobotHttpClient, RobotPost } from './robot-http.client';

const config = loadConfig({
  DATABASE_URL: 'postgres://unused',
  JWT_SECRET: 'k'.repeat(32),
  DELIVERY_BACKOFF_BASE_MS: '1000',
  DELIVERY_BACKOFF_CAP_MS: '60000',
  DELIVERY_MAX_ATTEMPTS: '5',
});

const claim = (overrides: Partial<ClaimedDelivery> = {}): ClaimedDelivery => ({
  id: 'P.stage.red.1:w-1',
  webhookId: 'w-1',
  kind: 'dingtalk',
  url: 'https://oapi.dingtalk.com/robot/send?access_token=abc',
  secret: 'SECtest',
  payload: { msgtype: 'markdown', markdown: { title: 't', text: 'x' } },
  attempts: 1,
  ...overrides,
});

function dispatcherWith(claims: ClaimedDelivery[], answer: RobotAnswer) {
  const queue = {
    claimDue: jest.fn().mockResolvedValue(claims),
    markDelivered: jest.fn().mockResolvedValue(undefined),
    reschedule: jest.fn().mockResolvedValue(undefined),
    giveUp: jest.fn().mockResolvedValue(undefined),
  };
  const posts: RobotPost[] = [];
  const robots = { post: jest.fn(async (post: RobotPost) => (posts.push(post), answer)) };
  const dispatcher = new AlertDispatcher(queue as unknown as DeliveryQueue, robots as unknown as RobotHttpClient, config);
  return { dispatcher, queue, posts };
}

describe('the alert dispatcher', () => {
  beforeEach(() => {
    jest.spyOn(Logger.prototype, 'warn').mockImplementation();
    jest.spyOn(Logger.prototype, 'error').mockImplementation();
  });
  afterEach(() => jest.restoreAllMocks());

  it('posts a claimed delivery with its id, signs a DingTalk URL, and records it delivered', async () => {
    const { dispatcher, queue, posts } = dispatcherWith([claim()], { delivered: true });
    expect(await dispatcher.dispatchDue()).toBe(1);
    expect(posts[0]).toMatchObject({ deliveryId: 'P.stage.red.1:w-1', body: claim().payload, timeoutMs: config.DELIVERY_TIMEOUT_MS });
    expect(posts[0].url).toMatch(/^https:\/\/oapi\.dingtalk\.com\/robot\/send\?access_token=abc&timestamp=\d{13}&sign=[^&]+$/);
    expect(queue.markDelivered).toHaveBeenCalledWith(claim());
  });

  it('posts to a WeCom robot, or an unsigned DingTalk one, at its URL as configured', async () => {
    const wecom = claim({ kind: 'wecom', secret: null, url: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k' });
    const { dispatcher, posts } = dispatcherWith([wecom, claim({ secret: null })], { delivered: true });
    await dispatcher.dispatchDue();
    expect(posts.map((post) => post.url)).toEqual([wecom.url, claim().url]);
  });

  it('reschedules a refused delivery after the backoff for the attempts made so far', async () => {
    const { dispatcher, queue } = dispatcherWith([claim({ attempts: 3 })], { delivered: false, reason: 'HTTP 500: down' });
    await dispatcher.dispatchDue();
    expect(queue.reschedule).toHaveBeenCalledWith(claim({ attempts: 3 }), 'HTTP 500: down', 4000);
    expect(queue.giveUp).not.toHaveBeenCalled();
  });

  it('gives a delivery up when its last allowed attempt is refused', async () => {
    const { dispatcher, queue } = dispatcherWith([claim({ attempts: 5 })], { delivered: false, reason: 'errcode 310000: sign not match' });
    await dispatcher.dispatchDue();
    expect(queue.giveUp).toHaveBeenCalledWith(claim({ attempts: 5 }), 'errcode 310000: sign not match');
    expect(queue.reschedule).not.toHaveBeenCalled();
  });
});
