import { EntityManager } from 'typeorm';
import { RecordedEvent } from '@keystone/contracts';
import { EVENT_COLUMNS, EventRow, toRecordedEvent } from '../event-rows';
import { LogPosition } from './log-position';

export interface LoggedEvent {
  event: RecordedEvent;
  position: LogPosition;
  /** Its transaction is below the horizon the read was made against: nothing can commit before it any more. */
  settled: boolean;
}

interface LogRow extends EventRow {
  transaction_id: string;
  settled: boolean;
}

/** The oldest transaction still running: every event of a transaction below it has committed or never will. */
export async function settledHorizon(manager: EntityManager): Promise<string> {
  const [{ horizon }]: { horizon: string }[] = await manager.query(`SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS horizon`);
  return horizon;
}

/** The next events after `after` whose transactions are all settled: what a projector may apply and pass. */
export function readSettledAfter(manager: EntityManager, after: LogPosition, limit: number, horizon: string): Promise<LoggedEvent[]> {
  return readAfter(manager, after, limit, horizon, 'AND transaction_id < $3::xid8');
}

/** The next committed events after `after`, settled or not, each marked against `horizon`. */
export function readCommittedAfter(manager: EntityManager, after: LogPosition, limit: number, horizon: string): Promise<LoggedEvent[]> {
  return readAfter(manager, after, limit, horizon, '');
}

/** The events of `position`'s transaction after it, so that a batch cut short by its limit can end on a whole transaction. */
export function readRestOfTransaction(manager: EntityManager, position: LogPosition, horizon: string): Promise<LoggedEvent[]> {
  return readAfter(manager, position, 'ALL', horizon, 'AND transaction_id = $1::xid8');
}

// ORDER BY names the table's column: a bare `transaction_id` is the text output column of that name, which
// sorts '1000' before '999', and a reader paging on from '1000' would never see '999'.
async function readAfter(manager: EntityManager, after: LogPosition, limit: number | 'ALL', horizon: string, condition: string): Promise<LoggedEvent[]> {
  const rows: LogRow[] = await manager.query(
    `SELECT ${EVENT_COLUMNS}, transaction_id::text AS transaction_id, transaction_id < $3::xid8 AS settled
     FROM events
     WHERE (transaction_id, global_position) > ($1::xid8, $2::bigint) ${condition}
     ORDER BY events.transaction_id, global_position
     LIMIT ${limit === 'ALL' ? 'ALL' : Number(limit)}`,
    [after.transactionId, after.globalPosition, horizon],
  );
  return rows.map((row) => ({
    event: toRecordedEvent(row),
    position: { transactionId: row.transaction_id, globalPosition: String(row.global_position) },
    settled: row.settled,
  }));
}
