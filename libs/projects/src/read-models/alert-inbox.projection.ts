import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { RecordedEvent } from '@keystone/contracts';
import { PerEventProjection } from '@keystone/event-store';
import { recipientCode } from '@keystone/domain';
import { toProjectEvent } from '../events/project-event-codec';

/** Each person's alert inbox (督办 / 预警提醒): one row per alert, found by the codes of its recipients. */
@Injectable()
export class AlertInboxProjection extends PerEventProjection {
  readonly name = 'alert-inbox';
  readonly tables = ['alerts'];

  protected async applyOne(recorded: RecordedEvent, manager: EntityManager): Promise<void> {
    const event = toProjectEvent(recorded);
    if (event.type === 'WarningRaised' || event.type === 'EscalationRaised') {
      const { alertId, clockId, subject, level, recipients, raisedAt, explanation } = event.data;
      await manager.query(
        `INSERT INTO alerts (id, project_code, project_name, township, leader, clock_id, subject, level, recipients, recipient_codes, status, raised_at, explanation, updated_at)
         SELECT $1, code, name, township, leader, $2, $3, $4, $5, $6, 'open', $7, $8, $7 FROM project_board WHERE code = $9`,
        [alertId, clockId, subject, level, JSON.stringify(recipients), recipients.map(recipientCode), raisedAt, explanation, recorded.streamId],
      );
    } else if (event.type === 'AlertAcknowledged') {
      const { alertId, acknowledgedAt, by } = event.data;
      await manager.query(`UPDATE alerts SET status = 'acknowledged', acknowledged_at = $2, acknowledged_by = $3, updated_at = $2 WHERE id = $1`, [alertId, acknowledgedAt, by]);
    } else if (event.type === 'InstructionGiven') {
      const { alertId, text, by, givenAt, departments } = event.data;
      // The instruction reaches the departments holding the open tasks: the alert joins their inboxes.
      await manager.query(
        `UPDATE alerts SET instructions = instructions || $2::jsonb, updated_at = $3,
           recipient_codes = ARRAY(SELECT DISTINCT unnest(recipient_codes || $4::text[])) WHERE id = $1`,
        [alertId, JSON.stringify([{ text, by, at: givenAt, departments }]), givenAt, departments],
      );
    }
  }
}
