import { FormEvent, useState } from 'react';
import { apiPut } from '../api/api.client';
import type { ProjectTemplate } from '../api/api.types';
import { useNames } from '../reference/reference-names.context';
import { stageName } from '../shared/labels';
import { FormFooter } from '../shared/form-footer.component';
import { useAction } from '../shared/use-action.hook';
import { StageDraft, TaskDraft, draftOf, isDurationLimit, revisedTemplate, withNewTask, withoutTask } from './template-draft';

const TITLE = '修订模板';

/**
 * The office's revision of a template: each stage's limit and whether it waits for the owner's application, and
 * each stage's tasks (add, remove, rename, hand to another department, their promised and statutory limits). It
 * sends what was typed as it is; the API's refusal names the stage, the task and the field.
 */
export function TemplateEditor({ template, onSaved, onCancel }: { template: ProjectTemplate; onSaved: () => void; onCancel: () => void }) {
  const [draft, setDraft] = useState(() => draftOf(template));
  const action = useAction(() => apiPut(`/api/templates/${encodeURIComponent(template.id)}`, revisedTemplate(template, draft)));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await action.perform()) onSaved();
  };
  const changeStage = (index: number, change: Partial<StageDraft>) => setDraft((before) => before.map((stage, at) => (at === index ? { ...stage, ...change } : stage)));
  const changeTask = (index: number, task: number, change: Partial<TaskDraft>) =>
    setDraft((before) => before.map((stage, at) => (at === index ? { ...stage, tasks: stage.tasks.map((item, taskAt) => (taskAt === task ? { ...item, ...change } : item)) } : stage)));
  return (
    <form className="template-editor" onSubmit={(event) => void submit(event)} aria-label={TITLE}>
      {template.stages.map((stage, index) => {
        const name = stageName(stage.stage);
        const unit = isDurationLimit(stage.timeLimit) ? '时长' : '工作日';
        return (
          <fieldset key={stage.stage} data-stage={stage.stage}>
            <legend>{name}</legend>
            <div className="stage-fields">
              <label className="field">
                <span className="field-label">办理时限（{unit}）</span>
                <input aria-label={`${name} · 办理时限（${unit}）`} value={draft[index].limit} onChange={(event) => changeStage(index, { limit: event.target.value })} />
              </label>
              {index > 0 && (
                <label className="field">
                  <span className="field-label">业主申请后开始（填申请名称，留空为上一阶段办结即开始）</span>
                  <input aria-label={`${name} · 业主申请后开始`} value={draft[index].application} onChange={(event) => changeStage(index, { application: event.target.value })} />
                </label>
              )}
            </div>
            <TaskRows stage={name} unit={unit} tasks={draft[index].tasks} onChange={(task, change) => changeTask(index, task, change)} onRemove={(task) => setDraft((before) => withoutTask(before, index, task))} />
            <button type="button" onClick={() => setDraft((before) => withNewTask(before, index))} aria-label={`${name} · 新增办件`}>
              新增办件
            </button>
          </fieldset>
        );
      })}
      <FormFooter title={TITLE} pending={action.pending} refusal={action.refusal} onCancel={onCancel} />
    </form>
  );
}

interface TaskRowsProps {
  stage: string;
  unit: string;
  tasks: TaskDraft[];
  onChange: (task: number, change: Partial<TaskDraft>) => void;
  onRemove: (task: number) => void;
}

function TaskRows({ stage, unit, tasks, onChange, onRemove }: TaskRowsProps) {
  const names = useNames();
  const label = (task: number, part: string) => `${stage} · 第 ${task + 1} 项办件 · ${part}`;
  return (
    <table className="compact-table task-editor">
      <thead>
        <tr>
          <th>办件名称</th>
          <th>承办部门</th>
          <th>承诺时限（{unit}，可空）</th>
          <th>法定时限（{unit}，可空）</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {tasks.map((task, index) => (
          <tr key={task.key}>
            <td>
              <input aria-label={label(index, '名称')} value={task.name} onChange={(event) => onChange(index, { name: event.target.value })} />
            </td>
            <td>
              <select aria-label={label(index, '承办部门')} value={task.department} onChange={(event) => onChange(index, { department: event.target.value })}>
                <option value="">请选择</option>
                {names.departments.map((department) => (
                  <option key={department.code} value={department.code}>
                    {department.name}
                  </option>
                ))}
              </select>
            </td>
            <td>
              <input aria-label={label(index, '承诺时限')} value={task.promised} onChange={(event) => onChange(index, { promised: event.target.value })} />
            </td>
            <td>
              <input aria-label={label(index, '法定时限')} value={task.statutory} onChange={(event) => onChange(index, { statutory: event.target.value })} />
            </td>
            <td>
              <button type="button" onClick={() => onRemove(index)} aria-label={label(index, '删除')}>
                删除
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
