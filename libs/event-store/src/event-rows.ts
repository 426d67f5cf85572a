import { NewEvent, RecordedEvent } from '@keystone/contracts';

export interface EventRow {
  global_position: string;
  event_id: string;
  stream_id: string;
  stream_version: number;
  type: string;
  schema_version: number;
  data: unknown;
  actor: RecordedEvent['actor'];
  correlation_id: string;
  causation_id: string;
  occurred_at: string;
  recorded_at: string;
}

/** A time as `Date.toISOString` writes it, milliseconds truncated as a JavaScript Date truncates them. */
const isoTime = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS ${column}`;

// Times come formatted by PostgreSQL: parsing them into Dates only to print them again cost a rebuild a
// fifth of its CPU. Beware ORDER BY occurred_at beside these columns: it would sort the text.
/** The columns `EventRow` reads; `data` may be an expression over the column of that name. */
export function eventColumns(data = 'data'): string {
  return `global_position, event_id, stream_id, stream_version, type, schema_version, ${data} AS data, actor, correlation_id, causation_id, ${isoTime('occurred_at')}, ${isoTime('recorded_at')}`;
}

export const EVENT_COLUMNS = eventColumns();

export function toRecordedEvent(row: EventRow): RecordedEvent {
  return {
    globalPosition: String(row.global_position),
    eventId: row.event_id,
    streamId: row.stream_id,
    streamVersion: row.stream_version,
    type: row.type,
    schemaVersion: row.schema_version,
    data: row.data,
    actor: row.actor,
    correlationId: row.correlation_id,
    causationId: row.causation_id,
    occurredAt: row.occurred_at,
    recordedAt: row.recorded_at,
  };
}

/** Column arrays for one multi-row insert through unnest: one statement whatever the batch size. */
export function insertParameters(streamId: string, expectedVersion: number, events: readonly NewEvent[]): unknown[] {
  return [
    events.map((event) => event.eventId),
    events.map(() => streamId),
    events.map((_, index) => expectedVersion + index + 1),
    events.map((event) => event.type),
    events.map((event) => event.schemaVersion),
    events.map((event) => JSON.stringify(event.data)),
    events.map((event) => JSON.stringify(event.actor)),
    events.map((event) => event.correlationId),
    events.map((event) => event.causationId),
    events.map((event) => event.occurredAt),
  ];
}
