import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ReferenceDataModule } from '@keystone/reference-data';
import { ProjectBoardEntity } from '../read-models/project-board.entity';
import { ProjectUpdatesService } from '../updates/project-updates.service';
import { TemplateRolloutActivitiesService } from './template-rollout.activities';

/** For the worker process, beside the Temporal client module: the rollout workflow's activities. */
@Module({
  imports: [TypeOrmModule.forFeature([ProjectBoardEntity]), ReferenceDataModule],
  providers: [ProjectUpdatesService, TemplateRolloutActivitiesService],
  exports: [TemplateRolloutActivitiesService],
})
export class TemplateRolloutModule {}
