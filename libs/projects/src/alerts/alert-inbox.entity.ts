import { Column, Entity, PrimaryColumn } from 'typeorm';
import { AlertExplanation, ClockSubject, Recipient } from '@keystone/domain';
import { ProjectRowColumns } from '../read-models/project-row-columns';

@Entity('alerts')
export class AlertInboxEntity extends ProjectRowColumns {
  @PrimaryColumn()
  id: string;

  @Column()
  township: string;

  @Column({ name: 'clock_id' })
  clockId: string;

  @Column({ type: 'jsonb' })
  subject: ClockSubject;

  @Column()
  level: string;

  @Column({ type: 'jsonb' })
  recipients: Recipient[];

  @Column({ name: 'recipient_codes', type: 'text', array: true })
  recipientCodes: string[];

  @Column()
  status: string;

  @Column({ name: 'raised_at', type: 'timestamptz' })
  raisedAt: Date;

  @Column({ type: 'jsonb' })
  explanation: AlertExplanation;

  @Column({ name: 'acknowledged_at', type: 'timestamptz', nullable: true })
  acknowledgedAt: Date | null;

  @Column({ name: 'acknowledged_by', type: 'text', nullable: true })
  acknowledgedBy: string | null;

  @Column({ type: 'jsonb' })
  instructions: { text: string; by: string; at: string; departments: string[] }[];

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
