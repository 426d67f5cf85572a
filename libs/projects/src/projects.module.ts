import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CalendarModule } from '@keystone/calendar';
import { ReferenceDataModule } from '@keystone/reference-data';
import { AlertInboxEntity } from './alerts/alert-inbox.entity';
import { EscalationService } from './alerts/escalation.service';
import { ProblemEntity } from './alerts/problem.entity';
import { BoardExportService } from './board/board-export.service';
import { ProjectBoardService } from './board/project-board.service';
import { InvestmentReportsService } from './investment/investment-reports.service';
import { OwnerApplicationsService } from './applications/owner-applications.service';
import { TemplateAdoptionService } from './template-adoption/template-adoption.service';
import { ProjectUpdatesService } from './updates/project-updates.service';
import { ProjectBoardEntity } from './read-models/project-board.entity';
import { TaskInboxEntity } from './read-models/task-inbox.entity';
import { ProjectRegistrationService } from './registration/project-registration.service';
import { TaskDecisionsService } from './tasks/task-decisions.service';

const SERVICES = [ProjectRegistrationService, ProjectBoardService, BoardExportService, TaskDecisionsService, ProjectUpdatesService, EscalationService, InvestmentReportsService, OwnerApplicationsService, TemplateAdoptionService];

/** The API side of projects: registration, the board, task decisions and escalation. Needs the Temporal client. */
@Module({
  imports: [TypeOrmModule.forFeature([ProjectBoardEntity, TaskInboxEntity, AlertInboxEntity, ProblemEntity]), ReferenceDataModule, CalendarModule],
  providers: SERVICES,
  exports: [...SERVICES, ReferenceDataModule],
})
export class ProjectsModule {}
