import type { ProjectState } from '../api/api.types';
import { useNames } from '../reference/reference-names.context';
import { SPECIAL_PROCEDURES, TASK_STATUS } from '../shared/labels';
import { formatDateTime } from '../shared/time-format';

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
            <td data-label="最近意见">{task.lastComment || '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
