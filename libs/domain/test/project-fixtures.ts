import {
  Actor,
  CURRENT_RULES,
  DomainError,
  DecisionRules,
  ProjectCommand,
  ProjectProfile,
  ProjectState,
  ProjectTemplate,
  STAGE_KEYS,
  STAGE_NAMES,
  StageDeadline,
  UserActor,
  decide,
  evolve,
  openTasks,
  stageAwaitingOpening,
} from '../src';

/** A six-stage template with two parallel tasks in environmental assessment, for domain specs. */
export function sampleTemplate(): ProjectTemplate {
  return {
    id: 'sample',
    name: '示例模板',
    projectType: 'industrial',
    stages: STAGE_KEYS.map((stage) => ({
      stage,
      name: STAGE_NAMES[stage],
      timeLimit: { workingDays: 10 },
      tasks:
        stage === 'environmental-assessment'
          ? [
              { key: 'eia', name: '环评批复', department: 'ecology-environment' },
              { key: 'safety', name: '安全评价', department: 'emergency-management' },
            ]
          : [{ key: 'main', name: `${STAGE_NAMES[stage]}审批`, department: 'development-reform' }],
    })),
  };
}

export function sampleProfile(code = '2026-341521-48-01-000001'): ProjectProfile {
  return {
    code,
    name: '示例产业园',
    township: 'chengguan',
    projectType: 'industrial',
    templateId: 'sample',
    totalInvestment: 12000,
    ownerUnit: 'county-investment-group',
    leader: 'leader-wang',
    plannedStart: '2026-03-01',
    plannedCompletion: '2027-12-31',
  };
}

export const sampleDeadline: StageDeadline = {
  dueAt: '2026-01-20T16:00:00.000Z',
  warnAt: '2026-01-16T16:00:00.000Z',
  secondLevelAt: '2026-01-27T16:00:00.000Z',
  calendarVersion: 'test',
  fallbackYears: [],
};

export function officer(department: string): UserActor {
  return { kind: 'user', userId: `u-${department}`, username: department, role: 'department-officer', department };
}

export const owner: Actor = { kind: 'user', userId: 'u-owner', username: 'owner', role: 'owner', ownerUnit: 'county-investment-group' };

/** Decides a command and folds what it decided: the workflow's journal without the store. */
export function run(state: ProjectState | undefined, command: ProjectCommand, rules: DecisionRules = CURRENT_RULES): ProjectState {
  return decide(state, command, rules).reduce<ProjectState | undefined>(evolve, state)!;
}

/** Every open task of the stage approved by its department, and the next stage opened on `deadline`. */
export function approveStage(state: ProjectState, at: string, deadline: StageDeadline = sampleDeadline): ProjectState {
  const approve = (current: ProjectState, taskId: string, department: string) =>
    run(current, { type: 'DecideTask', taskId, decision: 'approve', comment: '', actor: officer(department), at });
  const approved = openTasks(state).reduce((current, task) => approve(current, task.id, task.department), state);
  return stageAwaitingOpening(approved) ? run(approved, { type: 'OpenNextStage', deadline, at }) : approved;
}

/** The DomainError a command is refused with; fails the spec when it is not refused. */
export function refusal(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}
