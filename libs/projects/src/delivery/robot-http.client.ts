import { Injectable } from '@nestjs/common';
import { RobotAnswer, readRobotAnswer } from './robot-answer';

export const DELIVERY_ID_HEADER = 'X-Keystone-Delivery-Id';

export interface RobotPost {
  url: string;
  body: unknown;
  /** Sent with every attempt, so a receiver can drop a delivery it has already taken. */
  deliveryId: string;
  timeoutMs: number;
}

/** The one place alert deliveries leave the process: a JSON POST to a group robot's webhook. */
@Injectable()
export class RobotHttpClient {
  async post({ url, body, deliveryId, timeoutMs }: RobotPost): Promise<RobotAnswer> {
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=utf-8', [DELIVERY_ID_HEADER]: deliveryId },
        body: JSON.stringify(body),
        // A robot never redirects; following one would post an alert to an address nobody configured.
        redirect: 'manual',
        signal: AbortSignal.timeout(timeoutMs),
      });
      return readRobotAnswer(response.status, await response.text());
    } catch (error) {
      return { delivered: false, reason: describeFailure(error, timeoutMs) };
    }
  }
}

/** The cause rather than fetch's generic "fetch failed"; never the URL, which carries the robot's token. */
function describeFailure(error: unknown, timeoutMs: number): string {
  const failure = error as Error & { cause?: { message?: string } };
  if (failure.name === 'TimeoutError' || failure.name === 'AbortError') return `no answer within ${timeoutMs} ms`;
  return failure.cause?.message ?? failure.message ?? String(error);
}
