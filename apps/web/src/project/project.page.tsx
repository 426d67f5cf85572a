import type { Actor, Alert, Page, ProjectDetail, ProjectHistory, ProjectState } from '../api/api.types';
import { useApi } from '../api/use-api.hook';
import { AlertCard } from '../alerts/alert-card.component';
import { EventHistory } from '../history/event-history.component';
import { ProblemList } from '../problems/problem-list.component';
import { useNames } from '../reference/reference-names.context';
import { CommandBar } from '../shared/command-bar.component';
import { PROJECT_STATUS } from '../shared/labels';
import { LightBadge } from '../shared/light-badge.component';
import { formatWan } from '../shared/amount-format';
import { LoadState } from '../shared/load-state.component';
import { InvestmentReports } from './investment-reports.component';
import { OpenTasks } from './open-tasks.component';
import { OwnerApplication } from './owner-application.component';
import { projectCommands } from './project-commands';
import { projectLight } from './project-light';
import { StageTimeline } from './stage-timeline.component';
import { TemplateRevisionNotice } from './template-revision-notice.component';

/** Roles the API lets read a project's history (apps/api ProjectHistoryController). */
const HISTORY_READERS: Actor['role'][] = ['office', 'operator', 'county-leader'];

/** 项目详情: the project's stages planned and actual, its open tasks, alerts, problems and history; live. */
export function ProjectPage({ code, actor }: { code: string; actor: Actor }) {
  const live = { projectCode: code };
  const encoded = encodeURIComponent(code);
  const project = useApi<ProjectDetail>(`/api/projects/${encoded}`, live);
  const history = useApi<ProjectHistory>(HISTORY_READERS.includes(actor.role) ? `/api/projects/${encoded}/history` : null, live);
  const names = useNames();
  const state = project.data;
  if (!state) return <LoadState what="项目" error={project.error} />;
  const mayAct = actor.role === 'office' || (actor.role === 'county-leader' && actor.leader === state.profile.leader);
  // The owner, or the office for it, reports investment and applies where a stage waits for it.
  const mayReport = state.status === 'active' && (actor.role === 'office' || (actor.role === 'owner' && actor.ownerUnit === state.profile.ownerUnit));
  return (
    <>
      <ProjectHeader project={state} />
      {mayAct && state.status === 'active' && (
        <section className="panel" aria-label="项目操作">
          <CommandBar commands={projectCommands(code, state.suspension !== undefined, names.departments)} onDone={project.reload} />
        </section>
      )}
      {actor.role === 'office' && <TemplateRevisionNotice project={state} onAdopted={project.reload} />}
      <StageTimeline project={state} />
      <OwnerApplication project={state} canApply={mayReport} onApplied={project.reload} />
      <section className="panel" aria-label="未办结办件">
        <h2>未办结办件</h2>
        <OpenTasks project={state} />
      </section>
      <InvestmentReports project={state} may={{ report: mayReport, plan: actor.role === 'office' && state.status === 'active' }} onChanged={project.reload} />
      <ProjectAlerts code={code} />
      <section className="panel" aria-label="问题清单">
        <h2>问题清单</h2>
        <ProblemList query={`projectCode=${encoded}&limit=200`} canClose={mayAct} showProject={false} />
      </section>
      {history.data && (
        <section className="panel" aria-label="事件记录">
          <h2>事件记录</h2>
          <EventHistory entries={history.data.entries.filter((entry) => entry.source === 'domain')} detailed={false} />
        </section>
      )}
    </>
  );
}

/** Every alert of the project, whoever it went to (an empty recipient asks for all). */
function ProjectAlerts({ code }: { code: string }) {
  const { data, error } = useApi<Page<Alert>>(`/api/alerts?projectCode=${encodeURIComponent(code)}&recipient=&limit=200`, { projectCode: code });
  return (
    <section className="panel" aria-label="督办与预警">
      <h2>督办与预警</h2>
      {!data && <LoadState what="督办事项" error={error} />}
      {data && !data.items.length && <p className="empty">没有预警或督办。</p>}
      {data?.items.map((alert) => <AlertCard key={alert.id} alert={alert} canAct={false} />)}
    </section>
  );
}

function ProjectHeader({ project }: { project: ProjectState }) {
  const names = useNames();
  const { profile } = project;
  const { light, summary } = projectLight(project);
  return (
    <section className="project-header">
      <div className="page-heading">
        <h1>{profile.name}</h1>
        <span className="status-tag">{PROJECT_STATUS[project.status]}</span>
        <LightBadge light={light} />
      </div>
      {summary && <p className="explanation">{names.readable(summary)}</p>}
      {project.suspension && (
        <p className="notice">
          项目暂停中：{project.suspension.reason}（预计 {project.suspension.expectedEnd} 恢复）
        </p>
      )}
      {project.refusal && (
        <p className="notice">
          {names.department(project.refusal.department)}不予许可，项目终止：{project.refusal.reason}
        </p>
      )}
      <dl className="facts">
        <dt>项目代码</dt>
        <dd className="code">{profile.code}</dd>
        <dt>乡镇/街道</dt>
        <dd>{names.township(profile.township)}</dd>
        <dt>项目业主</dt>
        <dd>{names.ownerUnit(profile.ownerUnit)}</dd>
        <dt>包抓县领导</dt>
        <dd>{names.leader(profile.leader)}</dd>
        <dt>总投资</dt>
        <dd>{formatWan(profile.totalInvestment)}</dd>
        <dt>计划工期</dt>
        <dd>
          {profile.plannedStart} 至 {profile.plannedCompletion}
        </dd>
      </dl>
    </section>
  );
}
