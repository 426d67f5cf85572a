import { approveStage, officer, owner, refusal, run, sampleDeadline, sampleProfile, sampleTemplate } from '../../test/project-fixtures';
import type { UserActor } from '../actors';
import type { ProjectTemplate } from '../templates';
import { stageAwaitingApplication } from './decide';
import { ProjectState } from './project-state';
import { isNothingToAdopt, stagesStillToCome, templateRevisionChanges } from './template-adoption';

const at = '2026-03-02T02:00:00.000Z';
const later = '2026-05-11T02:00:00.000Z';
const office: UserActor = { kind: 'user', userId: 'u-office', username: 'office', role: 'office' };

/** Registered on the sample template and walked through `stages` stages, standing in the next. */
function projectAt(stages: number): ProjectState {
  let state = run(undefined, { type: 'RegisterProject', profile: sampleProfile(), template: sampleTemplate(), at });
  state = run(state, { type: 'OpenNextStage', deadline: sampleDeadline, at });
  for (let stage = 0; stage < stages; stage += 1) state = approveStage(state, at);
  return state;
}

/** The sample template revised as a county does: 竣工 waits for the owner, and 审批 has a shorter limit. */
function revision(): ProjectTemplate {
  const template = sampleTemplate();
  template.stages[3] = { ...template.stages[3], timeLimit: { workingDays: 5 } };
  template.stages[5] = { ...template.stages[5], ownerApplication: { name: '竣工验收申请' } };
  return template;
}

const adopt = (state: ProjectState, template = revision(), actor: UserActor = office) => run(state, { type: 'AdoptTemplateRevision', template, actor, at: later });

describe('a running project adopting its template’s current revision', () => {
  it('changes the stages it has not reached, and keeps the open one as it started', () => {
    const state = projectAt(3);
    expect(state.currentStage).toBe('approval');
    expect(templateRevisionChanges(state, revision()).map((stage) => stage.stage)).toEqual(['completion']);
    const adopted = adopt(state);
    expect(adopted.template.stages[5].ownerApplication).toEqual({ name: '竣工验收申请' });
    expect(adopted.template.stages[3].timeLimit).toEqual({ workingDays: 10 });
    expect(adopted.stages[3].timeLimit).toEqual(state.stages[3].timeLimit);
  });

  it('makes 竣工 wait for the owner’s application once 开工 closes, as a project registered on the revision would', () => {
    const adopted = approveStage(approveStage(adopt(projectAt(3)), later), later);
    expect(adopted.currentStage).toBeUndefined();
    expect(stageAwaitingApplication(adopted)?.stage).toBe('completion');
  });

  it('takes a later stage’s new limit when that stage opens', () => {
    const adopted = adopt(projectAt(2));
    expect(templateRevisionChanges(projectAt(2), revision()).map((stage) => stage.stage)).toEqual(['approval', 'completion']);
    expect(approveStage(adopted, later).stages[3].timeLimit).toEqual({ workingDays: 5 });
  });

  it('counts a stage waiting for the owner’s application as reached', () => {
    const template = revision();
    const waiting = run(undefined, { type: 'RegisterProject', profile: sampleProfile(), template, at });
    let state = run(waiting, { type: 'OpenNextStage', deadline: sampleDeadline, at });
    for (let stage = 0; stage < 5; stage += 1) state = approveStage(state, at);
    expect(stagesStillToCome(state)).toEqual([]);
    const withoutApplication = { ...template, stages: template.stages.map((stage) => ({ ...stage, ownerApplication: undefined })) };
    expect(refusal(() => adopt(state, withoutApplication)).details.kind).toBe('conflict');
  });

  it('is refused when nothing still to come would change, to anyone but the office, and for another template', () => {
    const adopted = adopt(projectAt(3));
    expect(isNothingToAdopt(refusal(() => adopt(adopted)))).toBe(true);
    expect(isNothingToAdopt(refusal(() => adopt(projectAt(3), revision(), officer('natural-resources'))))).toBe(false);
    expect(refusal(() => adopt(projectAt(3), revision(), officer('natural-resources'))).details.kind).toBe('forbidden');
    expect(refusal(() => adopt(projectAt(3), revision(), owner as UserActor)).details.kind).toBe('forbidden');
    expect(refusal(() => adopt(projectAt(3), { ...revision(), id: 'industrial' })).details).toMatchObject({ kind: 'invalid', field: 'templateId' });
  });

  it('reads two definitions saying the same in another key order as the same', () => {
    const state = projectAt(3);
    const reordered = sampleTemplate();
    reordered.stages[5] = Object.fromEntries(Object.entries(reordered.stages[5]).reverse()) as typeof reordered.stages[5];
    expect(templateRevisionChanges(state, reordered)).toEqual([]);
  });
});
