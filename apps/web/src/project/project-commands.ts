import { apiPost } from '../api/api.client';
import type { ReferenceItem } from '../api/api.types';
import { referenceOptions } from '../reference/reference-names.context';
import type { Command } from '../shared/command-bar.component';

/** A county leader's or the office's commands on a whole project: suspend or resume it, raise a problem. */
export function projectCommands(code: string, suspended: boolean, departments: ReferenceItem[]): Command[] {
  const project = `/api/projects/${encodeURIComponent(code)}`;
  const suspension: Command = suspended
    ? {
        label: '恢复项目',
        fields: [{ name: 'note', label: '恢复说明', kind: 'textarea' }],
        submit: ({ note }) => apiPost(`${project}/resume`, { note }),
      }
    : {
        label: '暂停项目',
        fields: [
          { name: 'reason', label: '暂停理由', kind: 'textarea', hint: '如：等待用地指标' },
          { name: 'expectedEnd', label: '预计恢复日期', kind: 'date', hint: '超过此日期仍未恢复的，将逐级督办' },
        ],
        submit: ({ reason, expectedEnd }) => apiPost(`${project}/suspend`, { reason, expectedEnd }),
      };
  const problem: Command = {
    label: '提出问题',
    fields: [
      { name: 'description', label: '问题描述', kind: 'textarea' },
      { name: 'responsibleUnit', label: '责任单位', kind: 'select', options: referenceOptions(departments) },
      { name: 'rectificationDeadline', label: '整改期限', kind: 'date' },
    ],
    submit: (values) => apiPost(`${project}/problems`, values),
  };
  return [suspension, problem];
}
