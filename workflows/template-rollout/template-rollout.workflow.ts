import { continueAsNew, patched, proxyActivities, setHandler, upsertMemo, workflowInfo } from '@temporalio/workflow';
import { TEMPLATE_ROLLOUT_MEMO } from '@keystone/contracts';
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

/** Runs from before it keep their standing only for the query, which cannot read a run terminated mid-task. */
const STANDING_IN_MEMO = 'rollout-standing-in-memo';

/**
 * Moves every project under way on a template onto its current revision, a page of projects at a time in code order,
 * each through its own workflow; its standing is kept in the memo, where the office follows it while it runs and after.
 */
export async function templateRolloutWorkflow({ rollout: started, actor, after: resumeAfter }: TemplateRolloutInput): Promise<TemplateRollout> {
  let rollout = started;
  setHandler(templateRolloutQuery, () => rollout);
  const stand = (next: TemplateRollout) => {
    rollout = next;
    if (patched(STANDING_IN_MEMO)) upsertMemo({ [TEMPLATE_ROLLOUT_MEMO]: rollout });
  };
  // The client sets it when it starts the first run; a continued run sets it again from its input.
  stand(started);
  const { templateId } = rollout;
  for (let after = resumeAfter; ; ) {
    const codes = await projectsOnTemplate({ templateId, after, limit: PAGE_SIZE });
    if (codes.length === 0) break;
    stand(tallyAdoptions(rollout, await adoptTemplateRevision({ templateId, codes, actor })));
    after = codes[codes.length - 1];
    if (workflowInfo().continueAsNewSuggested) return continueAsNew<typeof templateRolloutWorkflow>({ rollout, actor, after });
  }
  stand(finishRollout(rollout, new Date().toISOString()));
  return rollout;
}
