import type { EntityManager } from 'typeorm';
import type { RobotKind, RobotMessage } from './robot-message';

export interface EnabledRobot {
  id: string;
  kind: RobotKind;
}

/** The group robots a notice or a chase goes to, read in the transaction that records it. */
export function enabledRobots(manager: EntityManager): Promise<EnabledRobot[]> {
  return manager.query(`SELECT id, kind FROM webhooks WHERE enabled ORDER BY created_at`);
}

/**
 * Queues one message for each robot in the caller's transaction, beside what it records, so a robot gets it once
 * even if the dispatcher retries. The outbox carries notices and chases beside alerts: their deliveries name
 * `subject` where an alert's name the alert.
 */
export async function queueForRobots(manager: EntityManager, robots: EnabledRobot[], subject: string, message: (kind: RobotKind) => RobotMessage): Promise<void> {
  for (const robot of robots) {
    await manager.query(`INSERT INTO alert_deliveries (id, webhook_id, alert_id, payload) VALUES ($1, $2, $3, $4)`, [
      `${subject}:${robot.id}`, robot.id, subject, JSON.stringify(message(robot.kind)),
    ]);
  }
}
