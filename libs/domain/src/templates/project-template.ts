import { StageKey } from '../stages';
import { TimeLimit } from './time-limit';

/** One department's approval item (审批事项) inside a stage. */
export interface TaskTemplate {
  key: string;
  name: string;
  department: string;
  /** 法定时限, the limit in law; passing it is always red. */
  statutoryLimit?: TimeLimit;
  /** 承诺时限, the county's shorter promise; the warning levels run on it when present. */
  promisedLimit?: TimeLimit;
}

/** When the rungs of the escalation ladder fire, relative to a stage's limit. */
export interface EscalationLevels {
  /** Yellow (预警) at this share of the limit. */
  warningShare: number;
  /** Second level (集体协调) this many working days after the limit (scaled the same way for durations). */
  secondLevelAfterWorkingDays: number;
}

export const DEFAULT_ESCALATION_LEVELS: EscalationLevels = { warningShare: 0.8, secondLevelAfterWorkingDays: 5 };

/**
 * A stage that waits for the owner instead of opening as the stage before closes: 竣工验收 is applied for once
 * construction is finished, which takes months or years after 开工; its clock starts with the application.
 */
export interface OwnerApplication {
  /** What the owner submits, as the pages name it (竣工验收申请). */
  name: string;
}

export interface StageTemplate {
  stage: StageKey;
  name: string;
  timeLimit: TimeLimit;
  /** Parallel approval (并联审批): the stage closes when every task is approved. */
  tasks: TaskTemplate[];
  escalation?: EscalationLevels;
  ownerApplication?: OwnerApplication;
}

export interface ProjectTemplate {
  id: string;
  name: string;
  /** The project type this template is for; a project names its template when registered. */
  projectType: string;
  stages: StageTemplate[];
}
