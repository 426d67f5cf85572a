import { Injectable } from '@nestjs/common';
import { RecordedEvent } from '@keystone/contracts';
import { ReadModelRows, Row, RowProjection, RowTable } from '@keystone/event-store';
import { ProjectEvent, StageKey } from '@keystone/domain';
import { toProjectEvent } from '../events/project-event-codec';

export const STAGE_DURATIONS: RowTable = { name: 'stage_durations', key: ['project_code', 'stage'], stream: 'project_code' };

/** The change an event makes to its stage's row, given the row; a new event type does not compile until it is listed here. */
type StageChanges = { [E in ProjectEvent as E['type']]: ((data: E['data']) => { stage: StageKey; change: (row: Row) => Row }) | undefined };

/** Seconds from `start` to `until`, zero when `start` is empty. */
const secondsSince = (start: unknown, until: string) => (start ? (Date.parse(until) - Date.parse(start as string)) / 1000 : 0);

const addDepartment = (department: string) => (row: Row) => {
  const departments = row.departments as string[];
  return { departments: departments.includes(department) ? departments : [...departments, department] };
};

/** Ends the stage at `at`; a stop still running then counts up to that instant. */
const closing = (outcome: 'closed' | 'refused', at: string) => (row: Row) => {
  const stopped = Number(row.stopped_seconds) + secondsSince(row.clock_stopped_at, at);
  return { closed_at: at, outcome, clock_stopped_at: null, stopped_seconds: stopped, handling_seconds: secondsSince(row.opened_at, at) - stopped };
};

const CHANGES: StageChanges = {
  TaskAssigned: (data) => ({ stage: data.stage, change: addDepartment(data.department) }),
  TaskReassigned: (data) => ({ stage: data.stage, change: addDepartment(data.toDepartment) }),
  StageClockStopped: (data) => ({ stage: data.stage, change: (row) => ({ clock_stopped_at: row.clock_stopped_at ?? data.stoppedAt }) }),
  StageClockRestarted: (data) => ({
    stage: data.stage,
    change: (row) => ({ stopped_seconds: Number(row.stopped_seconds) + secondsSince(row.clock_stopped_at, data.restartedAt), clock_stopped_at: null }),
  }),
  StageClosed: (data) => ({ stage: data.stage, change: closing('closed', data.closedAt) }),
  ProjectRefused: (data) => ({ stage: data.stage, change: closing('refused', data.refusedAt) }),
  StageOpened: undefined,
  ProjectRegistered: undefined,
  TaskDecided: undefined,
  TaskResubmitted: undefined,
  ProjectCompleted: undefined,
  OwnerApplicationAwaited: undefined,
  OwnerApplicationSubmitted: undefined,
  TemplateRevisionAdopted: undefined,
  AnnualInvestmentPlanned: undefined,
  WarningRaised: undefined,
  EscalationRaised: undefined,
  AlertAcknowledged: undefined,
  InstructionGiven: undefined,
  DeadlineExtended: undefined,
  ProjectSuspended: undefined,
  ProjectResumed: undefined,
  ProblemRaised: undefined,
  ProblemClosed: undefined,
  SpecialProcedureStarted: undefined,
  SpecialProcedureEnded: undefined,
  DeadlineRecomputed: undefined,
  StatutoryClockStopped: undefined,
  StatutoryClockRestarted: undefined,
  PromisedClockStopped: undefined,
  PromisedClockRestarted: undefined,
  InvestmentReported: undefined,
};

/**
 * How long each stage took and which departments held it, for the handling-time figures of the monthly
 * notice. Handling time leaves out the time the stage clock stood still (补正期间不计时, suspensions).
 */
@Injectable()
export class StageDurationsProjection extends RowProjection {
  readonly name = 'stage-durations';
  readonly rowTables = [STAGE_DURATIONS];

  protected async foldOne(recorded: RecordedEvent, rows: ReadModelRows): Promise<void> {
    const event = toProjectEvent(recorded);
    const code = recorded.streamId;
    if (event.type === 'StageOpened') {
      const { stage, name, openedAt } = event.data;
      rows.put(STAGE_DURATIONS, {
        project_code: code, stage, stage_name: name, departments: [], opened_at: openedAt, closed_at: null, outcome: 'open',
        clock_stopped_at: null, stopped_seconds: 0, handling_seconds: null,
      });
      return;
    }
    // The map is exhaustive per type; TypeScript cannot pair a union's `type` with its `data` through an index.
    const changes = (CHANGES[event.type] as ((data: unknown) => { stage: StageKey; change: (row: Row) => Row }) | undefined)?.(event.data);
    if (!changes) return;
    const row = await rows.get(STAGE_DURATIONS, code, code, changes.stage);
    if (row) rows.update(STAGE_DURATIONS, row, changes.change(row));
  }
}
