import type { EntityManager } from 'typeorm';
import type { RobotKind, RobotMessage } from './robot-message';

/**
 * Queues one message for every enabled group robot in the caller's transaction, beside what it records, so a
 * robot gets it once even if the dispatcher retries. The outbox carries notices and chases beside alerts: their
 * deliveries name `subject` where an alert's name the alert. Answers how many robots it went to.
 */
export async function queueForRobots(manager: EntityManager, subject: string, message: (kind: RobotKind) => RobotMessage): Promise<number> {
  const webhooks: { id: string; kind: RobotKind }[] = await manager.query(`SELECT id, kind FROM webhooks WHERE enabled ORDER BY created_at`);
  for (const webhook of webhooks) {
    await manager.query(`INSERT INTO alert_deliveries (id, webhook_id, alert_id, payload) VALUES ($1, $2, $3, $4)`, [
      `${subject}:${webhook.id}`, webhook.id, subject, JSON.stringify(message(webhook.kind)),
    ]);
  }
  return webhooks.length;
}
