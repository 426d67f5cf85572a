import {
  allHandlersFinished,
  condition,
  continueAsNew,
  currentUpdateInfo,
  patched,
  setHandler,
  workflowInfo,
} from '@temporalio/workflow';
import type { ProjectActionRequest, ProjectOutcome, ProjectWorkflowInput } from '@keystone/contracts';
import type { Actor, LeaderCommand, ProjectCommand, ProjectState } from '@keystone/domain';
import { DEFAULT_ESCALATION_LEVELS, projectView } from '@keystone/domain';
import { runClocks } from './project-clocks';
import { ProjectJournal } from './project-journal';
import { planFixedDeadline } from './project.activities';
import { calendarCorrectedSignal, decideTaskUpdate, projectActionUpdate, projectStateQuery, resubmitTaskUpdate } from './project.messages';

/**
 * One key project from registration to completion or refusal. Departments' decisions and leaders' actions
 * arrive as Updates, each checked by a validator first so a refused one never reaches the history; the
 * stage clocks fire the escalation ladder from timers.
 */
export async function projectWorkflow(input: ProjectWorkflowInput): Promise<ProjectOutcome> {
  // Runs recorded before each of these existed replay without it. A run records one marker for all of them:
  // `features-2026-12b` since 两黄变红, `features-2026-12` since the investment rule, `features-2026-11` before
  // it, and a marker each before that.
  const latest = patched('features-2026-12b');
  const december = latest || patched('features-2026-12');
  const november = december || patched('features-2026-11');
  const has = (patch: string) => november || patched(patch);
  const clocks = has('stage-clocks');
  const statutory = has('statutory-clocks');
  const stableTimers = has('stable-timers');
  const openingPlan = has('stage-opening-plan');
  const promised = has('promised-clocks');
  const settleInAppend = has('settle-in-append');
  const taskClockCorrections = has('task-clock-corrections');
  // Not in `features-2026-11`: runs that recorded that marker may hold reports this rule would refuse.
  const investmentWithinTotal = december || patched('investment-within-total');
  // Not in `features-2026-12`: runs that recorded that marker may hold two yellows in a row.
  const yellowsInARowTurnRed = latest || patched('yellows-in-a-row-turn-red');
  const journal = new ProjectJournal(withCurrentShape(input.carried), {
    clocks,
    statutory,
    openingPlan,
    promised,
    settleInAppend,
    taskClockCorrections,
    investmentWithinTotal,
    yellowsInARowTurnRed,
  });
  const now = () => new Date().toISOString();
  const origin = (actor: Actor) => ({ actor, correlationId: currentUpdateInfo()?.id ?? workflowInfo().workflowId });

  const corrections: number[][] = [...(input.calendarCorrections ?? [])];
  setHandler(projectStateQuery, () => journal.state);
  setHandler(calendarCorrectedSignal, ({ years }) => void corrections.push(years));
  setHandler(
    decideTaskUpdate,
    async ({ actor, ...request }) => projectView(await journal.execute({ type: 'DecideTask', ...request, actor, at: now() }, origin(actor))),
    { validator: ({ actor, ...request }) => journal.check({ type: 'DecideTask', ...request, actor, at: now() }) },
  );
  setHandler(
    resubmitTaskUpdate,
    async ({ actor, ...request }) => projectView(await journal.execute({ type: 'ResubmitTask', ...request, actor, at: now() }, origin(actor))),
    { validator: ({ actor, ...request }) => journal.check({ type: 'ResubmitTask', ...request, actor, at: now() }) },
  );
  setHandler(
    projectActionUpdate,
    async (request) => projectView(await journal.execute(await withPlannedDeadline(request, now()), origin(request.actor))),
    { validator: (request) => journal.check(withPlaceholderDeadline(request, now())) },
  );

  if (input.registration) {
    const { profile, template, registeredBy } = input.registration;
    await journal.execute({ type: 'RegisterProject', profile, template, at: now() }, origin(registeredBy));
  }

  if (clocks) await runClocks(journal, corrections, stableTimers);
  // Long-lived projects roll over to a fresh run before the history grows heavy; handlers must finish
  // first or their callers would see NOT_FOUND.
  await condition(() => journal.state?.status !== 'active' || workflowInfo().continueAsNewSuggested);
  await condition(allHandlersFinished);
  const state = journal.state!;
  if (state.status === 'active') {
    // A correction signalled as this run ended is still to be applied by the next.
    return continueAsNew<typeof projectWorkflow>({ carried: state, ...(corrections.length && { calendarCorrections: corrections }) });
  }
  return { code: state.code, status: state.status };
}

type NeedsDeadline = Extract<ProjectActionRequest, { type: 'SuspendProject' | 'RaiseProblem' }>;

/** Suspensions and problems escalate from a date; the calendar turns it into instants before deciding. */
async function withPlannedDeadline(request: ProjectActionRequest, at: string): Promise<ProjectCommand> {
  if (!needsDeadline(request)) return { ...request, at };
  const dueDate = request.type === 'SuspendProject' ? request.expectedEnd : request.rectificationDeadline;
  // Suspensions and problems reach the second level as stages do by default.
  const planned = await planFixedDeadline({ dueDate, secondLevelAfterWorkingDays: DEFAULT_ESCALATION_LEVELS.secondLevelAfterWorkingDays });
  return { ...request, planned, at } as LeaderCommand;
}

function withPlaceholderDeadline(request: ProjectActionRequest, at: string): ProjectCommand {
  if (!needsDeadline(request)) return { ...request, at };
  return { ...request, planned: { instants: { red: at, 'second-level': at }, calendarVersion: 'validation' }, at } as LeaderCommand;
}

function needsDeadline(request: ProjectActionRequest): request is NeedsDeadline {
  return request.type === 'SuspendProject' || request.type === 'RaiseProblem';
}

/** State carried over from a run of older code may lack what later code added. */
function withCurrentShape(carried: ProjectState | undefined): ProjectState | undefined {
  return carried && ({ clocks: [], alerts: [], problems: [], suspensionsSoFar: 0, investmentByMonth: {}, ...(carried as Partial<ProjectState>) } as ProjectState);
}
