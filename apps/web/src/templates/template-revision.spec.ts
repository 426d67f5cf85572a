import { STAGE_KEYS } from '@keystone/domain';
import type { ProjectTemplate } from '../api/api.types';
import { revisedTemplate, revisionFields } from './template-revision';

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

/** The form as it opens, with these fields typed over. */
const typed = (changes: Record<string, string>) => ({ ...Object.fromEntries(revisionFields(template).map((field) => [field.name, field.initial ?? ''])), ...changes });

describe('revising a template from the 阶段模板 page', () => {
  it('opens on the template as it is, and sends it back unchanged when nothing is typed', () => {
    const fields = revisionFields(template);
    expect(fields.filter((field) => field.name.endsWith(':application')).map((field) => field.label)).toEqual(['用地预审 · 业主申请后开始', '环评 · 业主申请后开始', '审批 · 业主申请后开始', '开工 · 业主申请后开始', '竣工 · 业主申请后开始']);
    expect(revisedTemplate(template, typed({}))).toEqual(template);
  });

  it('sets a stage to wait for the owner’s application, changes limits and drops a promise left empty', () => {
    const revised = revisedTemplate(template, typed({ 'stage:5:application': ' 竣工验收申请 ', 'stage:1': '12', 'task:2:0:promisedLimit': '' }));
    expect(revised.stages[5].ownerApplication).toEqual({ name: '竣工验收申请' });
    expect(revised.stages[1]).toMatchObject({ timeLimit: { workingDays: 12 }, escalation: { warningShare: 0.5 } });
    expect(revised.stages[2].tasks[0]).toEqual({ key: 'main', name: '审批事项', department: 'natural-resources', statutoryLimit: { workingDays: 20 } });
    // A demonstration limit stays a duration; an emptied stage limit goes without one, for the API to refuse naming it.
    expect(revisedTemplate(template, typed({ 'stage:0': 'PT10M', 'stage:3': '' })).stages.map((stage) => stage.timeLimit).slice(0, 4)).toEqual([
      { duration: 'PT10M' },
      { workingDays: 10 },
      { workingDays: 10 },
      undefined,
    ]);
  });
});
