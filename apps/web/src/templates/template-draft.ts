import type { ProjectTemplate, StageTemplate, TaskTemplate, TimeLimit } from '../api/api.types';

/** A task as the editor holds it: limits as typed, empty for none. */
export interface TaskDraft {
  key: string;
  name: string;
  department: string;
  promised: string;
  statutory: string;
}

/** A stage as the editor holds it; limits set as durations (demonstration templates) are edited as durations. */
export interface StageDraft {
  limit: string;
  application: string;
  tasks: TaskDraft[];
}

/** A template as sent: a limit left empty goes without one, for the API to refuse naming it. */
type RevisedStage = Omit<StageTemplate, 'timeLimit'> & { timeLimit?: TimeLimit };
export type RevisedTemplate = Omit<ProjectTemplate, 'stages'> & { stages: RevisedStage[] };

export function draftOf(template: ProjectTemplate): StageDraft[] {
  return template.stages.map((stage) => ({
    limit: limitText(stage.timeLimit),
    application: stage.ownerApplication?.name ?? '',
    tasks: stage.tasks.map(({ key, name, department, promisedLimit, statutoryLimit }) => ({ key, name, department, promised: limitText(promisedLimit), statutory: limitText(statutoryLimit) })),
  }));
}

/** The template as revised: what the editor holds, on the template as it was (its ladder and names kept). */
export function revisedTemplate(template: ProjectTemplate, draft: StageDraft[]): RevisedTemplate {
  const { id, name, projectType } = template;
  const stages = template.stages.map((stage, index): RevisedStage => {
    const { limit, application, tasks } = draft[index];
    const { ownerApplication: _application, tasks: _tasks, ...rest } = stage;
    const isDuration = isDurationLimit(stage.timeLimit);
    return {
      ...rest,
      timeLimit: parseLimit(limit, isDuration),
      tasks: tasks.map((task) => revisedTask(task, stage.tasks.find((before) => before.key === task.key), isDuration)),
      ...(application.trim() && { ownerApplication: { name: application.trim() } }),
    };
  });
  return { id, name, projectType, stages };
}

function revisedTask({ key, name, department, promised, statutory }: TaskDraft, before: TaskTemplate | undefined, stageInDuration: boolean): TaskTemplate {
  const promisedLimit = parseLimit(promised, before ? isDurationLimit(before.promisedLimit) : stageInDuration);
  const statutoryLimit = parseLimit(statutory, before ? isDurationLimit(before.statutoryLimit) : stageInDuration);
  return { key, name: name.trim(), department, ...(promisedLimit && { promisedLimit }), ...(statutoryLimit && { statutoryLimit }) };
}

/** A task added to a stage: its key unique in the stage, its name, department and limits still to fill in. */
export function withNewTask(draft: StageDraft[], stage: number): StageDraft[] {
  const keys = new Set(draft[stage].tasks.map((task) => task.key));
  let serial = draft[stage].tasks.length + 1;
  while (keys.has(`task-${serial}`)) serial += 1;
  const task: TaskDraft = { key: `task-${serial}`, name: '', department: '', promised: '', statutory: '' };
  return draft.map((stageDraft, index) => (index === stage ? { ...stageDraft, tasks: [...stageDraft.tasks, task] } : stageDraft));
}

export function withoutTask(draft: StageDraft[], stage: number, task: number): StageDraft[] {
  return draft.map((stageDraft, index) => (index === stage ? { ...stageDraft, tasks: stageDraft.tasks.filter((_, taskIndex) => taskIndex !== task) } : stageDraft));
}

export function isDurationLimit(limit: TimeLimit | undefined): boolean {
  return limit !== undefined && 'duration' in limit;
}

function limitText(limit: TimeLimit | undefined): string {
  if (!limit) return '';
  return 'duration' in limit ? limit.duration : String(limit.workingDays);
}

/** Empty is no limit; anything else goes to the API as typed, which refuses what is not a limit. */
function parseLimit(value: string, isDuration: boolean): TimeLimit | undefined {
  const typed = value.trim();
  if (!typed) return undefined;
  return isDuration ? { duration: typed } : { workingDays: Number(typed) };
}
