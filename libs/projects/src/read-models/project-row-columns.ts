import { Column } from 'typeorm';

/** The project columns a read-model row copies from the board, so inboxes need no join to show them. */
export abstract class ProjectRowColumns {
  @Column({ name: 'project_code' })
  projectCode: string;

  @Column({ name: 'project_name' })
  projectName: string;

  @Column()
  leader: string;
}
