import { allHandlersFinished, condition, continueAsNew, currentUpdateInfo, setHandler, workflowInfo } from '@temporalio/workflow';
import type { ProjectOutcome, ProjectWorkflowInput } from '@keystone/contracts';
import type { Actor } from '@keystone/domain';
import { ProjectJournal } from './project-journal';
import { decideTaskUpdate, projectStateQuery, resubmitTaskUpdate } from './project.messages';

/**
 * One key project from registration to completion or refusal. Departments' decisions arrive as
 * Updates; each is checked by a validator first, so a refused one never reaches the history.
 */
export async function projectWorkflow(input: ProjectWorkflowInput): Promise<ProjectOutcome> {
  const journal = new ProjectJournal(input.carried);
  const now = () => new Date().toISOString();
  const origin = (actor: Actor) => ({
    actor,
    correlationId: currentUpdateInfo()?.id ?? workflowInfo().workflowId,
  });

  setHandler(projectStateQuery, () => journal.state);
  setHandler(
    decideTaskUpdate,
    ({ actor, ...request }) => journal.execute({ type: 'DecideTask', ...request, actor, at: now() }, origin(actor)),
    { validator: ({ actor, ...request }) => journal.check({ type: 'DecideTask', ...request, actor, at: now() }) },
  );
  setHandler(
    resubmitTaskUpdate,
    ({ actor, ...request }) => journal.execute({ type: 'ResubmitTask', ...request, actor, at: now() }, origin(actor)),
    { validator: ({ actor, ...request }) => journal.check({ type: 'ResubmitTask', ...request, actor, at: now() }) },
  );

  if (input.registration) {
    const { profile, template, registeredBy } = input.registration;
    await journal.execute({ type: 'RegisterProject', profile, template, at: now() }, origin(registeredBy));
  }

  // Long-lived projects roll over to a fresh run before the history grows heavy; handlers must finish
  // first or their callers would see NOT_FOUND.
  await condition(() => journal.state?.status !== 'active' || workflowInfo().continueAsNewSuggested);
  await condition(allHandlersFinished);
  const state = journal.state!;
  if (state.status === 'active') {
    return continueAsNew<typeof projectWorkflow>({ carried: state });
  }
  return { code: state.code, status: state.status };
}
