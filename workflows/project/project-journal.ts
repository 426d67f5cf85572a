import { ApplicationFailure, uuid4 } from '@temporalio/workflow';
import type { NewEvent } from '@keystone/contracts';
import { DOMAIN_REJECTION } from '@keystone/contracts';
import {
  Actor,
  DomainError,
  PROJECT_EVENT_SCHEMA_VERSIONS,
  ProjectCommand,
  ProjectEvent,
  ProjectState,
  currentStageProgress,
  decide,
  fold,
  systemActor,
} from '@keystone/domain';
import { Features, nextFollowUp, planRunningStage } from './project-follow-ups';
import { appendProjectEvents } from './project.activities';

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

  constructor(
    private current: ProjectState | undefined,
    private readonly features: Features,
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
      const deadline = await planRunningStage(progress, progress.runningSince);
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
      const next = await nextFollowUp(state, at, this.features);
      if (!next) return followUps;
      const actor = systemActor(next.rule);
      const causationId = uuid4();
      followUps.push(...decide(state, next.command).map((event) => this.stamp(event, at, { actor, correlationId: origin.correlationId }, causationId)));
    }
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
