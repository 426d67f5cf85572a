import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { KeystoneConfig } from '@keystone/config';
import { postingUrl } from './dingtalk-signature';
import { ClaimedDelivery, DeliveryQueue } from './delivery-queue.repository';
import { retryDelay, RetrySchedule, retryWindow } from './retry-schedule';
import { RobotHttpClient } from './robot-http.client';

/** Beyond the request timeout, how long a claim is kept from other workers while its outcome is recorded. */
const LEASE_MARGIN_MS = 30_000;

/**
 * Works through the alert outbox in the worker process, wholly outside the workflows: a receiver that is
 * slow or down delays only its own deliveries. Polls from bootstrap; a running batch finishes before shutdown.
 */
@Injectable()
export class AlertDispatcher implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(AlertDispatcher.name);
  private readonly retries: RetrySchedule;
  private timer?: NodeJS.Timeout;
  private running: Promise<void> = Promise.resolve();
  private stopped = false;

  constructor(
    private readonly queue: DeliveryQueue,
    private readonly robots: RobotHttpClient,
    private readonly config: KeystoneConfig,
  ) {
    this.retries = { baseMs: config.DELIVERY_BACKOFF_BASE_MS, capMs: config.DELIVERY_BACKOFF_CAP_MS, maxAttempts: config.DELIVERY_MAX_ATTEMPTS };
  }

  onApplicationBootstrap(): void {
    this.logger.log(`delivering alerts to webhooks; a refused delivery is retried for up to ${Math.round(retryWindow(this.retries) / 60_000)} min`);
    this.schedule(0);
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  /** Sends one batch of due deliveries and records each outcome; returns how many were claimed. */
  async dispatchDue(): Promise<number> {
    const claims = await this.queue.claimDue(this.config.DELIVERY_BATCH_SIZE, this.config.DELIVERY_TIMEOUT_MS + LEASE_MARGIN_MS);
    const outcomes = await Promise.allSettled(claims.map((claim) => this.deliver(claim)));
    for (const outcome of outcomes) {
      if (outcome.status === 'rejected') this.logger.error(`recording a delivery failed; it is retried when its lease ends: ${describe(outcome.reason)}`);
    }
    return claims.length;
  }

  private schedule(delayMs: number): void {
    this.timer = setTimeout(() => {
      this.running = this.dispatchDue()
        .then(
          (claimed) => (claimed === this.config.DELIVERY_BATCH_SIZE ? 0 : this.config.DELIVERY_POLL_INTERVAL_MS),
          (error: unknown) => {
            this.logger.error(`claiming deliveries failed, retrying next poll: ${describe(error)}`);
            return this.config.DELIVERY_POLL_INTERVAL_MS;
          },
        )
        .then((next) => {
          if (!this.stopped) this.schedule(next);
        });
    }, delayMs);
  }

  private async deliver(claim: ClaimedDelivery): Promise<void> {
    const answer = await this.robots.post({ url: postingUrl(claim, Date.now()), body: claim.payload, deliveryId: claim.id, timeoutMs: this.config.DELIVERY_TIMEOUT_MS });
    if (answer.delivered) return this.queue.markDelivered(claim);
    if (claim.attempts >= this.retries.maxAttempts) {
      this.logger.error(`gave up delivery ${claim.id} after ${claim.attempts} attempts: ${answer.reason}`);
      return this.queue.giveUp(claim, answer.reason);
    }
    const delayMs = retryDelay(claim.attempts, this.retries);
    this.logger.warn(`delivery ${claim.id} failed (attempt ${claim.attempts} of ${this.retries.maxAttempts}), next in ${delayMs} ms: ${answer.reason}`);
    return this.queue.reschedule(claim, answer.reason, delayMs);
  }
}

function describe(error: unknown): string {
  return (error as Error)?.stack ?? String(error);
}
