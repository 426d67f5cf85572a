import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { RecordedEvent } from '@keystone/contracts';
import { EVENT_COLUMNS, EventRow, toRecordedEvent } from './event-rows';

/** The stored history as operators and time travel read it: never through a read model. */
@Injectable()
export class EventLog {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** One stream in version order, optionally only what had happened by `until`. */
  async readStream(streamId: string, options: { until?: Date } = {}): Promise<RecordedEvent[]> {
    const until = options.until ? 'AND occurred_at <= $2' : '';
    const parameters = options.until ? [streamId, options.until] : [streamId];
    const rows: EventRow[] = await this.dataSource.query(
      `SELECT ${EVENT_COLUMNS} FROM events WHERE stream_id = $1 ${until} ORDER BY stream_version`,
      parameters,
    );
    return rows.map(toRecordedEvent);
  }

  /**
   * Every stream's events that had happened by `until`, stream after stream, each in version order.
   * A county's whole history is thousands of events, not millions, so it is read in one go.
   */
  async readAllStreams(until: Date): Promise<RecordedEvent[]> {
    const rows: EventRow[] = await this.dataSource.query(
      `SELECT ${EVENT_COLUMNS} FROM events WHERE occurred_at <= $1 ORDER BY stream_id, stream_version`,
      [until],
    );
    return rows.map(toRecordedEvent);
  }

  async streamExists(streamId: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(`SELECT 1 FROM events WHERE stream_id = $1 LIMIT 1`, [streamId]);
    return rows.length > 0;
  }
}
