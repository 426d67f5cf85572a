import { Module } from '@nestjs/common';
import { CalendarModule } from '@keystone/calendar';
import { EventLogModule } from '@keystone/event-store';
import { ProjectsModule } from '../projects.module';
import { ProjectTimeTravelService } from '../time-travel/project-time-travel.service';
import { ProjectHistoryService } from './project-history.service';

/** Reading projects from their events: the operator's timeline and time travel. Needs the Temporal client. */
@Module({
  imports: [EventLogModule, ProjectsModule, CalendarModule],
  providers: [ProjectHistoryService, ProjectTimeTravelService],
  exports: [ProjectHistoryService, ProjectTimeTravelService],
})
export class ProjectHistoryModule {}
