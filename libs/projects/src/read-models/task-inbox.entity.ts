import { Column, Entity, PrimaryColumn } from 'typeorm';
import { ProjectRowColumns } from './project-row-columns';

@Entity('task_inbox')
export class TaskInboxEntity extends ProjectRowColumns {
  @PrimaryColumn()
  id: string;

  @Column()
  township: string;

  @Column()
  stage: string;

  @Column({ name: 'task_key' })
  taskKey: string;

  @Column()
  name: string;

  @Column()
  department: string;

  /** pending, returned, approved, refused, or closed when its project was refused elsewhere. */
  @Column()
  status: string;

  @Column({ name: 'assigned_at', type: 'timestamptz' })
  assignedAt: Date;

  @Column({ name: 'due_at', type: 'timestamptz', nullable: true })
  dueAt: Date | null;

  /** Whose limit `dueAt` is: the stage's, or the task's own promise (承诺时限). */
  @Column({ name: 'due_rule', type: 'text' })
  dueRule: 'stage' | 'promised';

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ name: 'last_comment', type: 'text', nullable: true })
  lastComment: string | null;

  /** Why the task was last returned for correction; it stays after the owner resubmits. */
  @Column({ name: 'return_reason', type: 'text', nullable: true })
  returnReason: string | null;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
