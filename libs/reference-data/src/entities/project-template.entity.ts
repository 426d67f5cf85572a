import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { StageTemplate } from '@keystone/domain';

@Entity('project_templates')
export class ProjectTemplateEntity {
  @PrimaryColumn()
  id: string;

  @Column()
  name: string;

  @Column({ name: 'project_type' })
  projectType: string;

  @Column({ type: 'jsonb' })
  stages: StageTemplate[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
