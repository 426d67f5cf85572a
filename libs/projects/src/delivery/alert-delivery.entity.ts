import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { RobotMessage } from './robot-message';

export type DeliveryStatus = 'pending' | 'delivered' | 'failed';

/** One alert queued for one webhook; the id `${alertId}:${webhookId}` is the receivers' idempotency key. */
@Entity('alert_deliveries')
export class AlertDeliveryEntity {
  @PrimaryColumn()
  id: string;

  @Column({ name: 'webhook_id', type: 'uuid' })
  webhookId: string;

  @Column({ name: 'alert_id' })
  alertId: string;

  @Column({ type: 'jsonb' })
  payload: RobotMessage;

  @Column({ type: 'text' })
  status: DeliveryStatus;

  @Column({ type: 'int' })
  attempts: number;

  @Column({ name: 'next_attempt_at', type: 'timestamptz' })
  nextAttemptAt: Date;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  @Column({ name: 'delivered_at', type: 'timestamptz', nullable: true })
  deliveredAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
