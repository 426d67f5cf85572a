import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('problems')
export class ProblemEntity {
  @PrimaryColumn()
  id: string;

  @Column({ name: 'project_code' })
  projectCode: string;

  @Column({ name: 'project_name' })
  projectName: string;

  @Column()
  leader: string;

  @Column()
  description: string;

  @Column({ name: 'responsible_unit' })
  responsibleUnit: string;

  @Column({ name: 'rectification_deadline', type: 'date' })
  rectificationDeadline: string;

  @Column()
  status: string;

  @Column({ name: 'raised_at', type: 'timestamptz' })
  raisedAt: Date;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Column({ name: 'closing_note', type: 'text', nullable: true })
  closingNote: string | null;
}
