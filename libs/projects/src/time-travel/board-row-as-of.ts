import { RecordedEvent } from '@keystone/contracts';
import { AlertState, ProjectState, StageProgress, alertId, currentStageProgress, findTask, stageAwaitingApplication, stageClockId } from '@keystone/domain';
import { ProjectBoardEntity } from '../read-models/project-board.entity';
import { brightens, isTaskLimit, lightsStage } from '../read-models/stage-light';

const instant = (iso: string | undefined): Date | null => (iso ? new Date(iso) : null);

/** The board row a project had once `history` had happened, in the live board's shape, from its folded state. */
export function boardRowAsOf(state: ProjectState, history: readonly RecordedEvent[]): ProjectBoardEntity {
  const current = currentStageProgress(state);
  // The live board keeps the opening time of the stage a project was refused in.
  const opened = state.status === 'refused' ? state.stages[state.stages.length - 1] : current;
  return {
    ...profileColumns(state),
    status: state.status,
    ...currentStageColumns(state, current),
    stagesClosed: state.stages.filter((stage) => stage.closedAt).length,
    stageOpenedAt: instant(opened?.openedAt),
    stageDueAt: instant(current?.deadline.dueAt),
    stageWarnAt: instant(current?.deadline.warnAt),
    stageSecondLevelAt: instant(current?.deadline.secondLevelAt),
    refusalReason: state.refusal?.reason ?? null,
    registeredAt: new Date(history[0].occurredAt),
    completedAt: instant(state.completedAt),
    updatedAt: new Date(history[history.length - 1].occurredAt),
    streamVersion: state.version,
    stageClockRunning: current?.runningSince !== undefined,
    ...stageAlert(state, current),
    suspended: state.suspension !== undefined,
    suspensionReason: state.suspension?.reason ?? null,
    openProblems: state.problems.filter((problem) => !problem.closedAt).length,
    ...investmentColumns(state),
  };
}

/** The open stage, or the one waiting for the owner's application, which the live board shows in its place. */
function currentStageColumns(state: ProjectState, current: StageProgress | undefined) {
  const waiting = stageAwaitingApplication(state);
  if (waiting) return { currentStage: waiting.stage, currentStageName: waiting.name, awaitingApplication: waiting.ownerApplication!.name };
  return { currentStage: current?.stage ?? null, currentStageName: current?.name ?? null, awaitingApplication: null };
}

/** Months reported so far, summed. */
function investmentColumns({ investmentByMonth }: ProjectState) {
  const months = Object.keys(investmentByMonth).sort();
  return { investmentCompleted: Object.values(investmentByMonth).reduce((sum, amount) => sum + amount, 0), investmentReportedMonth: months.at(-1) ?? null };
}

function profileColumns({ profile }: ProjectState) {
  const { code, name, township, projectType, templateId, totalInvestment, ownerUnit, leader, plannedStart, plannedCompletion } = profile;
  return { code, name, township, projectType, templateId, totalInvestment, ownerUnit, leader, plannedStart, plannedCompletion };
}

/**
 * The open stage's light as the live board lights it: the brightest alert of its clock since it was last armed
 * and of its tasks' own limits, the first to reach that level explaining it. A light with no alert behind it is
 * explained on the live board only; its wording is not in the events' state.
 */
function stageAlert(state: ProjectState, current: StageProgress | undefined): Pick<ProjectBoardEntity, 'stageAlertLevel' | 'lightExplanation'> {
  const clock = current && state.clocks.find((candidate) => candidate.id === stageClockId(current.stage));
  const lights = (alert: AlertState) =>
    isTaskLimit(alert.subject)
      ? findTask(state, alert.subject.taskId)?.stage === current?.stage
      : clock !== undefined && alert.id === alertId(state.code, clock.id, alert.level, clock.generation);
  let lit: AlertState | undefined;
  for (const alert of state.alerts) if (lightsStage(alert.subject) && lights(alert) && brightens(lit?.level, alert.level)) lit = alert;
  return { stageAlertLevel: lit?.level ?? null, lightExplanation: lit?.explanation ?? null };
}
