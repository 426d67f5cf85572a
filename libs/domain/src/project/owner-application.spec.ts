import { approveStage, officer, owner, run, sampleDeadline, sampleProfile, sampleTemplate, refusal } from '../../test/project-fixtures';
import { ClockPlanner } from './clock-planner';
import { decide, stageAwaitingApplication, stageAwaitingOpening } from './decide';
import { CURRENT_FEATURES, nextFollowUp } from './follow-ups';
import { ProjectState, awaitedApplication } from './project-state';
import { templateProblems } from '../templates/template-rules';

const at = '2026-03-02T02:00:00.000Z';
const built = '2027-10-08T02:00:00.000Z';

/** 竣工 waits for the owner's 竣工验收申请: the works take years after 开工. */
function templateWaitingForOwner() {
  const template = sampleTemplate();
  template.stages[5] = { ...template.stages[5], ownerApplication: { name: '竣工验收申请' } };
  return template;
}

/** Registered on that template and walked through 开工. */
function underConstruction(): ProjectState {
  let state = run(undefined, { type: 'RegisterProject', profile: sampleProfile(), template: templateWaitingForOwner(), at });
  state = run(state, { type: 'OpenNextStage', deadline: sampleDeadline, at });
  for (let stage = 0; stage < 5; stage += 1) state = approveStage(state, at);
  return state;
}

/** Plans every opening on the sample deadline: these specs are about which stage opens, not when it is due. */
const planner: ClockPlanner = {
  planStageDeadline: async () => sampleDeadline,
  planStageOpening: async () => ({ deadline: sampleDeadline, statutoryDeadlines: {}, promisedDeadlines: {} }),
  measureClockUse: async () => 0,
};

describe('a stage that waits for the owner’s application (竣工 after 开工)', () => {
  it('does not open when 开工 closes: no stage, no clock, the application awaited', async () => {
    const state = underConstruction();
    expect(state.stages.map((stage) => stage.stage)).toEqual(['siting', 'land-pre-review', 'environmental-assessment', 'approval', 'construction-start']);
    expect(state.currentStage).toBeUndefined();
    expect(state.clocks).toEqual([]);
    expect(state.ownerApplication).toEqual({ stage: 'completion', application: '竣工验收申请' });
    expect(awaitedApplication(state)).toBe(state.ownerApplication);
    expect(stageAwaitingOpening(state)).toBeUndefined();
    expect(stageAwaitingApplication(state)?.stage).toBe('completion');
    expect(await nextFollowUp(state, built, CURRENT_FEATURES, planner)).toBeUndefined();
  });

  it('opens on the owner’s application, its clock starting then', async () => {
    const applied = run(underConstruction(), { type: 'SubmitOwnerApplication', stage: 'completion', note: '主体工程完工', actor: owner, at: built });
    expect(applied.ownerApplication).toMatchObject({ stage: 'completion', submittedAt: built, note: '主体工程完工' });
    expect(awaitedApplication(applied)).toBeUndefined();
    expect(stageAwaitingApplication(applied)).toBeUndefined();
    const followUp = await nextFollowUp(applied, built, CURRENT_FEATURES, planner);
    expect(followUp).toMatchObject({ rule: 'stage-sequence', command: { type: 'OpenNextStage', at: built } });
    const opened = run(applied, followUp!.command);
    expect(opened.currentStage).toBe('completion');
    expect(opened.stages[5].openedAt).toBe(built);
    expect(opened.tasks.filter((task) => task.stage === 'completion').map((task) => task.assignedAt)).toEqual([built]);
    expect(approveStage(opened, built).status).toBe('completed');
  });

  it('is applied for by the project’s owner or the office only, for the stage that waits, once', () => {
    const state = underConstruction();
    const apply = (overrides: object) => () => decide(state, { type: 'SubmitOwnerApplication', stage: 'completion', note: '', actor: owner, at: built, ...overrides });
    expect(refusal(apply({ actor: officer('housing-construction') })).details.kind).toBe('forbidden');
    expect(refusal(apply({ actor: { ...owner, ownerUnit: 'someone-else' } })).details.kind).toBe('forbidden');
    expect(refusal(apply({ stage: 'approval' })).details).toMatchObject({ kind: 'invalid', field: 'stage' });
    const applied = run(state, { type: 'SubmitOwnerApplication', stage: 'completion', note: '', actor: owner, at: built });
    expect(refusal(() => decide(applied, { type: 'SubmitOwnerApplication', stage: 'completion', note: '', actor: owner, at: built })).details).toMatchObject({ kind: 'conflict', field: 'stage' });
    const office = { kind: 'user', userId: 'u-office', username: 'office', role: 'office' } as const;
    expect(decide(state, { type: 'SubmitOwnerApplication', stage: 'completion', note: '', actor: office, at: built })).toHaveLength(1);
  });

  it('leaves templates without it as they were: 竣工 opens as 开工 closes', () => {
    let state = run(undefined, { type: 'RegisterProject', profile: sampleProfile(), template: sampleTemplate(), at });
    state = run(state, { type: 'OpenNextStage', deadline: sampleDeadline, at });
    for (let stage = 0; stage < 5; stage += 1) state = approveStage(state, at);
    expect(state.currentStage).toBe('completion');
    expect(state.ownerApplication).toBeUndefined();
  });

  it('is refused on the first stage, which opens on registration, and without a name', () => {
    const departments = new Set(['development-reform', 'ecology-environment', 'emergency-management']);
    const template = templateWaitingForOwner();
    expect(templateProblems(template, departments)).toEqual([]);
    template.stages[0] = { ...template.stages[0], ownerApplication: { name: '选址申请' } };
    template.stages[5] = { ...template.stages[5], ownerApplication: { name: ' ' } };
    expect(templateProblems(template, departments).map((problem) => problem.field)).toEqual(['stages[0].ownerApplication', 'stages[5].ownerApplication.name']);
  });
});
