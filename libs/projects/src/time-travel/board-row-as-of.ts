import { RecordedEvent } from '@keystone/contracts';
import { ProjectState, StageProgress, currentStageProgress, stageClockId } from '@keystone/domain';
import { ProjectBoardEntity } from '../read-models/project-board.entity';

const instant = (iso: string | undefined): Date | null => (iso ? new Date(iso) : null);

/** The board row a project had once `history` had happened, in the live board's shape, from its folded state. */
export function boardRowAsOf(state: ProjectState, history: readonly RecordedEvent[]): ProjectBoardEntity {
  const current = currentStageProgress(state);
  // The live board keeps the opening time of the stage a project was refused in.
  const opened = state.status === 'refused' ? state.stages[state.stages.length - 1] : current;
  return {
    ...profileColumns(state),
    status: state.status,
    currentStage: current?.stage ?? null,
    currentStageName: current?.name ?? null,
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
  };
}

function profileColumns({ profile }: ProjectState) {
  const { code, name, township, projectType, templateId, totalInvestment, ownerUnit, leader, plannedStart, plannedCompletion } = profile;
  return { code, name, township, projectType, templateId, totalInvestment, ownerUnit, leader, plannedStart, plannedCompletion };
}

/**
 * The last level the open stage's clock fired since it was last armed, and the alert's own explanation. A
 * light with no alert behind it is explained on the live board only; its wording is not in the events' state.
 */
function stageAlert(state: ProjectState, current: StageProgress | undefined): Pick<ProjectBoardEntity, 'stageAlertLevel' | 'lightExplanation'> {
  const clock = current && state.clocks.find((candidate) => candidate.id === stageClockId(current.stage));
  const level = clock?.fired[clock.fired.length - 1];
  if (!clock || !level) return { stageAlertLevel: null, lightExplanation: null };
  const alert = [...state.alerts].reverse().find((candidate) => candidate.clockId === clock.id && candidate.level === level);
  return { stageAlertLevel: level, lightExplanation: alert?.explanation ?? null };
}
