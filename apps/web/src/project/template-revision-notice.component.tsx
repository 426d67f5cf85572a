import { templateRevisionChanges } from '@keystone/domain';
import { apiPost } from '../api/api.client';
import type { ProjectDetail, ProjectTemplate, StageTemplate } from '../api/api.types';
import { useApi } from '../api/use-api.hook';
import { useNames } from '../reference/reference-names.context';
import { CommandBar } from '../shared/command-bar.component';
import { stageName } from '../shared/labels';
import { describeLimit } from '../shared/time-limit';

/**
 * For the office: the project runs on the template as it was at registration. When the template has been revised
 * since in a way that touches the stages still to come, this says how, and moves the project onto the revision.
 */
export function TemplateRevisionNotice({ project, onAdopted }: { project: ProjectDetail; onAdopted: () => void }) {
  const templates = useApi<ProjectTemplate[]>('/api/templates', { live: false });
  const current = templates.data?.find((template) => template.id === project.template.id);
  const changes = current ? templateRevisionChanges(project, current) : [];
  if (!changes.length) return null;
  return (
    <section className="panel" aria-label="模板修订" data-testid="template-revision">
      <h2>阶段模板已修订</h2>
      <p>本项目按登记时的「{project.template.name}」办理。模板现行版本中，本项目尚未开始的阶段有所不同：</p>
      <ul className="plain-list">
        {changes.map((stage) => (
          <RevisedStage key={stage.stage} stage={stage} />
        ))}
      </ul>
      <CommandBar
        commands={[{ label: '后续阶段改按现行版本办理', fields: [], submit: () => apiPost(`/api/projects/${encodeURIComponent(project.code)}/template-adoptions`) }]}
        onDone={onAdopted}
      />
      <p className="muted small">已开始和已办结的阶段仍按原来的时限和办件办理；改用后记入事件记录。</p>
    </section>
  );
}

function RevisedStage({ stage }: { stage: StageTemplate }) {
  const names = useNames();
  const opening = stage.ownerApplication ? `项目业主提交${stage.ownerApplication.name}后开始计时` : '上一阶段办结即开始';
  const tasks = stage.tasks.map((task) => `${task.name}（${names.department(task.department)}）`).join('、');
  return (
    <li>
      {stageName(stage.stage)}：办理时限 {describeLimit(stage.timeLimit)}，{opening}；办件 {tasks}
    </li>
  );
}
