import { ApplicationFailure, uuid4 } from '@temporalio/workflow';
import { DOMAIN_REJECTION, toDomainEvent, toNewEvent } from '@keystone/contracts';
import type { NewEvent } from '@keystone/contracts';
import {
  Actor,
  CURRENT_RULES,
  DecisionRules,
  DomainError,
  Features,
  ProjectCommand,
  ProjectEvent,
  ProjectState,
  currentStageProgress,
  decide,
  fold,
  TASK_LIMIT_KINDS,
  planRunningStage,
  planTaskClock,
  runningTaskClocks,
  settle,
  systemActor,
} from '@keystone/domain';
import { appendAndSettle, appendProjectEvents, clockPlanner } from './project.activities';

interface Origin {
  actor: Actor;
  correlationId: string;
}

export interface JournalFeatures extends Features, DecisionRules {
  /** The append activity works out the follow-ups itself: one local activity per change instead of one per calendar question. */
  settleInAppend: boolean;
  /** A calendar correction moves the running task clocks (法定, 承诺时限) too, not only the stage's. */
  taskClockCorrections: boolean;
}

/**
 * The project's state and the single path by which it changes: decide, record, fold. Commands run one
 * at a time, so concurrent Updates never race on the stream version.
 */
export class ProjectJournal {
  private tail: Promise<unknown> = Promise.resolve();

  constructor(
    private current: ProjectState | undefined,
    private readonly features: JournalFeatures,
  ) {}

  get state(): ProjectState | undefined {
    return this.current;
  }

  /**
   * Throws the refusal a command would meet now; used by Update validators, which must be synchronous. Today's
   * rules hold here whatever the run's features: validators do not run on replay, and a refused Update never
   * reaches the history.
   */
  check(command: ProjectCommand): void {
    toFailure(() => decide(this.current, command, CURRENT_RULES));
  }

  execute(command: ProjectCommand, origin: Origin): Promise<ProjectState> {
    return this.serially(() => this.record(command, origin));
  }

  /** Plans the running clocks again on a corrected calendar; records a move for each whose instants changed. */
  recomputeDeadlines(years: number[], at: string): Promise<ProjectState> {
    return this.serially(async () => {
      const origin = { actor: systemActor('calendar-correction'), correlationId: `calendar:${years.join(',')}` };
      const progress = this.current && currentStageProgress(this.current);
      if (progress?.runningSince) {
        const deadline = await planRunningStage(progress, progress.runningSince, clockPlanner);
        await this.record({ type: 'RecomputeStageDeadline', deadline, years, at }, origin);
      }
      const taskClocks = this.features.taskClockCorrections && this.current ? runningTaskClocks(this.current, TASK_LIMIT_KINDS) : [];
      for (const { task, limit, progress: clock } of taskClocks) {
        const deadline = await planTaskClock(this.current!, limit, clock, clock.runningSince!, clockPlanner);
        await this.record({ type: 'RecomputeTaskDeadline', limit, taskId: task.id, deadline, years, at }, origin);
      }
      return this.current!;
    });
  }

  private serially(work: () => Promise<ProjectState>): Promise<ProjectState> {
    const run = this.tail.then(work);
    this.tail = run.catch(() => undefined);
    return run;
  }

  private async record(command: ProjectCommand, origin: Origin): Promise<ProjectState> {
    const decided = toFailure(() => decide(this.current, command, this.features));
    if (decided.length === 0) return this.current!;
    const at = command.at;
    const envelopes = stampAll(decided, at, origin.actor, origin.correlationId);
    const streamId = codeOf(decided[0], this.current);
    const expectedVersion = this.current?.version ?? 0;
    if (this.features.settleInAppend) {
      const followUps = await appendAndSettle({ streamId, expectedVersion, events: envelopes, state: this.current, at, correlationId: origin.correlationId });
      this.current = fold([...decided, ...followUps.map(toDomainEvent)], this.current);
      return this.current!;
    }
    const followUps = await this.settleHere(decided, at, origin.correlationId);
    await appendProjectEvents({ streamId, expectedVersion, events: [...envelopes, ...followUps.map(({ envelope }) => envelope)] });
    this.current = fold([...decided, ...followUps.map(({ event }) => event)], this.current);
    return this.current!;
  }

  /** Runs recorded before `settleInAppend` asked the calendar from the workflow, one local activity per question. */
  private async settleHere(decided: ProjectEvent[], at: string, correlationId: string): Promise<{ event: ProjectEvent; envelope: NewEvent }[]> {
    const settled = await settle(fold(decided, this.current)!, at, this.features, clockPlanner);
    return settled.flatMap(({ rule, events }) => {
      const envelopes = stampAll(events, at, systemActor(rule), correlationId);
      return events.map((event, index) => ({ event, envelope: envelopes[index] }));
    });
  }
}

/** The events of one command or follow-up share a causation id; ids come from the workflow's seeded random. */
function stampAll(events: ProjectEvent[], at: string, actor: Actor, correlationId: string): NewEvent[] {
  const causationId = uuid4();
  return events.map((event) => toNewEvent(event, uuid4(), { actor, occurredAt: at, correlationId, causationId }));
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
