import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { RecordedEvent } from '@keystone/contracts';
import { InlineProjection } from '@keystone/event-store';

export const LIVE_CHANNEL = 'keystone_events';

/**
 * Tells open pages that a project changed. NOTIFY is delivered only when the append commits, so a page
 * never hears of a change it cannot read yet.
 */
@Injectable()
export class LiveNotificationsProjection implements InlineProjection {
  readonly name = 'live-notifications';
  readonly tables = [];

  async apply(events: readonly RecordedEvent[], manager: EntityManager): Promise<void> {
    const last = events[events.length - 1];
    const payload = { projectCode: last.streamId, globalPosition: last.globalPosition, types: [...new Set(events.map((event) => event.type))] };
    await manager.query('SELECT pg_notify($1, $2)', [LIVE_CHANNEL, JSON.stringify(payload)]);
  }
}
