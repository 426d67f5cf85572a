import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AppendProjectEventsInput, RecordedEvent } from '@keystone/contracts';
import { EVENT_COLUMNS, EventRow, insertParameters, toRecordedEvent } from './event-rows';
import { INLINE_PROJECTIONS, InlineProjection } from './inline-projection';
import { StreamVersionConflictError } from './stream-version-conflict.error';
import { ReadModelRows, RowTable } from './rows/read-model-rows';
import { RowProjection } from './rows/row-projection';

const UNIQUE_VIOLATION = '23505';

const INSERT_EVENTS = `
  INSERT INTO events (event_id, stream_id, stream_version, type, schema_version, data, actor, correlation_id, causation_id, occurred_at)
  SELECT * FROM unnest($1::uuid[], $2::text[], $3::int[], $4::text[], $5::int[], $6::jsonb[], $7::jsonb[], $8::text[], $9::text[], $10::timestamptz[])
  ON CONFLICT (event_id) DO NOTHING
  RETURNING ${EVENT_COLUMNS}`;

/** The append-only store of every project's history: the system of record. */
@Injectable()
export class EventStore {
  private readonly rowProjections: RowProjection[];
  private readonly rowTables: RowTable[];
  private readonly otherProjections: InlineProjection[];

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(INLINE_PROJECTIONS) projections: InlineProjection[],
  ) {
    this.rowProjections = projections.filter((projection) => projection instanceof RowProjection);
    this.otherProjections = projections.filter((projection) => !(projection instanceof RowProjection));
    this.rowTables = [...new Map(this.rowProjections.flatMap((projection) => projection.rowTables).map((table) => [table.name, table])).values()];
  }

  /**
   * Appends in one transaction with the inline read models. Idempotent: a retry of an append that
   * already committed finds its event ids stored and writes nothing.
   */
  async append({ streamId, expectedVersion, events }: AppendProjectEventsInput): Promise<RecordedEvent[]> {
    if (events.length === 0) return [];
    try {
      return await this.dataSource.transaction(async (manager) => {
        const rows: EventRow[] = await manager.query(INSERT_EVENTS, insertParameters(streamId, expectedVersion, events));
        if (rows.length === 0) return this.alreadyAppended(manager, streamId, expectedVersion, events.map((event) => event.eventId));
        if (rows.length !== events.length) throw new StreamVersionConflictError(streamId, expectedVersion);
        const recorded = rows.map(toRecordedEvent);
        await this.project(streamId, expectedVersion === 0, recorded, manager);
        return recorded;
      });
    } catch (error) {
      if ((error as { code?: string }).code === UNIQUE_VIOLATION) throw new StreamVersionConflictError(streamId, expectedVersion);
      throw error;
    }
  }

  /** Row models share one read of the stream's rows and one write; the others (notifications, the outbox) follow. */
  private async project(streamId: string, newStream: boolean, recorded: RecordedEvent[], manager: EntityManager): Promise<void> {
    const readModels = ReadModelRows.stored(manager);
    await readModels.preload(this.rowTables, streamId, newStream);
    for (const projection of this.rowProjections) await projection.fold(recorded, readModels);
    await readModels.save(manager);
    for (const projection of this.otherProjections) await projection.apply(recorded, manager);
  }

  private async alreadyAppended(manager: EntityManager, streamId: string, expectedVersion: number, eventIds: string[]): Promise<RecordedEvent[]> {
    const rows: EventRow[] = await manager.query(`SELECT ${EVENT_COLUMNS} FROM events WHERE event_id = ANY($1::uuid[]) ORDER BY stream_version`, [eventIds]);
    const matches = rows.every((row, index) => row.stream_id === streamId && row.stream_version === expectedVersion + index + 1);
    if (rows.length !== eventIds.length || !matches) throw new StreamVersionConflictError(streamId, expectedVersion);
    return rows.map(toRecordedEvent);
  }
}
