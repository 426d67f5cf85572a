import { Injectable } from '@nestjs/common';
import { ApplicationFailure } from '@temporalio/common';
import { CalendarService } from '@keystone/calendar';
import {
  AppendProjectEventsInput,
  MeasureClockUseInput,
  PlanFixedDeadlineInput,
  PlanStageDeadlineInput,
  PlanStageOpeningInput,
  StageOpeningPlan,
  ProjectActivities,
  STREAM_VERSION_CONFLICT,
} from '@keystone/contracts';
import { DEFAULT_ESCALATION_LEVELS, EscalationLevels, PlannedInstants, StageDeadline, TimeLimit, measureClockUse, planFixedDeadline, planStageDeadline } from '@keystone/domain';
import { EventStore, StreamVersionConflictError } from '@keystone/event-store';

/** The project workflow's activities. Arrow properties keep `this` when the worker registers them. */
@Injectable()
export class ProjectActivitiesService implements ProjectActivities {
  constructor(
    private readonly eventStore: EventStore,
    private readonly calendars: CalendarService,
  ) {}

  /** The activities by the names workflows call them. */
  asActivities(): ProjectActivities {
    const { appendProjectEvents, planStageDeadline, planStageOpening, measureClockUse, planFixedDeadline } = this;
    return { appendProjectEvents, planStageDeadline, planStageOpening, measureClockUse, planFixedDeadline };
  }

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
    const progress = { used: input.used ?? 0, extensionWorkingDays: input.extensionWorkingDays ?? 0 };
    return planStageDeadline(calendar, version, new Date(input.openedAt), input.timeLimit, levels, progress);
  };

  planStageOpening = async ({ statutoryLimits, promisedLimits = {}, ...stage }: PlanStageOpeningInput): Promise<StageOpeningPlan> => {
    const planAll = async (limits: Record<string, TimeLimit>, levels: EscalationLevels) => {
      const deadlines: Record<string, StageDeadline> = {};
      for (const [key, timeLimit] of Object.entries(limits)) deadlines[key] = await this.planStageDeadline({ ...levels, openedAt: stage.openedAt, timeLimit });
      return deadlines;
    };
    return {
      deadline: await this.planStageDeadline(stage),
      statutoryDeadlines: await planAll(statutoryLimits, DEFAULT_ESCALATION_LEVELS),
      promisedDeadlines: await planAll(promisedLimits, stage),
    };
  };

  measureClockUse = async (input: MeasureClockUseInput): Promise<number> =>
    measureClockUse(this.calendars.calendar, new Date(input.since), new Date(input.until), input.timeLimit);

  planFixedDeadline = async (input: PlanFixedDeadlineInput): Promise<PlannedInstants> =>
    planFixedDeadline(this.calendars.calendar, this.calendars.version, input.dueDate, input.secondLevelAfterWorkingDays);
}
