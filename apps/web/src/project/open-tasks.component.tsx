import type { ProjectState, ProjectTask } from '../api/api.types';
import { useNames } from '../reference/reference-names.context';
import { SPECIAL_PROCEDURES, TASK_STATUS } from '../shared/labels';
import { formatDateTime, formatDeadline } from '../shared/time-format';

const LIMIT_NAMES = { promised: '承诺', statutory: '法定' } as const;

/** A task's own limits (承诺时限, 法定时限) with the deadline each clock runs to, or that it stands still. */
function TaskLimits({ task }: { task: ProjectTask }) {
  const limits = (['promised', 'statutory'] as const).flatMap((kind) => {
    const clock = task[kind];
    if (!clock?.deadline) return [];
    return [`${LIMIT_NAMES[kind]} ${clock.runningSince ? formatDeadline(clock.deadline.dueAt) : '停止计时'}`];
  });
  return <>{limits.length ? limits.join(' · ') : '—'}</>;
}

/** The open stage's tasks not yet approved (并联审批: the stage ends when all are). */
export function OpenTasks({ project }: { project: ProjectState }) {
  const names = useNames();
  const open = project.tasks.filter((task) => task.stage === project.currentStage && task.status !== 'approved');
  if (!open.length) return <p className="empty">当前没有未办结的办件。</p>;
  return (
    <table className="compact-table">
      <thead>
        <tr>
          <th>办件</th>
          <th>承办部门</th>
          <th>状态</th>
          <th>收件时间</th>
          <th>办件时限</th>
          <th>最近意见</th>
        </tr>
      </thead>
      <tbody>
        {open.map((task) => (
          <tr key={task.id} data-task={task.id}>
            <td data-label="办件">{task.name}</td>
            <td data-label="承办部门">{names.department(task.department)}</td>
            <td data-label="状态">
              {TASK_STATUS[task.status]}
              {task.specialProcedure && <span className="tag">{SPECIAL_PROCEDURES[task.specialProcedure]}（不计时）</span>}
            </td>
            <td data-label="收件时间">{formatDateTime(task.assignedAt)}</td>
            <td data-label="办件时限">
              <TaskLimits task={task} />
            </td>
            <td data-label="最近意见">{task.lastComment || '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
