import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Actor } from '@keystone/domain';

/** An event in the store, or one of the office's acts kept beside it (a notice issued, a month's reports chased, a template revised), which have no position, stream or correlation. */
export interface AuditEntry {
  position: string | null;
  streamId: string | null;
  type: string;
  actor: Actor;
  data: unknown;
  correlationId: string | null;
  occurredAt: string;
  recordedAt: string;
}

export interface AuditPage {
  limit: number;
  offset: number;
}

interface AuditRow {
  global_position: string | null;
  stream_id: string | null;
  type: string;
  actor: Actor;
  data: unknown;
  correlation_id: string | null;
  occurred_at: Date;
  recorded_at: Date;
}

/** The acting user as the events record one, for the office's acts kept outside the store. */
const USER_ACTOR = `jsonb_strip_nulls(jsonb_build_object('kind', 'user', 'userId', u.id, 'username', $1::text, 'role', u.role))`;

/**
 * Everything a user did: the events that name them as actor, every change to a project being one, and the
 * office's acts that are kept in tables of their own because they belong to no project's stream.
 */
const ACTIONS = `
  SELECT global_position, stream_id, type, actor, data, correlation_id, occurred_at, recorded_at
    FROM events WHERE actor->>'username' = $1
  UNION ALL
  SELECT NULL, NULL, 'NoticeIssued', ${USER_ACTOR}, jsonb_build_object('period', n.period, 'deliveries', n.deliveries), NULL, n.issued_at, n.issued_at
    FROM notices_issued n LEFT JOIN users u ON u.username = n.issued_by WHERE n.issued_by = $1
  UNION ALL
  SELECT NULL, NULL, 'InvestmentReportsChased', ${USER_ACTOR},
         jsonb_build_object('month', c.month, 'projects', c.projects, 'deliveries', c.deliveries), NULL, c.chased_at, c.chased_at
    FROM investment_report_chases c LEFT JOIN users u ON u.username = c.chased_by WHERE c.chased_by = $1
  UNION ALL
  SELECT NULL, NULL, 'TemplateRevised', ${USER_ACTOR}, jsonb_build_object('templateId', r.template_id, 'previous', r.previous), NULL, r.revised_at, r.revised_at
    FROM project_template_revisions r LEFT JOIN users u ON u.username = r.revised_by WHERE r.revised_by = $1`;

/** A user's actions, newest first: every event records who acted, and every notice issued and chase who made it. */
@Injectable()
export class AuditTrailService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The events are found through the index on (actor->>'username', global_position). */
  async actionsOf(username: string, page: AuditPage): Promise<{ total: number; items: AuditEntry[] }> {
    const [rows, [{ total }]] = await Promise.all([
      this.dataSource.query(`SELECT * FROM (${ACTIONS}) actions ORDER BY recorded_at DESC, global_position DESC NULLS LAST LIMIT $2 OFFSET $3`, [username, page.limit, page.offset]),
      this.dataSource.query(`SELECT count(*)::int AS total FROM (${ACTIONS}) actions`, [username]),
    ]);
    return { total, items: (rows as AuditRow[]).map(toEntry) };
  }
}

function toEntry(row: AuditRow): AuditEntry {
  return {
    position: row.global_position === null ? null : String(row.global_position),
    streamId: row.stream_id,
    type: row.type,
    actor: row.actor,
    data: row.data,
    correlationId: row.correlation_id,
    occurredAt: row.occurred_at.toISOString(),
    recordedAt: row.recorded_at.toISOString(),
  };
}
