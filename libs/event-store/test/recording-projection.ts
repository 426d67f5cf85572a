import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { RecordedEvent } from '@keystone/contracts';
import { Projection } from '../src/projection';

/**
 * A read model that keeps one row per event it was given. Its primary key makes applying an event twice
 * fail loudly, and `failOn` makes one event fail, to test what moves with what.
 */
@Injectable()
export class RecordingProjection implements Projection {
  readonly name = 'recording';
  readonly tables = ['recorded_events'];
  failOn?: string;

  static async createTable(dataSource: DataSource): Promise<void> {
    await dataSource.query(`CREATE TABLE recorded_events (event_id uuid PRIMARY KEY, stream_id text NOT NULL, stream_version int NOT NULL)`);
  }

  static async recorded(dataSource: DataSource): Promise<string[]> {
    const rows: { event_id: string }[] = await dataSource.query(`SELECT event_id FROM recorded_events ORDER BY stream_id, stream_version`);
    return rows.map((row) => row.event_id);
  }

  async apply(events: readonly RecordedEvent[], manager: EntityManager): Promise<void> {
    for (const event of events) {
      if (event.eventId === this.failOn) throw new Error(`cannot project ${event.eventId}`);
      await manager.query(`INSERT INTO recorded_events VALUES ($1, $2, $3)`, [event.eventId, event.streamId, event.streamVersion]);
    }
  }
}
