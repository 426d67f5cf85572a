import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { randomUUID } from 'node:crypto';
import { KeystoneConfig } from '@keystone/config';
import { DataSource, Repository } from 'typeorm';
import { Actor, describeActor, DomainError } from '@keystone/domain';
import { AlertDeliveryEntity, DeliveryStatus } from './alert-delivery.entity';
import { postingUrl } from './dingtalk-signature';
import { RobotAnswer } from './robot-answer';
import { RobotHttpClient } from './robot-http.client';
import { RobotKind, testMessage } from './robot-message';
import { WebhookEntity } from './webhook.entity';

export interface NewWebhook {
  name: string;
  kind: RobotKind;
  url: string;
  secret?: string;
}

/** A webhook as the API shows it: the secret never, the robot's token in the URL only by its first characters. */
export interface WebhookView {
  id: string;
  name: string;
  kind: RobotKind;
  url: string;
  signed: boolean;
  enabled: boolean;
  createdAt: Date;
}

export interface DeliveryFilters {
  status?: DeliveryStatus;
  limit: number;
  offset: number;
}

/** The office's outbound webhooks and what was delivered to each. */
@Injectable()
export class WebhooksService {
  private readonly logger = new Logger(WebhooksService.name);

  constructor(
    @InjectRepository(WebhookEntity) private readonly webhooks: Repository<WebhookEntity>,
    @InjectRepository(AlertDeliveryEntity) private readonly deliveries: Repository<AlertDeliveryEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly robots: RobotHttpClient,
    private readonly config: KeystoneConfig,
  ) {}

  async list(): Promise<WebhookView[]> {
    return (await this.webhooks.find({ order: { createdAt: 'ASC' } })).map(toView);
  }

  async create(webhook: NewWebhook, by: Actor): Promise<WebhookView> {
    if (webhook.secret && webhook.kind !== 'dingtalk') throw DomainError.invalid('secret', 'only DingTalk robots sign their messages; leave it out');
    const saved = await this.webhooks.save(this.webhooks.create({ ...webhook, secret: webhook.secret ?? null, enabled: true }));
    this.logger.log(`${describeActor(by)} added ${saved.kind} webhook ${saved.id} (${saved.name})`);
    return toView(saved);
  }

  /** Deliveries still waiting are given up with it: nobody wants alerts from months ago when it is enabled again. */
  async disable(id: string, by: Actor): Promise<WebhookView> {
    const webhook = await this.find(id);
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`UPDATE webhooks SET enabled = false WHERE id = $1`, [id]);
      await manager.query(`UPDATE alert_deliveries SET status = 'failed', last_error = 'webhook disabled' WHERE webhook_id = $1 AND status = 'pending'`, [id]);
    });
    this.logger.log(`${describeActor(by)} disabled webhook ${id} (${webhook.name})`);
    return toView({ ...webhook, enabled: false });
  }

  /**
   * Posts a test message to the robot now, outside the outbox, and says what the robot answered: the office checks
   * a robot it has just added, or one whose posts fail, without waiting for an alert.
   */
  async sendTest(id: string, by: Actor): Promise<RobotAnswer> {
    const webhook = await this.find(id);
    const body = testMessage(webhook.kind, describeActor(by), new Date());
    const answer = await this.robots.post({ url: postingUrl(webhook, Date.now()), body, deliveryId: `test-${randomUUID()}`, timeoutMs: this.config.DELIVERY_TIMEOUT_MS });
    this.logger.log(`${describeActor(by)} tested webhook ${id} (${webhook.name}): ${answer.delivered ? 'delivered' : answer.reason}`);
    return answer;
  }

  async deliveriesOf(id: string, { status, limit, offset }: DeliveryFilters): Promise<{ total: number; items: AlertDeliveryEntity[] }> {
    await this.find(id);
    const [items, total] = await this.deliveries.findAndCount({
      where: { webhookId: id, ...(status && { status }) },
      order: { createdAt: 'DESC', id: 'ASC' },
      take: limit,
      skip: offset,
    });
    return { total, items };
  }

  private async find(id: string): Promise<WebhookEntity> {
    const webhook = isUUID(id) ? await this.webhooks.findOneBy({ id }) : null;
    if (!webhook) throw DomainError.notFound('id', `no webhook ${id}`);
    return webhook;
  }
}

function toView({ id, name, kind, url, secret, enabled, createdAt }: WebhookEntity): WebhookView {
  return { id, name, kind, url: maskedUrl(url), signed: secret !== null, enabled, createdAt };
}

/** DingTalk's access_token and WeCom's key in the query are what lets anyone post to the group. */
function maskedUrl(url: string): string {
  const parsed = new URL(url);
  const query = [...parsed.searchParams].map(([key, value]) => `${key}=${value.slice(0, 4)}…`).join('&');
  return `${parsed.origin}${parsed.pathname}${query ? `?${query}` : ''}`;
}
