import { awaitedApplication } from '@keystone/domain';
import { apiPost } from '../api/api.client';
import type { ProjectState } from '../api/api.types';
import { CommandBar } from '../shared/command-bar.component';
import { stageName } from '../shared/labels';

/**
 * A stage that waits for the owner (竣工 while the works are built): what it waits for, and for the owner or the
 * office the application that opens it and starts its clock.
 */
export function OwnerApplication({ project, canApply, onApplied }: { project: ProjectState; canApply: boolean; onApplied: () => void }) {
  const waiting = awaitedApplication(project);
  if (!waiting) return null;
  const stage = stageName(waiting.stage);
  return (
    <section className="panel" aria-label={waiting.application}>
      <h2>{waiting.application}</h2>
      <p data-testid="awaiting-application">
        工程在建，{stage}阶段尚未开始、不计时限。工程完工后由项目业主提交{waiting.application}，{stage}阶段随即开始，按办理时限计时。
      </p>
      {canApply && (
        <CommandBar
          onDone={onApplied}
          commands={[
            {
              label: `提交${waiting.application}`,
              fields: [{ name: 'note', label: '说明', kind: 'textarea', hint: '如：主体工程已完工，具备验收条件' }],
              submit: ({ note }) => apiPost(`/api/projects/${encodeURIComponent(project.code)}/owner-applications`, { stage: waiting.stage, note }),
            },
          ]}
        />
      )}
    </section>
  );
}
