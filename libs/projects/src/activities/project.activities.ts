import { Injectable } from '@nestjs/common';
import { ApplicationFailure } from '@temporalio/common';
import { CalendarService } from '@keystone/calendar';
import { AppendProjectEventsInput, PlanStageDeadlineInput, ProjectActivities, STREAM_VERSION_CONFLICT } from '@keystone/contracts';
import { StageDeadline, planStageDeadline } from '@keystone/domain';
import { EventStore, StreamVersionConflictError } from '@keystone/event-store';

/** The project workflow's activities. Arrow properties keep `this` when the worker registers them. */
@Injectable()
export class ProjectActivitiesService implements ProjectActivities {
  constructor(
    private readonly eventStore: EventStore,
    private readonly calendars: CalendarService,
  ) {}

  appendProjectEvents = async (input: AppendProjectEventsInput): Promise<void> => {
    try {
      await this.eventStore.append(input);
    } catch (error) {
      if (error instanceof StreamVersionConflictError) throw ApplicationFailure.nonRetryable(error.message, STREAM_VERSION_CONFLICT);
      throw error;
    }
  };

  planStageDeadline = async (input: PlanStageDeadlineInput): Promise<StageDeadline> => {
    const { calendar, version } = this.calendars;
    const levels = { warningShare: input.warningShare, secondLevelAfterWorkingDays: input.secondLevelAfterWorkingDays };
    return planStageDeadline(calendar, version, new Date(input.openedAt), input.timeLimit, levels);
  };
}
