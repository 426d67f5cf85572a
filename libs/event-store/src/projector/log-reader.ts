import { EntityManager } from 'typeorm';
import { RecordedEvent } from '@keystone/contracts';
import { EventRow, eventColumns, toRecordedEvent } from '../event-rows';
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

/**
 * Parts of events' data, as JSON paths by event type, that no projection reads: the log is read without them
 * where they are most of its bytes. A projection that reads one anyway fails on it rather than fold an absence.
 */
export type UnreadData = Readonly<Record<string, readonly (readonly string[])[]>>;

/** The oldest transaction still running: every event of a transaction below it has committed or never will. */
export async function settledHorizon(manager: EntityManager): Promise<string> {
  const [{ horizon }]: { horizon: string }[] = await manager.query(`SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS horizon`);
  return horizon;
}

/** Reads the log in transaction order as the projections read it: each event's data less what none of them reads. */
export class LogReader {
  private readonly columns: string;

  constructor(private readonly unread: UnreadData = {}) {
    this.columns = eventColumns(projectedData(unread));
  }

  /** The next events after `after` whose transactions are all settled: what a projector may apply and pass. */
  settledAfter(manager: EntityManager, after: LogPosition, limit: number, horizon: string): Promise<LoggedEvent[]> {
    return this.readAfter(manager, after, limit, horizon, 'AND transaction_id < $3::xid8');
  }

  /** The next committed events after `after`, settled or not, each marked against `horizon`. */
  committedAfter(manager: EntityManager, after: LogPosition, limit: number, horizon: string): Promise<LoggedEvent[]> {
    return this.readAfter(manager, after, limit, horizon, '');
  }

  /** The events of `position`'s transaction after it, so that a batch cut short by its limit can end on a whole transaction. */
  restOfTransaction(manager: EntityManager, position: LogPosition, horizon: string): Promise<LoggedEvent[]> {
    return this.readAfter(manager, position, 'ALL', horizon, 'AND transaction_id = $1::xid8');
  }

  // ORDER BY names the table's column: a bare `transaction_id` is the text output column of that name, which
  // sorts '1000' before '999', and a reader paging on from '1000' would never see '999'.
  private async readAfter(manager: EntityManager, after: LogPosition, limit: number | 'ALL', horizon: string, condition: string): Promise<LoggedEvent[]> {
    const rows: LogRow[] = await manager.query(
      `SELECT ${this.columns}, transaction_id::text AS transaction_id, transaction_id < $3::xid8 AS settled
       FROM events
       WHERE (transaction_id, global_position) > ($1::xid8, $2::bigint) ${condition}
       ORDER BY events.transaction_id, global_position
       LIMIT ${limit === 'ALL' ? 'ALL' : Number(limit)}`,
      [after.transactionId, after.globalPosition, horizon],
    );
    return rows.map((row) => ({
      event: this.guarded(toRecordedEvent(row)),
      position: { transactionId: row.transaction_id, globalPosition: String(row.global_position) },
      settled: row.settled,
    }));
  }

  /** A projection that reads what was left out fails, rather than fold an absence into its model. */
  private guarded(event: RecordedEvent): RecordedEvent {
    for (const path of Object.hasOwn(this.unread, event.type) ? this.unread[event.type] : []) {
      const parent = path.slice(0, -1).reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], event.data);
      if (parent === null || typeof parent !== 'object') continue;
      Object.defineProperty(parent, path[path.length - 1], {
        enumerable: false,
        get: () => {
          throw new Error(`${event.type} ${path.join('.')} is left out of the log the projections read; take it out of their unread data if one of them needs it`);
        },
      });
    }
    return event;
  }
}

/** The data column with the unread paths of each named type taken out. */
function projectedData(unread: UnreadData): string {
  const cases = Object.entries(unread)
    .filter(([, paths]) => paths.length > 0)
    .map(([type, paths]) => `WHEN '${plainName(type)}' THEN data ${paths.map((path) => `#- '{${path.map(plainName).join(',')}}'`).join(' ')}`);
  return cases.length > 0 ? `CASE type ${cases.join(' ')} ELSE data END` : 'data';
}

/** Names are written into the statement, so only plain ones are taken. */
function plainName(name: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`unread data: "${name}" is not a plain event type or key`);
  return name;
}
