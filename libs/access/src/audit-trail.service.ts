import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Actor } from '@keystone/domain';

export interface AuditEntry {
  position: string;
  streamId: string;
  type: string;
  actor: Actor;
  data: unknown;
  correlationId: string;
  occurredAt: string;
  recordedAt: string;
}

export interface AuditPage {
  limit: number;
  offset: number;
}

interface AuditRow {
  global_position: string;
  stream_id: string;
  type: string;
  actor: Actor;
  data: unknown;
  correlation_id: string;
  occurred_at: Date;
  recorded_at: Date;
}

/** A user's actions, read from the event store itself: every event records who acted, so nothing can be left out. */
@Injectable()
export class AuditTrailService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Newest first; served by the index on (actor->>'username', global_position). */
  async actionsOf(username: string, page: AuditPage): Promise<{ total: number; items: AuditEntry[] }> {
    const rows: AuditRow[] = await this.dataSource.query(
      `SELECT global_position, stream_id, type, actor, data, correlation_id, occurred_at, recorded_at
         FROM events WHERE actor->>'username' = $1 ORDER BY global_position DESC LIMIT $2 OFFSET $3`,
      [username, page.limit, page.offset],
    );
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total FROM events WHERE actor->>'username' = $1`, [username]);
    return { total, items: rows.map(toEntry) };
  }
}

function toEntry(row: AuditRow): AuditEntry {
  return {
    position: String(row.global_position),
    streamId: row.stream_id,
    type: row.type,
    actor: row.actor,
    data: row.data,
    correlationId: row.correlation_id,
    occurredAt: row.occurred_at.toISOString(),
    recordedAt: row.recorded_at.toISOString(),
  };
}
