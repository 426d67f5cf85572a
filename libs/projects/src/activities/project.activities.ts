import { Injectable } from '@nestjs/common';
import { ApplicationFailure } from '@temporalio/common';
import { CalendarService } from '@keystone/calendar';
import {
  AppendAndSettleInput,
  AppendProjectEventsInput,
  NewEvent,
  RecordedEvent,
  toDomainEvent,
  toNewEvent,
  PlanFixedDeadlineInput,
  ProjectActivities,
  STREAM_VERSION_CONFLICT,
} from '@keystone/contracts';
import {
  CURRENT_FEATURES,
  DEFAULT_ESCALATION_LEVELS,
  EscalationLevels,
  MeasureClockUseInput,
  PlanStageDeadlineInput,
  PlanStageOpeningInput,
  PlannedInstants,
  SettledFollowUp,
  StageDeadline,
  StageOpeningPlan,
  TimeLimit,
  fold,
  measureClockUse,
  planFixedDeadline,
  planStageDeadline,
  settle,
  systemActor,
} from '@keystone/domain';
import { v5 as uuidv5 } from 'uuid';
import { EventStore, StreamVersionConflictError } from '@keystone/event-store';

/**
 * Follow-up events get ids derived from the command's first event id, so a retried append offers the
 * same ids and is recognised as already written.
 */
function stampFollowUps(settled: SettledFollowUp[], commandEventId: string, at: string, correlationId: string): NewEvent[] {
  return settled.flatMap(({ rule, events }, step) => {
    const causationId = uuidv5(`follow-up:${step}`, commandEventId);
    const origin = { actor: systemActor(rule), occurredAt: at, correlationId, causationId };
    return events.map((event, index) => toNewEvent(event, uuidv5(`follow-up:${step}:${index}`, commandEventId), origin));
  });
}

/** The project workflow's activities. Arrow properties keep `this` when the worker registers them. */
@Injectable()
export class ProjectActivitiesService implements ProjectActivities {
  constructor(
    private readonly eventStore: EventStore,
    private readonly calendars: CalendarService,
  ) {}

  /** The activities by the names workflows call them. */
  asActivities(): ProjectActivities {
    const { appendProjectEvents, appendAndSettle, planStageDeadline, planStageOpening, measureClockUse, planFixedDeadline } = this;
    return { appendProjectEvents, appendAndSettle, planStageDeadline, planStageOpening, measureClockUse, planFixedDeadline };
  }

  appendProjectEvents = async (input: AppendProjectEventsInput): Promise<void> => {
    await this.append(input);
  };

  /**
   * The command's events, then what the project's rules make follow from them (a stage opening, clocks
   * stopping), planned on the calendar here rather than one local activity at a time from the workflow.
   */
  appendAndSettle = async ({ state, at, correlationId, ...append }: AppendAndSettleInput): Promise<NewEvent[]> => {
    const settled = await settle(fold(append.events.map(toDomainEvent), state)!, at, CURRENT_FEATURES, this);
    const followUps = stampFollowUps(settled, append.events[0].eventId, at, correlationId);
    const stored = await this.append({ ...append, events: [...append.events, ...followUps] });
    return stored.slice(append.events.length).map(({ streamId: _stream, streamVersion: _version, globalPosition: _position, recordedAt: _recorded, ...event }) => event);
  };

  private async append(input: AppendProjectEventsInput): Promise<RecordedEvent[]> {
    try {
      return await this.eventStore.append(input);
    } catch (error) {
      if (error instanceof StreamVersionConflictError) throw ApplicationFailure.nonRetryable(error.message, STREAM_VERSION_CONFLICT);
      throw error;
    }
  }

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
