import { EntityManager } from 'typeorm';
import { LOG_START, LogPosition } from './log-position';

/**
 * Takes a projection's checkpoint for the rest of the transaction: a second projector of the same read
 * model (another worker, an operator's catch-up) waits here instead of applying the same events twice.
 */
export async function lockCheckpoint(manager: EntityManager, projection: string): Promise<LogPosition> {
  await manager.query(`INSERT INTO projection_checkpoints (projection) VALUES ($1) ON CONFLICT (projection) DO NOTHING`, [projection]);
  const [row]: { transaction_id: string; global_position: string }[] = await manager.query(
    `SELECT transaction_id::text AS transaction_id, global_position::text AS global_position FROM projection_checkpoints WHERE projection = $1 FOR UPDATE`,
    [projection],
  );
  return { transactionId: row.transaction_id, globalPosition: row.global_position };
}

/** Moves the checkpoint; called in the transaction that wrote the read model up to `position`. */
export async function saveCheckpoint(manager: EntityManager, projection: string, position: LogPosition): Promise<void> {
  await manager.query(
    `INSERT INTO projection_checkpoints (projection, transaction_id, global_position, updated_at) VALUES ($1, $2::xid8, $3, now())
     ON CONFLICT (projection) DO UPDATE SET transaction_id = excluded.transaction_id, global_position = excluded.global_position, updated_at = now()`,
    [projection, position.transactionId, position.globalPosition],
  );
}

/** Stored events a projection has not applied yet. */
export async function eventsBehind(manager: EntityManager, projection: string): Promise<number> {
  const [{ behind }]: { behind: number }[] = await manager.query(
    `SELECT count(*)::int AS behind FROM events
     WHERE (transaction_id, global_position) > (
       COALESCE((SELECT transaction_id FROM projection_checkpoints WHERE projection = $1), $2::xid8),
       COALESCE((SELECT global_position FROM projection_checkpoints WHERE projection = $1), $3::bigint))`,
    [projection, LOG_START.transactionId, LOG_START.globalPosition],
  );
  return behind;
}
