import { FieldProblem } from '../errors';
import { STAGE_KEYS, isStageKey } from '../stages';
import { timeLimitProblems } from './time-limit';

const KEY = /^[a-z0-9][a-z0-9-]{0,62}$/;

/**
 * Everything wrong with a proposed template, field by field. A template must list the six stages in
 * lifecycle order, each with at least one task held by a known department.
 */
export function templateProblems(input: unknown, knownDepartments: ReadonlySet<string>): FieldProblem[] {
  if (typeof input !== 'object' || input === null) return [{ field: 'body', reason: 'must be an object' }];
  const template = input as Record<string, unknown>;
  const problems: FieldProblem[] = [];
  if (typeof template.id !== 'string' || !KEY.test(template.id)) {
    problems.push({ field: 'id', reason: 'must be lowercase letters, digits and hyphens' });
  }
  for (const field of ['name', 'projectType'] as const) {
    if (typeof template[field] !== 'string' || !(template[field] as string).trim()) {
      problems.push({ field, reason: 'must be a non-empty string' });
    }
  }
  if (!Array.isArray(template.stages)) return [...problems, { field: 'stages', reason: 'must be a list' }];
  const keys = template.stages.map((stage) => (stage as Record<string, unknown> | null)?.stage);
  if (keys.length !== STAGE_KEYS.length || keys.some((key, index) => key !== STAGE_KEYS[index])) {
    problems.push({ field: 'stages', reason: `must list the six stages in order: ${STAGE_KEYS.join(', ')}` });
  }
  template.stages.forEach((stage, index) => problems.push(...stageProblems(stage, `stages[${index}]`, knownDepartments)));
  return problems;
}

function stageProblems(input: unknown, field: string, departments: ReadonlySet<string>): FieldProblem[] {
  if (typeof input !== 'object' || input === null) return [{ field, reason: 'must be an object' }];
  const stage = input as Record<string, unknown>;
  const problems: FieldProblem[] = [];
  if (!isStageKey(stage.stage)) problems.push({ field: `${field}.stage`, reason: 'is not one of the six stages' });
  if (typeof stage.name !== 'string' || !stage.name.trim()) {
    problems.push({ field: `${field}.name`, reason: 'must be a non-empty string' });
  }
  problems.push(...timeLimitProblems(stage.timeLimit, `${field}.timeLimit`));
  problems.push(...escalationProblems(stage.escalation, `${field}.escalation`));
  problems.push(...ownerApplicationProblems(stage.ownerApplication, stage.stage, `${field}.ownerApplication`));
  if (!Array.isArray(stage.tasks) || stage.tasks.length === 0) {
    return [...problems, { field: `${field}.tasks`, reason: 'must list at least one task' }];
  }
  const taskKeys = stage.tasks.map((task) => (task as Record<string, unknown> | null)?.key);
  if (new Set(taskKeys).size !== taskKeys.length) {
    problems.push({ field: `${field}.tasks`, reason: 'task keys must be unique within a stage' });
  }
  stage.tasks.forEach((task, index) => problems.push(...taskProblems(task, `${field}.tasks[${index}]`, departments)));
  return problems;
}

function taskProblems(input: unknown, field: string, departments: ReadonlySet<string>): FieldProblem[] {
  if (typeof input !== 'object' || input === null) return [{ field, reason: 'must be an object' }];
  const task = input as Record<string, unknown>;
  const problems: FieldProblem[] = [];
  if (typeof task.key !== 'string' || !KEY.test(task.key)) {
    problems.push({ field: `${field}.key`, reason: 'must be lowercase letters, digits and hyphens' });
  }
  if (typeof task.name !== 'string' || !task.name.trim()) {
    problems.push({ field: `${field}.name`, reason: 'must be a non-empty string' });
  }
  if (typeof task.department !== 'string' || !departments.has(task.department)) {
    problems.push({ field: `${field}.department`, reason: `unknown department ${JSON.stringify(task.department)}` });
  }
  for (const limit of ['statutoryLimit', 'promisedLimit'] as const) {
    if (task[limit] !== undefined) problems.push(...timeLimitProblems(task[limit], `${field}.${limit}`));
  }
  return problems;
}

/** The first stage opens on registration: only a later one can wait for the owner. */
function ownerApplicationProblems(input: unknown, stage: unknown, field: string): FieldProblem[] {
  if (input === undefined) return [];
  if (stage === STAGE_KEYS[0]) return [{ field, reason: 'the first stage opens on registration and cannot wait for an application' }];
  const name = (input as Record<string, unknown> | null)?.name;
  return typeof name === 'string' && name.trim() ? [] : [{ field: `${field}.name`, reason: 'must be a non-empty string' }];
}

function escalationProblems(input: unknown, field: string): FieldProblem[] {
  if (input === undefined) return [];
  const levels = (input ?? {}) as Record<string, unknown>;
  const problems: FieldProblem[] = [];
  const share = levels.warningShare;
  if (typeof share !== 'number' || share <= 0 || share >= 1) {
    problems.push({ field: `${field}.warningShare`, reason: 'must be a number between 0 and 1' });
  }
  const after = levels.secondLevelAfterWorkingDays;
  if (!Number.isInteger(after) || (after as number) < 1) {
    problems.push({ field: `${field}.secondLevelAfterWorkingDays`, reason: 'must be a positive whole number' });
  }
  return problems;
}
