import { ProjectTemplate, ProjectView, UserActor } from '@keystone/domain';
import { projectActionUpdate } from '@keystone/workflows';
import { ProjectUpdatesService } from '../updates/project-updates.service';

/** Asks a project's workflow to follow `template`, the current revision of its template, for the stages it has not reached. */
export function sendTemplateRevision(updates: ProjectUpdatesService, code: string, template: ProjectTemplate, actor: UserActor): Promise<ProjectView> {
  return updates.send(code, 'code', projectActionUpdate, { type: 'AdoptTemplateRevision', template, actor });
}
