import { STAGE_KEYS } from '@keystone/domain';
import type { ProjectTemplate } from '../api/api.types';
import { draftOf, revisedTemplate, withNewTask, withoutTask } from './template-draft';

const template: ProjectTemplate = {
  id: 'general',
  name: '通用',
  projectType: 'general',
  stages: STAGE_KEYS.map((stage, index) => ({
    stage,
    name: stage,
    timeLimit: index === 0 ? { duration: 'PT5M' } : { workingDays: 10 },
    tasks: [{ key: 'main', name: '审批事项', department: 'natural-resources', promisedLimit: { workingDays: 5 }, statutoryLimit: { workingDays: 20 } }],
    ...(index === 1 && { escalation: { warningShare: 0.5, secondLevelAfterWorkingDays: 3 } }),
  })),
};

describe('revising a template in the 阶段模板 page’s editor', () => {
  it('opens on the template as it is, and sends it back unchanged when nothing is changed', () => {
    expect(draftOf(template)[2]).toEqual({ limit: '10', application: '', tasks: [{ key: 'main', name: '审批事项', department: 'natural-resources', promised: '5', statutory: '20' }] });
    expect(revisedTemplate(template, draftOf(template))).toEqual(template);
  });

  it('sets a stage to wait for the owner’s application, changes limits and drops a promise left empty', () => {
    const draft = draftOf(template);
    draft[5].application = ' 竣工验收申请 ';
    draft[1].limit = '12';
    draft[2].tasks[0].promised = '';
    const revised = revisedTemplate(template, draft);
    expect(revised.stages[5].ownerApplication).toEqual({ name: '竣工验收申请' });
    expect(revised.stages[1]).toMatchObject({ timeLimit: { workingDays: 12 }, escalation: { warningShare: 0.5 } });
    expect(revised.stages[2].tasks[0]).toEqual({ key: 'main', name: '审批事项', department: 'natural-resources', statutoryLimit: { workingDays: 20 } });
  });

  it('keeps a demonstration limit a duration, and sends an emptied stage limit without one for the API to name', () => {
    const draft = draftOf(template);
    draft[0].limit = 'PT10M';
    draft[3].limit = ' ';
    expect(revisedTemplate(template, draft).stages.map((stage) => stage.timeLimit).slice(0, 4)).toEqual([{ duration: 'PT10M' }, { workingDays: 10 }, { workingDays: 10 }, undefined]);
  });

  it('adds a task under a key of its own in the stage, and removes one', () => {
    let draft = withNewTask(draftOf(template), 2);
    draft = withNewTask(draft, 2);
    expect(draft[2].tasks.map((task) => task.key)).toEqual(['main', 'task-2', 'task-3']);
    draft[2].tasks[1] = { ...draft[2].tasks[1], name: ' 节能审查 ', department: 'development-reform', statutory: '20' };
    draft = withoutTask(draft, 2, 2);
    expect(revisedTemplate(template, draft).stages[2].tasks).toEqual([
      template.stages[2].tasks[0],
      { key: 'task-2', name: '节能审查', department: 'development-reform', statutoryLimit: { workingDays: 20 } },
    ]);
    expect(withNewTask(withoutTask(draftOf(template), 3, 0), 3)[3].tasks.map((task) => task.key)).toEqual(['task-1']);
    expect(draftOf(template)[2].tasks).toHaveLength(1);
  });
});
