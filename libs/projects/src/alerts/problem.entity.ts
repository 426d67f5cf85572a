import { Column, Entity, PrimaryColumn } from 'typeorm';
import { ProjectRowColumns } from '../read-models/project-row-columns';

@Entity('problems')
export class ProblemEntity extends ProjectRowColumns {
  @PrimaryColumn()
  id: string;

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
