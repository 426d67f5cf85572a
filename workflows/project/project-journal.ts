import { ApplicationFailure, proxyLocalActivities, uuid4 } from '@temporalio/workflow';
import type { NewEvent, ProjectActivities } from '@keystone/contracts';
import { DOMAIN_REJECTION, STREAM_VERSION_CONFLICT } from '@keystone/contracts';
import {
  Actor,
  DEFAULT_ESCALATION_LEVELS,
  DomainError,
  PROJECT_EVENT_SCHEMA_VERSIONS,
  ProjectCommand,
  ProjectEvent,
  ProjectState,
  currentStageProgress,
  decide,
  fold,
  StageDeadline,
  StageTemplate,
  stageAwaitingOpening,
  stageClockAdjustment,
  statutoryClockAdjustment,
  systemActor,
} from '@keystone/domain';

// Local activities: appends are short idempotent writes, and a regular activity would add a
// server round trip to every decision (FIELD-NOTES).
const { appendProjectEvents, planStageDeadline, measureClockUse } = proxyLocalActivities<ProjectActivities>({
  startToCloseTimeout: '10 seconds',
  retry: { initialInterval: '50 ms', maximumInterval: '5 seconds', nonRetryableErrorTypes: [STREAM_VERSION_CONFLICT] },
});

interface Origin {
  actor: Actor;
  correlationId: string;
}

/**
 * The project's state and the single path by which it changes: decide, record, fold. Commands run one
 * at a time, so concurrent Updates never race on the stream version.
 */
export class ProjectJournal {
  private tail: Promise<unknown> = Promise.resolve();

  /** @param features false for runs recorded before the feature existed (patches `stage-clocks`, `statutory-clocks`). */
  constructor(
    private current: ProjectState | undefined,
    private readonly features: { clocks: boolean; statutory: boolean },
  ) {}

  get state(): ProjectState | undefined {
    return this.current;
  }

  /** Throws the refusal a command would meet now; used by Update validators, which must be synchronous. */
  check(command: ProjectCommand): void {
    toFailure(() => decide(this.current, command));
  }

  execute(command: ProjectCommand, origin: Origin): Promise<ProjectState> {
    return this.serially(() => this.record(command, origin));
  }

  /** Plans the running stage clock again on a corrected calendar; records a move only if the instants changed. */
  recomputeDeadline(years: number[], at: string): Promise<ProjectState> {
    return this.serially(async () => {
      const progress = this.current && currentStageProgress(this.current);
      if (!progress?.runningSince) return this.current!;
      const deadline = await planStageDeadline({
        openedAt: progress.runningSince,
        timeLimit: progress.timeLimit,
        ...progress.levels,
        used: progress.used,
        extensionWorkingDays: progress.extensionWorkingDays,
      });
      const origin = { actor: systemActor('calendar-correction'), correlationId: `calendar:${years.join(',')}` };
      return this.record({ type: 'RecomputeStageDeadline', deadline, years, at }, origin);
    });
  }

  private serially(work: () => Promise<ProjectState>): Promise<ProjectState> {
    const run = this.tail.then(work);
    this.tail = run.catch(() => undefined);
    return run;
  }

  private async record(command: ProjectCommand, origin: Origin): Promise<ProjectState> {
    const causationId = uuid4();
    const stamped = toFailure(() => decide(this.current, command)).map((event) => this.stamp(event, command.at, origin, causationId));
    if (stamped.length === 0) return this.current!;
    const events = [...stamped, ...(await this.settle(stamped, command.at, origin))];
    const expectedVersion = this.current?.version ?? 0;
    await appendProjectEvents({ streamId: codeOf(events[0].event, this.current), expectedVersion, events: events.map(({ envelope }) => envelope) });
    this.current = fold(events.map(({ event }) => event), this.current);
    return this.current!;
  }

  /**
   * What follows from the command by the project's own rules: the next stage opens, the stage clock stops
   * or restarts. Each needs the calendar, which only an activity may read; all land in the same append.
   */
  private async settle(stamped: Stamped[], at: string, origin: Origin): Promise<Stamped[]> {
    const followUps: Stamped[] = [];
    for (let state = this.after(stamped); ; state = this.after([...stamped, ...followUps])) {
      const next = await this.followUp(state, at);
      if (!next) return followUps;
      const actor = systemActor(next.rule);
      const causationId = uuid4();
      followUps.push(...decide(state, next.command).map((event) => this.stamp(event, at, { actor, correlationId: origin.correlationId }, causationId)));
    }
  }

  private async followUp(state: ProjectState, at: string): Promise<FollowUp | undefined> {
    const stage = stageAwaitingOpening(state);
    if (stage) {
      const levels = stage.escalation ?? DEFAULT_ESCALATION_LEVELS;
      const deadline = await planStageDeadline({ openedAt: at, timeLimit: stage.timeLimit, ...levels });
      const statutoryDeadlines = this.features.statutory ? await this.planStatutoryDeadlines(stage, at) : undefined;
      return { rule: 'stage-sequence', command: { type: 'OpenNextStage', deadline, at, ...(statutoryDeadlines && { statutoryDeadlines }) } };
    }
    return (await this.stageClockFollowUp(state, at)) ?? (await this.statutoryClockFollowUp(state, at));
  }

  private async planStatutoryDeadlines(stage: StageTemplate, at: string): Promise<Record<string, StageDeadline>> {
    const deadlines: Record<string, StageDeadline> = {};
    for (const task of stage.tasks) {
      if (task.statutoryLimit) deadlines[task.key] = await planStageDeadline({ openedAt: at, timeLimit: task.statutoryLimit, ...DEFAULT_ESCALATION_LEVELS });
    }
    return deadlines;
  }

  private async statutoryClockFollowUp(state: ProjectState, at: string): Promise<FollowUp | undefined> {
    const adjustment = this.features.statutory ? statutoryClockAdjustment(state) : undefined;
    if (!adjustment) return undefined;
    const { task } = adjustment;
    const { limit, used } = task.statutory!;
    if (adjustment.kind === 'stop') {
      const more = await measureClockUse({ since: adjustment.since, until: at, timeLimit: limit });
      return { rule: 'statutory-clock:stop', command: { type: 'StopStatutoryClock', taskId: task.id, used: used + more, at } };
    }
    const restartedAt = adjustment.segmentStart ?? at;
    const deadline = await planStageDeadline({ openedAt: restartedAt, timeLimit: limit, ...DEFAULT_ESCALATION_LEVELS, used });
    return { rule: 'statutory-clock:restart', command: { type: 'RestartStatutoryClock', taskId: task.id, deadline, restartedAt, at } };
  }

  private async stageClockFollowUp(state: ProjectState, at: string): Promise<FollowUp | undefined> {
    const adjustment = this.features.clocks ? stageClockAdjustment(state) : undefined;
    const progress = currentStageProgress(state);
    if (!adjustment || !progress) return undefined;
    if (adjustment.kind === 'stop') {
      const used = progress.used + (await measureClockUse({ since: adjustment.since, until: at, timeLimit: progress.timeLimit }));
      return { rule: 'stage-clock:stop', command: { type: 'StopStageClock', used, reason: adjustment.reason, at } };
    }
    const restartedAt = adjustment.segmentStart ?? at;
    const deadline = await planStageDeadline({
      openedAt: restartedAt,
      timeLimit: progress.timeLimit,
      ...progress.levels,
      used: progress.used,
      extensionWorkingDays: progress.extensionWorkingDays,
    });
    return { rule: 'stage-clock:restart', command: { type: 'RestartStageClock', deadline, restartedAt, at } };
  }

  private after(stamped: Stamped[]): ProjectState {
    return fold(stamped.map(({ event }) => event), this.current)!;
  }

  private stamp(event: ProjectEvent, at: string, origin: Origin, causationId: string): Stamped {
    const envelope: NewEvent = {
      eventId: uuid4(),
      type: event.type,
      schemaVersion: PROJECT_EVENT_SCHEMA_VERSIONS[event.type],
      data: event.data,
      actor: origin.actor,
      occurredAt: at,
      correlationId: origin.correlationId,
      causationId,
    };
    return { event, envelope };
  }
}

interface FollowUp {
  rule: string;
  command: ProjectCommand;
}

interface Stamped {
  event: ProjectEvent;
  envelope: NewEvent;
}

function codeOf(first: ProjectEvent, state: ProjectState | undefined): string {
  return state?.code ?? (first.type === 'ProjectRegistered' ? first.data.profile.code : '');
}

/** Domain refusals cross into Temporal as non-retryable failures that keep their kind and field. */
function toFailure<T>(fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    throw ApplicationFailure.create({ type: DOMAIN_REJECTION, message: error.message, details: [error.details], nonRetryable: true });
  }
}
