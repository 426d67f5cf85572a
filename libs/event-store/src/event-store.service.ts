import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { KeystoneConfig } from '@keystone/config';
import { AppendProjectEventsInput, RecordedEvent } from '@keystone/contracts';
import { EVENT_COLUMNS, EventRow, insertParameters, toRecordedEvent } from './event-rows';
import { INLINE_PROJECTIONS, InlineProjection } from './inline-projection';
import { StreamVersionConflictError } from './stream-version-conflict.error';
import { ReadModelRows, RowTable, StoredRow, streamRowsQuery } from './rows/read-model-rows';
import { RowProjection } from './rows/row-projection';
import { RunStatement, prepared, unprepared } from './statements';

const UNIQUE_VIOLATION = '23505';

/** The stream's id as a parameter of its own, after the insert's ten column arrays. */
const STREAM_PARAMETER = 11;

/** The append's events, each with `readModelRows` when given: a subquery for the stream's read-model rows. */
function insertEvents(readModelRows?: string): string {
  return `
  WITH appended AS (
    INSERT INTO events (event_id, stream_id, stream_version, type, schema_version, data, actor, correlation_id, causation_id, occurred_at)
    SELECT * FROM unnest($1::uuid[], $2::text[], $3::int[], $4::text[], $5::int[], $6::jsonb[], $7::jsonb[], $8::text[], $9::text[], $10::timestamptz[])
    ON CONFLICT (event_id) DO NOTHING
    RETURNING ${EVENT_COLUMNS})
  SELECT appended.*${readModelRows ? `, ${readModelRows} AS read_model_rows` : ''} FROM appended ORDER BY stream_version`;
}

type AppendedRow = EventRow & { read_model_rows?: StoredRow[] };

/** The append-only store of every project's history: the system of record. */
@Injectable()
export class EventStore {
  private readonly rowProjections: RowProjection[];
  private readonly rowTables: RowTable[];
  /** The insert alone, where there are no read-model rows to read: a new stream's, or with no row models. */
  private readonly insertOnly = insertEvents();
  /** The insert reading the stream's read-model rows with it. */
  private readonly insertReadingRows?: string;
  private readonly otherProjections: InlineProjection[];
  private readonly run: RunStatement;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(INLINE_PROJECTIONS) projections: InlineProjection[],
    config: KeystoneConfig,
  ) {
    this.run = config.DATABASE_PREPARED_STATEMENTS ? prepared : unprepared;
    this.rowProjections = projections.filter((projection) => projection instanceof RowProjection);
    this.otherProjections = projections.filter((projection) => !(projection instanceof RowProjection));
    this.rowTables = [...new Map(this.rowProjections.flatMap((projection) => projection.rowTables).map((table) => [table.name, table])).values()];
    if (this.rowTables.length > 0) this.insertReadingRows = insertEvents(streamRowsQuery(this.rowTables, STREAM_PARAMETER));
  }

  /**
   * Appends in one transaction with the inline read models. Idempotent: a retry of an append that
   * already committed finds its event ids stored and writes nothing.
   */
  async append({ streamId, expectedVersion, events }: AppendProjectEventsInput): Promise<RecordedEvent[]> {
    if (events.length === 0) return [];
    try {
      return await this.dataSource.transaction(async (manager) => {
        const parameters = insertParameters(streamId, expectedVersion, events);
        const readsRows = expectedVersion > 0 && this.insertReadingRows;
        const rows = readsRows
          ? await this.run<AppendedRow>(manager, readsRows, [...parameters, streamId])
          : await this.run<AppendedRow>(manager, this.insertOnly, parameters);
        if (rows.length === 0) return this.alreadyAppended(manager, streamId, expectedVersion, events.map((event) => event.eventId));
        if (rows.length !== events.length) throw new StreamVersionConflictError(streamId, expectedVersion);
        const recorded = rows.map(toRecordedEvent);
        const readModels = ReadModelRows.stored(manager, this.run);
        readModels.holdStream(this.rowTables, streamId, rows[0].read_model_rows ?? []);
        await this.project(recorded, readModels, manager);
        return recorded;
      });
    } catch (error) {
      if ((error as { code?: string }).code === UNIQUE_VIOLATION) throw new StreamVersionConflictError(streamId, expectedVersion);
      throw error;
    }
  }

  /** Row models fold into the rows read with the insert and are written back in one statement; the others (the outbox) follow. */
  private async project(recorded: RecordedEvent[], readModels: ReadModelRows, manager: EntityManager): Promise<void> {
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
