import { continueAsNew, proxyActivities, setHandler, workflowInfo } from '@temporalio/workflow';
import type { TemplateRolloutActivities, TemplateRolloutInput } from '@keystone/contracts';
import { TemplateRollout, finishRollout, tallyAdoptions } from '@keystone/domain';
import { templateRolloutQuery } from './template-rollout.messages';

// Regular activities: a page takes seconds, and each reports its progress by heartbeat so a retry resumes it.
const { projectsOnTemplate, adoptTemplateRevision } = proxyActivities<TemplateRolloutActivities>({
  startToCloseTimeout: '10 minutes',
  heartbeatTimeout: '1 minute',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
});

/** Projects asked for and moved per activity: a retried page repeats little, and the history grows by a few events a page. */
const PAGE_SIZE = 100;

/**
 * Moves every project under way on a template onto its current revision, a page of projects at a time in code order,
 * each through its own workflow; the office follows it by query while it runs and reads its outcome after.
 */
export async function templateRolloutWorkflow({ rollout: started, actor, after: resumeAfter }: TemplateRolloutInput): Promise<TemplateRollout> {
  let rollout = started;
  setHandler(templateRolloutQuery, () => rollout);
  const { templateId } = rollout;
  for (let after = resumeAfter; ; ) {
    const codes = await projectsOnTemplate({ templateId, after, limit: PAGE_SIZE });
    if (codes.length === 0) break;
    rollout = tallyAdoptions(rollout, await adoptTemplateRevision({ templateId, codes, actor }));
    after = codes[codes.length - 1];
    if (workflowInfo().continueAsNewSuggested) return continueAsNew<typeof templateRolloutWorkflow>({ rollout, actor, after });
  }
  // Kept in `rollout` too: a query after the end reads it.
  rollout = finishRollout(rollout, new Date().toISOString());
  return rollout;
}
