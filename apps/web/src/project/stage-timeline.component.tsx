import { awaitedApplication } from '@keystone/domain';
import type { PlannedStage, ProjectDetail, ProjectState, StageProgress } from '../api/api.types';
import { stageName } from '../shared/labels';
import { formatDate, formatDeadline, formatSpan, workingDaysLeft } from '../shared/time-format';
import { useNow } from '../shared/use-now.hook';
import { describeLimit } from '../shared/time-limit';

type StepState = 'done' | 'current' | 'refused' | 'awaiting-application' | 'waiting';

const STEP_LABELS: Record<StepState, string> = { done: '已办结', current: '办理中', refused: '不予许可', 'awaiting-application': '在建 · 待申请', waiting: '未开始' };

/** The six stages in order: 倒排工期 planned dates beside the actual ones, and each stage's limit and deadline. */
export function StageTimeline({ project }: { project: ProjectDetail }) {
  const { template, profile, plan } = project;
  return (
    <section className="panel" aria-label="阶段进度">
      <h2>阶段进度 · 计划与实际</h2>
      <ol className="timeline">
        {template.stages.map((stage, index) => (
          <StageStep
            key={stage.stage}
            index={index}
            plan={plan.stages[index]}
            limit={describeLimit(stage.timeLimit)}
            progress={project.stages.find((item) => item.stage === stage.stage)}
            state={stepState(project, stage.stage)}
            workingDaysLeft={stage.stage === project.currentStage ? project.stageWorkingDaysLeft : undefined}
          />
        ))}
      </ol>
      <p className="method">
        倒排工期的算法：开工阶段须在计划开工日期 {profile.plannedStart} 前办结，此前各阶段以它为终点，按各自办理时限在工作日历上逐段向前倒排（节假日不计，调休上班日计入）；竣工阶段为计划开工至计划竣工日期 {profile.plannedCompletion} 的施工与验收期。实际日期取自项目事件记录，限办时间同样按工作日历计算。
        {plan.fallbackYears.length > 0 && `（注意：${plan.fallbackYears.join('、')}年节假日安排尚未录入，倒排时按周一至周五计。）`}
      </p>
    </section>
  );
}

function stepState(project: ProjectState, stage: string): StepState {
  const progress = project.stages.find((item) => item.stage === stage);
  if (!progress) return awaitedApplication(project)?.stage === stage ? 'awaiting-application' : 'waiting';
  if (progress.closedAt) return 'done';
  if (project.status === 'refused') return 'refused';
  return 'current';
}

interface StageStepProps {
  index: number;
  plan: PlannedStage;
  limit: string;
  progress?: StageProgress;
  state: StepState;
  /** Counted by the API on the working-day calendar, for the running stage only. */
  workingDaysLeft?: number;
}

function StageStep({ index, plan, limit, progress, state, workingDaysLeft }: StageStepProps) {
  return (
    <li className={`step step-${state}`} data-stage={plan.stage}>
      <div className="step-head">
        <span className="step-number">{index + 1}</span>
        <span className="step-name">{stageName(plan.stage)}</span>
        <span className="step-state">{STEP_LABELS[state]}</span>
      </div>
      <dl className="step-facts">
        <dt>倒排计划</dt>
        <dd>
          {plan.plannedStart} 至 {plan.plannedEnd}（{plan.calendarDays} 天）
        </dd>
        <dt>实际</dt>
        <dd>{progress ? `${formatDate(progress.openedAt)} 至 ${progress.closedAt ? formatDate(progress.closedAt) : '今'}` : '—'}</dd>
        <dt>办理时限</dt>
        <dd>
          {limit}
          {progress && progress.extensionWorkingDays > 0 && <span className="tag tag-warn">已延期 {progress.extensionWorkingDays} 个工作日</span>}
        </dd>
        {progress && (
          <>
            <dt>限办</dt>
            <dd>{formatDeadline(progress.deadline.dueAt)}</dd>
          </>
        )}
      </dl>
      {progress && <StepVerdict progress={progress} plan={plan} workingDaysLeft={workingDaysLeft} />}
    </li>
  );
}

function StepVerdict({ progress, plan, workingDaysLeft: days }: { progress: StageProgress; plan: PlannedStage; workingDaysLeft?: number }) {
  const now = useNow();
  const due = Date.parse(progress.deadline.dueAt);
  const behindPlan = Date.parse(progress.closedAt ?? new Date(now).toISOString()) - Date.parse(`${plan.plannedEnd}T23:59:59.999+08:00`);
  const lines: { text: string; bad: boolean }[] = [];
  if (progress.closedAt) {
    const late = Date.parse(progress.closedAt) - due;
    lines.push(late > 0 ? { text: `超期 ${formatSpan(late)}办结`, bad: true } : { text: '在办理时限内办结', bad: false });
  } else {
    const left = workingDaysLeft(progress.deadline.dueAt, days, now);
    lines.push({ text: progress.runningSince ? left.text : `计时暂停（${left.text}）`, bad: left.overdue });
  }
  if (behindPlan > 0) lines.push({ text: `晚于倒排计划 ${formatSpan(behindPlan)}`, bad: true });
  return (
    <ul className="step-verdict">
      {lines.map((line) => (
        <li key={line.text} className={line.bad ? 'overdue' : 'ontime'}>
          {line.text}
        </li>
      ))}
    </ul>
  );
}
