import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ReferenceDataModule } from '@keystone/reference-data';
import { ProjectBoardService } from './board/project-board.service';
import { ProjectBoardEntity } from './read-models/project-board.entity';
import { TaskInboxEntity } from './read-models/task-inbox.entity';
import { ProjectRegistrationService } from './registration/project-registration.service';
import { TaskDecisionsService } from './tasks/task-decisions.service';

/** The API side of projects: registration, the board and task decisions. Needs the Temporal client. */
@Module({
  imports: [TypeOrmModule.forFeature([ProjectBoardEntity, TaskInboxEntity]), ReferenceDataModule],
  providers: [ProjectRegistrationService, ProjectBoardService, TaskDecisionsService],
  exports: [ProjectRegistrationService, ProjectBoardService, TaskDecisionsService, ReferenceDataModule],
})
export class ProjectsModule {}
