import { DEFAULT_ESCALATION_LEVELS } from '@keystone/domain';
import { useState } from 'react';
import { apiPost } from '../api/api.client';
import type { Actor, EscalationLevels, ProjectTemplate, TaskTemplate } from '../api/api.types';
import { useApi } from '../api/use-api.hook';
import { describeLimit } from '../shared/time-limit';
import { useNames } from '../reference/reference-names.context';
import { stageName } from '../shared/labels';
import { CommandBar } from '../shared/command-bar.component';
import { LoadState } from '../shared/load-state.component';
import { RunningProjectsAdoption } from './running-projects-adoption.component';
import { TemplateEditor } from './template-editor.component';

/**
 * 阶段模板: each kind of project's six stages with their limits, the ladder each runs, and the departments' tasks
 * with their own limits, so everyone reads the same rules the clocks run on. The office revises a template here; a
 * revision reaches the projects registered after it.
 */
export function TemplatesPage({ actor }: { actor: Actor }) {
  const templates = useApi<ProjectTemplate[]>('/api/templates', { live: false });
  if (!templates.data) return <LoadState what="阶段模板" error={templates.error} />;
  return (
    <>
      <div className="page-heading">
        <h1>阶段模板</h1>
        <span className="muted">共 {templates.data.length} 个 · 办理时限按工作日计算（节假日不计，调休上班日计入）</span>
      </div>
      <p className="muted" data-testid="yellows-in-a-row">
        两黄变红：上一阶段黄灯预警后，下一阶段（或延期后的同一阶段）再次黄灯预警的，直接按红灯报包抓县领导督办；中间有红灯或按期无预警办结的阶段，重新计算。
      </p>
      {templates.data.map((template) => (
        <TemplateStages key={template.id} template={template} canRevise={actor.role === 'office'} onRevised={templates.reload} />
      ))}
    </>
  );
}

function TemplateStages({ template, canRevise, onRevised }: { template: ProjectTemplate; canRevise: boolean; onRevised: () => void }) {
  const names = useNames();
  return (
    <section className="panel" aria-label={template.name} data-template={template.id}>
      <h2>
        {template.name} <span className="muted">{template.id}</span>
      </h2>
      <table className="compact-table template-table">
        <thead>
          <tr>
            <th>阶段</th>
            <th>办理时限</th>
            <th>预警与督办</th>
            <th>审批事项（承办部门、承诺与法定时限）</th>
          </tr>
        </thead>
        <tbody>
          {template.stages.map((stage) => (
            <tr key={stage.stage} data-stage={stage.stage}>
              <td className="no-wrap">{stageName(stage.stage)}</td>
              <td className="no-wrap" data-label="办理时限">
                {describeLimit(stage.timeLimit)}
                {stage.ownerApplication && <div className="muted">项目业主提交{stage.ownerApplication.name}后开始计时</div>}
              </td>
              <td data-label="预警与督办">{ladderText(stage.escalation ?? DEFAULT_ESCALATION_LEVELS)}</td>
              <td data-label="审批事项">
                <ul className="plain-list">
                  {stage.tasks.map((task) => (
                    <li key={task.key}>
                      {task.name} · {names.department(task.department)}
                      {taskLimitsText(task)}
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {canRevise && <TemplateCommands template={template} onRevised={onRevised} />}
      {canRevise && (
        <p className="muted small">
          修订只适用于此后登记的项目；已登记的项目仍按登记时的模板办理，项目办可让其尚未开始的阶段改按现行版本：在项目页面逐个办理，或点击“在办项目后续阶段改按现行版本”一次办理。办件时限留空为不设；“业主申请后开始”填写申请名称（如 竣工验收申请）的，该阶段在项目业主提交申请后才开始计时，留空则上一阶段办结即开始。
        </p>
      )}
    </section>
  );
}

/** The office's commands on a template, in one row: revise it, copy it, move its projects under way onto it. */
function TemplateCommands({ template, onRevised }: { template: ProjectTemplate; onRevised: () => void }) {
  const [editing, setEditing] = useState(false);
  const [revised, setRevised] = useState(false);
  return (
    <>
      <div className="template-commands">
        <div className="command-buttons">
          <button
            type="button"
            className={editing ? 'selected' : ''}
            onClick={() => {
              setRevised(false);
              setEditing(true);
            }}
          >
            修订模板
          </button>
        </div>
        <CommandBar
          onDone={onRevised}
          commands={[
            {
              label: '复制为新模板',
              fields: [
                { name: 'id', label: '模板编号', kind: 'text', hint: '小写字母、数字和连字符，如 water-supply' },
                { name: 'name', label: '模板名称', kind: 'text', initial: `${template.name}（副本）` },
                { name: 'projectType', label: '项目类型', kind: 'text', initial: template.projectType, hint: '登记项目时按项目类型选用模板' },
              ],
              submit: ({ id, name, projectType }) => apiPost('/api/templates', { id, name, projectType, stages: template.stages }),
            },
          ]}
        />
        <RunningProjectsAdoption templateId={template.id} />
      </div>
      {editing && (
        <TemplateEditor
          template={template}
          onCancel={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            setRevised(true);
            onRevised();
          }}
        />
      )}
      {revised && (
        <p className="success" role="status">
          修订模板已办理。
        </p>
      )}
    </>
  );
}

function ladderText({ warningShare, secondLevelAfterWorkingDays }: EscalationLevels): string {
  return `用时 ${Math.round(warningShare * 100)}% 黄灯预警；超期红灯报包抓县领导；超期 ${secondLevelAfterWorkingDays} 个工作日报项目办集体协调`;
}

function taskLimitsText({ promisedLimit, statutoryLimit }: TaskTemplate): string {
  const limits = [promisedLimit && `承诺 ${describeLimit(promisedLimit)}`, statutoryLimit && `法定 ${describeLimit(statutoryLimit)}`].filter(Boolean);
  return limits.length ? `（${limits.join('，')}）` : '';
}
