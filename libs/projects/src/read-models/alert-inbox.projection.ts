import { Injectable } from '@nestjs/common';
import { RecordedEvent } from '@keystone/contracts';
import { ReadModelRows, Row, RowProjection, RowTable } from '@keystone/event-store';
import { ClockSubject, alertsSettledBy, recipientCode } from '@keystone/domain';
import { toProjectEvent } from '../events/project-event-codec';
import { PROJECT_BOARD } from './project-board.projection';

export const ALERTS: RowTable = { name: 'alerts', key: ['id'], stream: 'project_code' };

/** Each person's alert inbox (督办 / 预警提醒): one row per alert, found by the codes of its recipients. */
@Injectable()
export class AlertInboxProjection extends RowProjection {
  readonly name = 'alert-inbox';
  readonly rowTables = [ALERTS];

  protected async foldOne(recorded: RecordedEvent, rows: ReadModelRows): Promise<void> {
    const event = toProjectEvent(recorded);
    const code = recorded.streamId;
    const setAlert = async (id: string, change: (alert: Row) => Row) => {
      const alert = await rows.get(ALERTS, code, id);
      if (alert) rows.update(ALERTS, alert, change(alert));
    };
    if (event.type === 'WarningRaised' || event.type === 'EscalationRaised') {
      const { alertId, clockId, subject, level, recipients, raisedAt, explanation } = event.data;
      const project = await rows.get(PROJECT_BOARD, code, code);
      if (!project) return;
      rows.put(ALERTS, {
        id: alertId, project_code: code, project_name: project.name, township: project.township, leader: project.leader, clock_id: clockId, subject, level,
        recipients, recipient_codes: recipients.map(recipientCode), status: 'open', raised_at: raisedAt, explanation, acknowledged_at: null,
        acknowledged_by: null, instructions: [], updated_at: raisedAt,
      });
    } else if (event.type === 'AlertAcknowledged') {
      const { alertId, acknowledgedAt, by } = event.data;
      await setAlert(alertId, (alert) => ({ status: alert.status === SETTLED ? SETTLED : 'acknowledged', acknowledged_at: acknowledgedAt, acknowledged_by: by, updated_at: acknowledgedAt }));
    } else if (event.type === 'InstructionGiven') {
      const { alertId, text, by, givenAt, departments } = event.data;
      // The instruction reaches the departments holding the open tasks: the alert joins their inboxes.
      await setAlert(alertId, (alert) => ({
        instructions: [...(alert.instructions as unknown[]), { text, by, at: givenAt, departments }],
        recipient_codes: [...new Set([...(alert.recipient_codes as string[]), ...departments])],
        updated_at: givenAt,
      }));
    }
    const settles = alertsSettledBy(event);
    if (!settles) return;
    for (const alert of await rows.all(ALERTS, code)) {
      if (alert.status !== SETTLED && settles(alert.subject as ClockSubject)) rows.update(ALERTS, alert, { status: SETTLED, updated_at: recorded.occurredAt });
    }
  }
}

/** An alert whose subject is done: it stays on record but asks no one to act (已解除). */
const SETTLED = 'resolved';
