import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { RobotKind } from './robot-message';

/** A group robot the office has Keystone post alerts to. */
@Entity('webhooks')
export class WebhookEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column()
  name: string;

  @Column({ type: 'text' })
  kind: RobotKind;

  @Column()
  url: string;

  /** DingTalk's signing secret (加签); kept to sign every attempt, never shown again. */
  @Column({ type: 'text', nullable: true })
  secret: string | null;

  @Column()
  enabled: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
