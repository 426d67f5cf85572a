import { Module } from '@nestjs/common';
import { CalendarModule } from '@keystone/calendar';
import { EventStoreModule } from '@keystone/event-store';
import { AlertDeliveryOutboxProjection } from '../delivery/alert-delivery-outbox.projection';
import { AlertInboxProjection } from '../read-models/alert-inbox.projection';
import { ProblemListProjection } from '../read-models/problem-list.projection';
import { ProjectBoardProjection } from '../read-models/project-board.projection';
import { TaskInboxProjection } from '../read-models/task-inbox.projection';
import { ProjectActivitiesService } from './project.activities';

export const PROJECT_INLINE_PROJECTIONS = [ProjectBoardProjection, TaskInboxProjection, AlertInboxProjection, ProblemListProjection, AlertDeliveryOutboxProjection];

@Module({
  imports: [EventStoreModule.withInlineProjections(PROJECT_INLINE_PROJECTIONS), CalendarModule],
  providers: [ProjectActivitiesService],
  exports: [ProjectActivitiesService],
})
export class ProjectActivitiesModule {}
