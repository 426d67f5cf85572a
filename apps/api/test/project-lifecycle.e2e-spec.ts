import { Client, WorkflowNotFoundError } from '@temporalio/client';
import { AWAITING_APPLICATION_RULE, projectWorkflowId } from '@keystone/domain';
import { recordScenario } from '../../worker/test/replay/recorded-histories';
import { KeystoneTestApp } from './support/keystone-test-app';
import { ApiClient } from './support/api-client';
import { eventually, officerOf, registerProject } from './support/project-fixtures';

describe('a key project through the API, on real Temporal and PostgreSQL', () => {
  let app: KeystoneTestApp;
  let office: ApiClient;
  const officers = new Map<string, ApiClient>();

  const officer = async (department: string) => {
    if (!officers.has(department)) officers.set(department, await app.as(officerOf(department)));
    return officers.get(department)!;
  };

  const decide = async (task: { id: string; department: string }, decision: string, comment = '') =>
    (await officer(task.department)).post(`/api/tasks/${task.id}/decision`, { decision, comment });

  type Task = { id: string; stage: string; status: string; department: string };
  const openTasksOf = (project: { currentStage: string; tasks: Task[] }): Task[] =>
    project.tasks.filter((task) => task.stage === project.currentStage && task.status !== 'approved');

  const record = (code: string, scenario: string) => recordScenario(app.env.TEMPORAL_ADDRESS, code, scenario);

  beforeAll(async () => {
    app = await KeystoneTestApp.start();
    office = await app.as('office');
  });

  afterAll(() => app?.stop());

  it('walks the six stages to completion as departments approve, stage by stage', async () => {
    let { profile, project } = await registerProject(office);
    const opened = (await office.get(`/api/projects?limit=1000`)).body.items.find((row: { code: string }) => row.code === profile.code);
    // 规划选址 has ten working days; counted from the day after it opened.
    expect(opened).toMatchObject({ currentStage: 'siting', light: 'green', workingDaysLeft: 10, lightExplanation: { rule: 'stage-clock:green' } });
    // The project's own page counts its running stage down as the board does.
    const detail = (await office.get(`/api/projects/${profile.code}`)).body;
    expect(detail.stageWorkingDaysLeft).toBe(10);
    // 倒排工期 on the working-day calendar: 开工 (10 working days) ends on the planned start, Sunday 2026-03-01,
    // and counts back over the 2026 Spring Festival (02-15 to 02-23 off, Saturdays 02-14 and 02-28 worked).
    const plan = detail.plan as { stages: { stage: string; plannedStart: string; plannedEnd: string }[]; fallbackYears: number[] };
    expect(plan.stages.find((stage) => stage.stage === 'construction-start')).toMatchObject({ plannedStart: '2026-02-09', plannedEnd: '2026-03-01' });
    expect(plan.stages.at(-1)).toMatchObject({ stage: 'completion', plannedStart: '2026-03-01', plannedEnd: '2027-12-31' });
    expect(plan.fallbackYears).toEqual([]);
    const visited: string[] = [];
    while (project.status === 'active') {
      if (!project.currentStage) project = await applyForAcceptance(profile.code);
      visited.push(project.currentStage);
      for (const task of openTasksOf(project)) {
        const response = await decide(task, 'approve');
        expect(response.status).toBe(200);
        project = response.body.project;
      }
    }
    expect(visited).toEqual(['siting', 'land-pre-review', 'environmental-assessment', 'approval', 'construction-start', 'completion']);
    expect(project.status).toBe('completed');
    expect((await office.get(`/api/projects/${profile.code}`)).body).not.toHaveProperty('stageWorkingDaysLeft');
    const board = await office.get(`/api/projects?status=completed&limit=1000`);
    expect(board.body.items.map((row: { code: string }) => row.code)).toContain(profile.code);
    const stored = await app.dataSource.query(`SELECT type FROM events WHERE stream_id = $1 ORDER BY stream_version`, [profile.code]);
    expect(stored[0].type).toBe('ProjectRegistered');
    expect(stored[stored.length - 1].type).toBe('ProjectCompleted');
    expect(stored.filter((row: { type: string }) => row.type === 'StageClosed')).toHaveLength(6);
    record(profile.code, 'six-stages-completed');
  });

  /**
   * Once 开工 closes the works are built: 竣工 waits for the owner's 竣工验收申请 with no clock and no task, on the
   * board as 竣工 awaiting it; only the project's owner (or the office) applies, and the stage opens then.
   */
  const applyForAcceptance = async (code: string) => {
    const row = (await office.get(`/api/projects?search=${code}`)).body.items[0];
    expect(row).toMatchObject({ currentStage: 'completion', awaitingApplication: '竣工验收申请', stageDueAt: null, light: 'green' });
    expect(row.lightExplanation.rule).toBe(AWAITING_APPLICATION_RULE);
    // The board as it stood, folded from the events, shows it the same way.
    const [asOf] = (await office.get(`/api/projects?asOf=${encodeURIComponent(new Date().toISOString())}&search=${code}`)).body.items;
    expect(asOf).toMatchObject({ currentStage: 'completion', awaitingApplication: '竣工验收申请', stageDueAt: null, light: 'green' });
    expect((await office.get(`/api/tasks?projectCode=${code}&status=pending`)).body.items).toEqual([]);
    const exported: string = (await office.get(`/api/projects/export?search=${code}`)).body;
    expect(exported).toContain(',推进中,竣工（在建，待竣工验收申请）,绿灯,');
    const officerAttempt = await (await officer('housing-construction')).post(`/api/projects/${code}/owner-applications`, { stage: 'completion' });
    expect(officerAttempt.status).toBe(403);
    const owner = await app.as('owner-county-investment-group');
    const wrongStage = await owner.post(`/api/projects/${code}/owner-applications`, { stage: 'approval', note: '' });
    expect(wrongStage.status).toBe(400);
    expect(wrongStage.body.problems).toEqual([expect.objectContaining({ field: 'stage' })]);
    const applied = await owner.post(`/api/projects/${code}/owner-applications`, { stage: 'completion', note: '主体工程已完工' });
    expect(applied.status).toBe(200);
    expect(applied.body).toMatchObject({ currentStage: 'completion', ownerApplication: { stage: 'completion', note: '主体工程已完工' } });
    const opened = await eventually(async () => {
      const [current] = (await office.get(`/api/projects?search=${code}`)).body.items;
      if (current.awaitingApplication !== null || !current.stageDueAt) throw new Error('still awaiting');
      return current;
    }, 'the board showing 竣工 running');
    expect(opened.lightExplanation.rule).toBe('stage-clock:green');
    expect((await office.get(`/api/tasks?projectCode=${code}&status=pending`)).body.items.map((task: { stage: string }) => task.stage)).toEqual(['completion']);
    expect((await owner.post(`/api/projects/${code}/owner-applications`, { stage: 'completion' })).status).toBe(409);
    return applied.body;
  };

  it('keeps a stage with parallel tasks open until every department has approved', async () => {
    let { project } = await registerProject(office);
    for (const stage of ['siting', 'land-pre-review']) {
      expect(project.currentStage).toBe(stage);
      for (const task of openTasksOf(project)) project = (await decide(task, 'approve')).body.project;
    }
    expect(project.currentStage).toBe('environmental-assessment');
    const parallel = openTasksOf(project);
    expect(parallel.map((task: { department: string }) => task.department).sort()).toEqual(['development-reform', 'ecology-environment', 'emergency-management']);
    for (const task of parallel.slice(0, -1)) {
      project = (await decide(task, 'approve')).body.project;
      expect(project.currentStage).toBe('environmental-assessment');
    }
    const inbox = await (await officer(parallel[2].department)).get(`/api/tasks?department=${parallel[2].department}&status=pending&projectCode=${project.code}`);
    expect(inbox.body.items.map((task: { id: string }) => task.id)).toEqual([parallel[2].id]);
    project = (await decide(parallel[2], 'approve')).body.project;
    expect(project.currentStage).toBe('approval');
    record(project.code, 'parallel-approval');
  });

  it('returns a task for correction, takes the owner’s resubmission and then approves it', async () => {
    const { profile, project } = await registerProject(office);
    const [task] = openTasksOf(project);
    const returned = await decide(task, 'return', '缺少用地红线图');
    expect(returned.status).toBe(200);
    expect(returned.body.task).toMatchObject({ status: 'returned', lastComment: '缺少用地红线图' });
    const inbox = await office.get(`/api/tasks?projectCode=${profile.code}`);
    expect(inbox.body.items[0]).toMatchObject({ id: task.id, status: 'returned' });
    expect(inbox.body.items[0].workingDaysLeft).toBeUndefined();
    const owner = await app.as('owner-county-investment-group');
    const resubmitted = await owner.post(`/api/tasks/${task.id}/resubmit`, { comment: '已补充红线图' });
    expect(resubmitted.status).toBe(200);
    expect(resubmitted.body.task.status).toBe('pending');
    const [pending] = (await office.get(`/api/tasks?projectCode=${profile.code}`)).body.items;
    expect(pending).toMatchObject({ status: 'pending', returnReason: '缺少用地红线图', lastComment: '已补充红线图' });
    // The siting task's promise is 5 working days, counted on the calendar like the board's stage limit.
    expect(pending.workingDaysLeft).toBeGreaterThanOrEqual(0);
    expect(pending.workingDaysLeft).toBeLessThanOrEqual(5);
    const approved = await decide(task, 'approve');
    expect(approved.body.project.currentStage).toBe('land-pre-review');
    record(profile.code, 'return-resubmit-approve');
  });

  it('ends the project as refused, with the reason on record', async () => {
    const { profile, project } = await registerProject(office);
    const [task] = openTasksOf(project);
    const refused = await decide(task, 'refuse', '不符合国土空间规划');
    expect(refused.status).toBe(200);
    expect(refused.body.project).toMatchObject({ status: 'refused', refusal: { reason: '不符合国土空间规划', department: task.department } });
    const board = await eventually(async () => {
      const row = (await office.get(`/api/projects?status=refused&limit=1000`)).body.items.find((item: { code: string }) => item.code === profile.code);
      if (!row) throw new Error('not on the board yet');
      return row;
    }, 'the refusal reaching the board');
    expect(board.refusalReason).toBe('不符合国土空间规划');
    const again = await decide(task, 'approve');
    expect(again.status).toBe(409);
    record(profile.code, 'refused');
  });

  it('answers a second registration of the same code with 409 and starts no second workflow', async () => {
    const { profile } = await registerProject(office);
    const again = await office.post('/api/projects', { ...profile, name: '重复登记' });
    expect(again.status).toBe(409);
    expect(again.body.problems).toEqual([expect.objectContaining({ field: 'code' })]);
    const stored = await app.dataSource.query(`SELECT count(*)::int AS n FROM events WHERE stream_id = $1 AND type = 'ProjectRegistered'`, [profile.code]);
    expect(stored[0].n).toBe(1);
    expect((await office.get(`/api/projects/${profile.code}`)).body.profile.name).toBe('城东新能源产业园');
  });

  it('still shows a project, and refuses its code again, after Temporal has forgotten its workflow (retention run out)', async () => {
    const { profile } = await registerProject(office);
    const temporal = app.get(Client);
    const workflowId = projectWorkflowId(profile.code);
    await temporal.workflow.getHandle(workflowId).terminate('stands in for a run past its retention');
    await temporal.workflowService.deleteWorkflowExecution({ namespace: temporal.options.namespace, workflowExecution: { workflowId } });
    await eventually(async () => {
      const gone = await temporal.workflow.getHandle(workflowId).describe().then(() => false, (error) => error instanceof WorkflowNotFoundError);
      if (!gone) throw new Error('the workflow is still there');
    }, 'Temporal deleting the workflow (the dev server takes about 20 s)', 90_000);
    const again = await office.post('/api/projects', { ...profile, name: '重复登记' });
    expect(again.status).toBe(409);
    expect(again.body.problems).toEqual([expect.objectContaining({ field: 'code' })]);
    await expect(temporal.workflow.getHandle(workflowId).describe()).rejects.toBeInstanceOf(WorkflowNotFoundError);
    const stored = await app.dataSource.query(`SELECT count(*)::int AS n FROM events WHERE stream_id = $1 AND type = 'ProjectRegistered'`, [profile.code]);
    expect(stored[0].n).toBe(1);
    const shown = await office.get(`/api/projects/${profile.code}`);
    expect(shown.status).toBe(200);
    expect(shown.body).toMatchObject({ code: profile.code, profile: { name: profile.name }, currentStage: 'siting' });
    const history = await office.get(`/api/projects/${profile.code}/history`);
    expect(history.status).toBe(200);
    expect(history.body.workflowHistoryAvailable).toBe(false);
    expect(history.body.entries.map((entry: { type?: string }) => entry.type)).toContain('ProjectRegistered');
  });

  it('loses nothing when the worker stops in the middle of a stage and starts again', async () => {
    let { project } = await registerProject(office);
    for (const task of openTasksOf(project)) project = (await decide(task, 'approve')).body.project;
    expect(project.currentStage).toBe('land-pre-review');
    await app.stopWorker();
    await app.startWorker();
    const resumed = await office.get(`/api/projects/${project.code}`);
    expect(resumed.body).toMatchObject({ currentStage: 'land-pre-review', version: project.version });
    const [task] = openTasksOf(resumed.body);
    const approved = await decide(task, 'approve');
    expect(approved.status).toBe(200);
    expect(approved.body.project.currentStage).toBe('environmental-assessment');
  });
});
