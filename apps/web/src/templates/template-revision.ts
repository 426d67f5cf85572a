import type { ProjectTemplate, StageTemplate, TimeLimit } from '../api/api.types';
import type { FieldSpec, FieldValues } from '../shared/action-form.component';
import { stageName } from '../shared/labels';

const WORKING_DAYS = '工作日';

/**
 * The office's revision of a template as one form: each stage's limit and whether it waits for the owner's
 * application, each task's promised and statutory limits. Departments, tasks and the ladder stay as they are.
 */
export function revisionFields(template: ProjectTemplate): FieldSpec[] {
  return template.stages.flatMap((stage, index) => [
    limitField(`stage:${index}`, `${stageName(stage.stage)} · 办理时限`, stage.timeLimit),
    ...(index > 0
      ? [
          {
            name: `stage:${index}:application`,
            label: `${stageName(stage.stage)} · 业主申请后开始`,
            kind: 'text' as const,
            initial: stage.ownerApplication?.name ?? '',
          },
        ]
      : []),
    ...stage.tasks.flatMap((task, taskIndex) => [
      limitField(`task:${index}:${taskIndex}:promisedLimit`, `${stageName(stage.stage)} · ${task.name} · 承诺时限`, task.promisedLimit),
      limitField(`task:${index}:${taskIndex}:statutoryLimit`, `${stageName(stage.stage)} · ${task.name} · 法定时限`, task.statutoryLimit),
    ]),
  ]);
}

/** A template as sent: a stage whose limit was left empty goes without one, for the API to refuse naming it. */
type RevisedStage = Omit<StageTemplate, 'timeLimit'> & { timeLimit?: TimeLimit };

/** The template as revised: what the form holds, on the template as it was. */
export function revisedTemplate(template: ProjectTemplate, values: FieldValues): Omit<ProjectTemplate, 'stages'> & { stages: RevisedStage[] } {
  const { id, name, projectType } = template;
  const stages = template.stages.map((stage, index): RevisedStage => {
    const application = values[`stage:${index}:application`]?.trim();
    const tasks = stage.tasks.map((task, taskIndex) => {
      const limit = (kind: 'promisedLimit' | 'statutoryLimit') => parseLimit(values[`task:${index}:${taskIndex}:${kind}`], task[kind]);
      const { promisedLimit: _promised, statutoryLimit: _statutory, ...rest } = task;
      const promisedLimit = limit('promisedLimit');
      const statutoryLimit = limit('statutoryLimit');
      return { ...rest, ...(promisedLimit && { promisedLimit }), ...(statutoryLimit && { statutoryLimit }) };
    });
    const { ownerApplication: _application, ...rest } = stage;
    return { ...rest, timeLimit: parseLimit(values[`stage:${index}`], stage.timeLimit), tasks, ...(application && { ownerApplication: { name: application } }) };
  });
  return { id, name, projectType, stages };
}

/** Working days as a number; a limit set as a duration (demonstration templates) stays one. */
function limitField(name: string, label: string, limit: TimeLimit | undefined): FieldSpec {
  if (limit && 'duration' in limit) return { name, label: `${label}（时长）`, kind: 'text', initial: limit.duration, hint: '如 PT5M（演示时长）' };
  return { name, label: `${label}（${WORKING_DAYS}）`, kind: 'number', initial: limit ? String(limit.workingDays) : '' };
}

/** Empty is no limit; anything else goes to the API as typed, which refuses what is not a limit. */
function parseLimit(value: string | undefined, was: TimeLimit | undefined): TimeLimit | undefined {
  const typed = value?.trim() ?? '';
  if (!typed) return undefined;
  return was && 'duration' in was ? { duration: typed } : { workingDays: Number(typed) };
}
