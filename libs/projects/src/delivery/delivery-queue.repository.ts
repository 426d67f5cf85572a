import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { RobotKind, RobotMessage } from './robot-message';

export interface ClaimedDelivery {
  id: string;
  webhookId: string;
  kind: RobotKind;
  url: string;
  secret: string | null;
  payload: RobotMessage;
  /** Counting the attempt this claim is for. */
  attempts: number;
}

interface ClaimRow {
  id: string;
  webhook_id: string;
  kind: RobotKind;
  url: string;
  secret: string | null;
  payload: RobotMessage;
  attempts: number;
}

/*
 * SKIP LOCKED lets several workers claim at once without waiting on each other or taking the same row.
 * The claim commits at once: nothing is locked while a receiver is slow, and the lease (a later
 * next_attempt_at) makes the delivery due again if its worker dies before recording the outcome.
 */
const CLAIM = `
  WITH due AS (
    SELECT id FROM alert_deliveries
     WHERE status = 'pending' AND next_attempt_at <= now()
     ORDER BY next_attempt_at
     LIMIT $1
     FOR UPDATE SKIP LOCKED
  )
  UPDATE alert_deliveries d
     SET attempts = d.attempts + 1, next_attempt_at = now() + $2::double precision * interval '1 millisecond'
    FROM due, webhooks w
   WHERE d.id = due.id AND w.id = d.webhook_id
  RETURNING d.id, d.webhook_id, w.kind, w.url, w.secret, d.payload, d.attempts`;

// A claim records its outcome only while it still holds the lease: not after another worker re-claimed the row, nor after the webhook was disabled.
const STILL_CLAIMED = `id = $1 AND attempts = $2 AND status = 'pending'`;

/** The outbox of alert deliveries, as the dispatchers work through it. */
@Injectable()
export class DeliveryQueue {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async claimDue(limit: number, leaseMs: number): Promise<ClaimedDelivery[]> {
    const [rows]: [ClaimRow[], number] = await this.dataSource.query(CLAIM, [limit, leaseMs]);
    return rows.map(({ webhook_id, ...row }) => ({ ...row, webhookId: webhook_id }));
  }

  async markDelivered(claim: ClaimedDelivery): Promise<void> {
    await this.dataSource.query(`UPDATE alert_deliveries SET status = 'delivered', delivered_at = now(), last_error = NULL WHERE ${STILL_CLAIMED}`, [
      claim.id,
      claim.attempts,
    ]);
  }

  async reschedule(claim: ClaimedDelivery, reason: string, delayMs: number): Promise<void> {
    await this.dataSource.query(
      `UPDATE alert_deliveries SET last_error = $3, next_attempt_at = now() + $4::double precision * interval '1 millisecond' WHERE ${STILL_CLAIMED}`,
      [claim.id, claim.attempts, reason, delayMs],
    );
  }

  async giveUp(claim: ClaimedDelivery, reason: string): Promise<void> {
    await this.dataSource.query(`UPDATE alert_deliveries SET status = 'failed', last_error = $3 WHERE ${STILL_CLAIMED}`, [claim.id, claim.attempts, reason]);
  }
}
