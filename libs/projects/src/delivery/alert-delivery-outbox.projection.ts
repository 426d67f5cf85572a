import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { KeystoneConfig } from '@keystone/config';
import { RecordedEvent } from '@keystone/contracts';
import { AlertRaisedData, Recipient, recipientCode } from '@keystone/domain';
import { InlineProjection } from '@keystone/event-store';
import { toProjectEvent } from '../events/project-event-codec';
import { AlertNotice, projectLink, readableSummary, robotMessage, RobotKind } from './robot-message';

const OFFICE_NAME = '项目攻坚领导小组办公室';

const ENQUEUE = `
  INSERT INTO alert_deliveries (id, webhook_id, alert_id, payload)
  SELECT delivery.id, delivery.webhook_id, $4, delivery.payload
    FROM unnest($1::text[], $2::uuid[], $3::jsonb[]) AS delivery (id, webhook_id, payload)
  ON CONFLICT (id) DO NOTHING`;

/**
 * The outbox of alert deliveries: every alert queued for every enabled webhook in the append's own
 * transaction, so an alert is never lost between the store and the dispatcher, and a workflow never
 * waits on a receiver. Its table is not emptied by a rebuild: a replay finds each delivery queued
 * already and sends nothing again, and webhooks registered after an alert do not receive it.
 */
@Injectable()
export class AlertDeliveryOutboxProjection implements InlineProjection {
  readonly name = 'alert-delivery-outbox';
  readonly tables = [];

  constructor(private readonly config: KeystoneConfig) {}

  async apply(events: readonly RecordedEvent[], manager: EntityManager): Promise<void> {
    for (const recorded of events) {
      const event = toProjectEvent(recorded);
      if (event.type === 'WarningRaised' || event.type === 'EscalationRaised') await this.enqueue(recorded, event.data, manager);
    }
  }

  private async enqueue(recorded: RecordedEvent, alert: AlertRaisedData, manager: EntityManager): Promise<void> {
    const webhooks: { id: string; kind: RobotKind }[] = await manager.query(
      // recordedAt carries milliseconds only, truncated as date_trunc truncates.
      `SELECT id, kind FROM webhooks WHERE enabled AND date_trunc('milliseconds', created_at) <= $1`,
      [recorded.recordedAt],
    );
    if (webhooks.length === 0) return;
    const notice = await this.notice(recorded.streamId, alert, manager);
    await manager.query(ENQUEUE, [
      webhooks.map((webhook) => `${alert.alertId}:${webhook.id}`),
      webhooks.map((webhook) => webhook.id),
      webhooks.map((webhook) => JSON.stringify(robotMessage(webhook.kind, notice))),
      alert.alertId,
    ]);
  }

  private async notice(projectCode: string, alert: AlertRaisedData, manager: EntityManager): Promise<AlertNotice> {
    type Names = Record<string, string>;
    const [{ project_name, departments, leaders }]: { project_name: string | null; departments: Names; leaders: Names }[] = await manager.query(
      `SELECT (SELECT name FROM project_board WHERE code = $1) AS project_name,
              (SELECT coalesce(jsonb_object_agg(code, name), '{}') FROM departments) AS departments,
              (SELECT coalesce(jsonb_object_agg(code, title || ' ' || name), '{}') FROM county_leaders WHERE code = ANY($2)) AS leaders`,
      [projectCode, alert.recipients.map(recipientCode)],
    );
    return {
      level: alert.level,
      rule: alert.explanation.rule,
      projectCode,
      projectName: project_name ?? projectCode,
      summary: readableSummary(alert.explanation.summary, departments),
      recipients: alert.recipients.map((recipient) => recipientName(recipient, { ...departments, ...leaders })),
      raisedAt: alert.raisedAt,
      link: projectLink(this.config.PUBLIC_URL, projectCode),
    };
  }
}

function recipientName(recipient: Recipient, names: Record<string, string>): string {
  return recipient.kind === 'office' ? OFFICE_NAME : (names[recipient.code] ?? recipient.code);
}
