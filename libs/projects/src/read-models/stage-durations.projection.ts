import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { RecordedEvent } from '@keystone/contracts';
import { AsyncProjection } from '@keystone/event-store';
import { ProjectEvent } from '@keystone/domain';
import { toProjectEvent } from '../events/project-event-codec';

type Statement = [sql: string, parameters: unknown[]];

/** What each event does to the stage rows; a new event type does not compile until it is listed here. */
type StageStatements = { [E in ProjectEvent as E['type']]: (data: E['data'], code: string) => Statement | undefined };

/** Seconds from `start` to the instant in $3, zero when `start` is null. */
const secondsSince = (start: string) => `COALESCE(EXTRACT(EPOCH FROM ($3::timestamptz - ${start})), 0)`;

const update = (code: string, stage: string, assignments: string, value: string): Statement => [
  `UPDATE stage_durations SET ${assignments} WHERE project_code = $1 AND stage = $2`,
  [code, stage, value],
];

const ADD_DEPARTMENT = `departments = CASE WHEN $3 = ANY (departments) THEN departments ELSE array_append(departments, $3) END`;
const RESTART = `stopped_seconds = stopped_seconds + ${secondsSince('clock_stopped_at')}, clock_stopped_at = NULL`;

/** Ends the stage at $3; a stop still running then counts up to that instant. */
const closing = (outcome: 'closed' | 'refused') => {
  const stopped = `stopped_seconds + ${secondsSince('clock_stopped_at')}`;
  return `closed_at = $3, outcome = '${outcome}', clock_stopped_at = NULL, stopped_seconds = ${stopped},
    handling_seconds = ${secondsSince('opened_at')} - (${stopped})`;
};

const nothing = () => undefined;

const STATEMENTS: StageStatements = {
  StageOpened: (data, code) => [
    `INSERT INTO stage_durations (project_code, stage, stage_name, opened_at, outcome) VALUES ($1, $2, $3, $4, 'open')`,
    [code, data.stage, data.name, data.openedAt],
  ],
  TaskAssigned: (data, code) => update(code, data.stage, ADD_DEPARTMENT, data.department),
  TaskReassigned: (data, code) => update(code, data.stage, ADD_DEPARTMENT, data.toDepartment),
  StageClockStopped: (data, code) => update(code, data.stage, 'clock_stopped_at = COALESCE(clock_stopped_at, $3)', data.stoppedAt),
  StageClockRestarted: (data, code) => update(code, data.stage, RESTART, data.restartedAt),
  StageClosed: (data, code) => update(code, data.stage, closing('closed'), data.closedAt),
  ProjectRefused: (data, code) => update(code, data.stage, closing('refused'), data.refusedAt),
  ProjectRegistered: nothing,
  TaskDecided: nothing,
  TaskResubmitted: nothing,
  ProjectCompleted: nothing,
  WarningRaised: nothing,
  EscalationRaised: nothing,
  AlertAcknowledged: nothing,
  InstructionGiven: nothing,
  DeadlineExtended: nothing,
  ProjectSuspended: nothing,
  ProjectResumed: nothing,
  ProblemRaised: nothing,
  ProblemClosed: nothing,
  SpecialProcedureStarted: nothing,
  SpecialProcedureEnded: nothing,
  DeadlineRecomputed: nothing,
  StatutoryClockStopped: nothing,
  StatutoryClockRestarted: nothing,
  PromisedClockStopped: nothing,
  PromisedClockRestarted: nothing,
};

/**
 * How long each stage took and which departments held it, for the handling-time figures of the monthly
 * notice. Handling time leaves out the time the stage clock stood still (补正期间不计时, suspensions).
 */
@Injectable()
export class StageDurationsProjection implements AsyncProjection {
  readonly name = 'stage-durations';
  readonly tables = ['stage_durations'];

  async apply(events: readonly RecordedEvent[], manager: EntityManager): Promise<void> {
    for (const recorded of events) {
      const event = toProjectEvent(recorded);
      // The map is exhaustive per type; TypeScript cannot pair a union's `type` with its `data` through an index.
      const statement = (STATEMENTS[event.type] as (data: unknown, code: string) => Statement | undefined)(event.data, recorded.streamId);
      if (statement) await manager.query(...statement);
    }
  }
}
