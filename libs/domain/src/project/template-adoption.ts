import { isOffice } from '../actors';
import { DomainError } from '../errors';
import type { ProjectTemplate, StageTemplate } from '../templates';
import type { AdoptTemplateRevision } from './project-commands';
import type { ProjectEvent } from './project-events';
import type { ProjectState } from './project-state';

/**
 * The stages a project has not reached: after the one open, or after the one waiting for the owner's application
 * (that stage is reached: the owner was told what it waits for). A stage reached keeps the rules it started on.
 */
export function stagesStillToCome(state: Pick<ProjectState, 'status' | 'stages' | 'ownerApplication' | 'template'>): StageTemplate[] {
  if (state.status !== 'active') return [];
  const reached = state.template.stages.findIndex((stage) => stage.stage === state.ownerApplication?.stage);
  return state.template.stages.slice(Math.max(state.stages.length, reached + 1));
}

/** The stages still to come whose definition in `template` (the current revision) differs from the project's. */
export function templateRevisionChanges(state: Pick<ProjectState, 'status' | 'stages' | 'ownerApplication' | 'template'>, template: ProjectTemplate): StageTemplate[] {
  if (template.id !== state.template.id) return [];
  return stagesStillToCome(state).flatMap((own) => {
    const revised = template.stages.find((stage) => stage.stage === own.stage);
    return revised && canonical(revised) !== canonical(own) ? [revised] : [];
  });
}

export function adoptTemplateRevision(state: ProjectState, command: AdoptTemplateRevision): ProjectEvent[] {
  if (!isOffice(command.actor)) throw DomainError.forbidden('only the office moves a project onto a revised template');
  if (command.template.id !== state.template.id) {
    throw DomainError.invalid('templateId', `project ${state.code} runs on template ${state.template.id}, not ${command.template.id}`);
  }
  const stages = templateRevisionChanges(state, command.template);
  if (!stages.length) throw DomainError.conflict(`the stages project ${state.code} has still to come already follow the current revision of template ${command.template.id}`, 'templateId');
  return [{ type: 'TemplateRevisionAdopted', data: { templateId: command.template.id, templateName: command.template.name, stages, adoptedAt: command.at } }];
}

/** The refusal of an adoption that would change nothing: the project already follows the revision where it can. */
export function isNothingToAdopt(error: unknown): boolean {
  return error instanceof DomainError && error.details.kind === 'conflict' && error.details.field === 'templateId';
}

/** Templates are JSON; two definitions are the same when they say the same, whatever the order of their keys. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item) ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => a.localeCompare(b))) : item,
  );
}
