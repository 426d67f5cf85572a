import { apiPost } from '../api/api.client';
import type { Alert, ProjectState, ReferenceItem } from '../api/api.types';
import { projectCommands } from '../project/project-commands';
import type { Command } from '../shared/command-bar.component';
import { stageName } from '../shared/labels';

/**
 * What a county leader (or the office) does with an alert (DOMAIN.md): acknowledge, instruct (批示), extend,
 * reassign a task, and the project-wide suspend and raise a problem.
 */
export function alertCommands(alert: Alert, project: ProjectState | undefined, departments: ReferenceItem[]): Command[] {
  const path = `/api/alerts/${encodeURIComponent(alert.id)}`;
  const openTasks = (project?.tasks ?? []).filter((task) => task.stage === project?.currentStage && task.status !== 'approved');
  return [
    ...(alert.status === 'open' ? [{ label: '确认收到', fields: [], submit: () => apiPost(`${path}/acknowledge`) }] : []),
    {
      label: '批示',
      fields: [{ name: 'text', label: '批示内容', kind: 'textarea', hint: '送达承办该阶段未办结事项的部门' }],
      submit: ({ text }) => apiPost(`${path}/instruct`, { text }),
    },
    {
      label: '延期',
      fields: [
        { name: 'workingDays', label: '延期工作日数', kind: 'number', initial: '5', hint: '1 至 60 个工作日' },
        { name: 'reason', label: '延期理由', kind: 'textarea' },
      ],
      submit: ({ workingDays, reason }) => apiPost(`${path}/extend`, { workingDays: Number(workingDays), reason }),
    },
    {
      label: '改派',
      fields: [
        { name: 'taskId', label: '办件', kind: 'select', options: openTasks.map((task) => ({ value: task.id, label: `${stageName(task.stage)} · ${task.name}` })) },
        { name: 'department', label: '承接部门', kind: 'select', options: departments.map((item) => ({ value: item.code, label: item.name })) },
        { name: 'reason', label: '改派理由', kind: 'textarea' },
      ],
      submit: (values) => apiPost(`${path}/reassign`, values),
    },
    ...projectCommands(alert.projectCode, project?.suspension !== undefined, departments),
  ];
}
