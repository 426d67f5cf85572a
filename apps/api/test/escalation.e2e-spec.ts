import { YELLOWS_IN_A_ROW_RULE } from '@keystone/domain';
import { recordScenario } from '../../worker/test/replay/recorded-histories';
import { KeystoneTestApp } from './support/keystone-test-app';
import { ApiClient } from './support/api-client';
import { eventually, officerOf, registerProject } from './support/project-fixtures';

/**
 * The escalation ladder on the real dev server, with stage limits in seconds: a duration limit reads as ten
 * working days, so yellow comes at 80%, red at the limit and the second level half a limit later.
 */
describe('stage clocks and the escalation ladder', () => {
  let app: KeystoneTestApp;
  let office: ApiClient;
  let leader: ApiClient;

  const template = (id: string, firstStage: string, statutoryLimit?: string, promisedLimit?: string, laterStages = 'P1D') => ({
    id,
    name: `秒级时限模板 ${id}`,
    projectType: id,
    stages: ['siting', 'land-pre-review', 'environmental-assessment', 'approval', 'construction-start', 'completion'].map((stage, index) => ({
      stage,
      name: stage,
      timeLimit: { duration: index === 0 ? firstStage : laterStages },
      tasks: [
        {
          key: 'main',
          name: `${stage} 审批事项`,
          department: 'natural-resources',
          ...(statutoryLimit && { statutoryLimit: { duration: statutoryLimit } }),
          ...(promisedLimit && { promisedLimit: { duration: promisedLimit } }),
        },
      ],
    })),
  });

  const alertsOf = async (client: ApiClient, code: string, query = '') =>
    (await client.get(`/api/alerts?projectCode=${code}&limit=100${query}`)).body.items as { id: string; level: string; status: string; recipientCodes: string[]; explanation: { rule: string; summary: string } }[];

  const eventTypes = async (code: string) =>
    (await app.dataSource.query(`SELECT type, data FROM events WHERE stream_id = $1 ORDER BY stream_version`, [code])) as { type: string; data: Record<string, unknown> }[];

  const record = (code: string, scenario: string) => recordScenario(app.env.TEMPORAL_ADDRESS, code, scenario);

  beforeAll(async () => {
    app = await KeystoneTestApp.start();
    office = await app.as('office');
    leader = await app.as('leader-wang');
    const templates = [
      ['fast-4s', 'PT4S'],
      ['slow', 'P1D'],
      ['statutory-3s', 'P1D', 'PT3S'],
      ['stage-4s-statutory-3s', 'PT4S', 'PT3S'],
      ['promised-3s', 'P1D', 'P1D', 'PT3S'],
      ['10s-then-4s', 'PT10S', undefined, undefined, 'PT4S'],
      ['stage-4s-promised-1d', 'PT4S', undefined, 'P1D'],
    ];
    for (const [id, limit, statutory, promised, laterStages] of templates) {
      const response = await office.post('/api/templates', template(id!, limit!, statutory, promised, laterStages));
      if (response.status !== 201) throw new Error(JSON.stringify(response.body));
    }
  });

  afterAll(() => app?.stop());

  it('fires yellow to the department, red to the assigned leader and the second level to the office, each once', async () => {
    const { profile } = await registerProject(office, { templateId: 'fast-4s', projectType: 'fast-4s' });
    const alerts = await eventually(async () => {
      const found = await alertsOf(office, profile.code, '&recipient=');
      if (found.length < 3) throw new Error(`${found.length} alerts`);
      return found;
    }, 'three alerts', 20_000);
    expect(alerts).toHaveLength(3);
    const byLevel = Object.fromEntries(alerts.map((alert) => [alert.level, alert]));
    expect(byLevel.yellow.recipientCodes).toEqual(['natural-resources']);
    expect(byLevel.red.recipientCodes).toEqual(['leader-wang']);
    expect(byLevel['second-level'].recipientCodes).toEqual(['office']);
    expect(byLevel.red.explanation.summary).toContain('超过办理时限');
    const inbox = await alertsOf(leader, profile.code);
    expect(inbox.map((alert) => alert.level)).toEqual(['red']);
    const board = (await office.get(`/api/projects?light=red&limit=1000`)).body.items.find((row: { code: string }) => row.code === profile.code);
    expect(board).toMatchObject({ light: 'red', stageAlertLevel: 'second-level' });
    expect(board.lightExplanation.summary).toContain('集体协调');
    expect((await alertsOf(leader, profile.code, '&status=resolved'))).toEqual([]);
    const officer = await app.as(officerOf('natural-resources'));
    const [task] = (await officer.get(`/api/tasks?projectCode=${profile.code}`)).body.items;
    expect((await officer.post(`/api/tasks/${task.id}/decision`, { decision: 'approve' })).status).toBe(200);
    const settled = await alertsOf(office, profile.code, '&recipient=');
    expect(settled.map((alert) => [alert.level, alert.status]).sort()).toEqual([['red', 'resolved'], ['second-level', 'resolved'], ['yellow', 'resolved']]);
    expect(await alertsOf(leader, profile.code, '&status=open')).toEqual([]);
    record(profile.code, 'escalation-ladder');
  });

  it('re-arms the levels when the leader extends the deadline, and refuses another leader', async () => {
    const { profile } = await registerProject(office, { templateId: 'fast-4s', projectType: 'fast-4s' });
    const red = await eventually(async () => {
      const found = (await alertsOf(leader, profile.code)).find((alert) => alert.level === 'red');
      if (!found) throw new Error('no red yet');
      return found;
    }, 'the red alert', 15_000);
    const forged = await leader.post(`/api/alerts/${profile.code}.stage-siting.red.9/reassign`, { taskId: `${profile.code}.siting.main`, department: 'development-reform', reason: '职责调整' });
    expect(forged.status).toBe(404);
    expect(JSON.stringify(forged.body)).toContain('alertId');
    const stranger = await app.as('leader-li');
    const refused = await stranger.post(`/api/alerts/${red.id}/extend`, { workingDays: 5, reason: '越权' });
    expect(refused.status).toBe(403);
    expect((await leader.post(`/api/alerts/${red.id}/acknowledge`)).status).toBe(200);
    expect((await leader.post(`/api/alerts/${red.id}/instruct`, { text: '请自然资源局三日内办结' })).status).toBe(200);
    const officer = await app.as(officerOf('natural-resources'));
    const instructed = (await alertsOf(officer, profile.code)).find((alert) => alert.id === red.id) as unknown as { instructions: { text: string }[] };
    expect(instructed.instructions).toEqual([expect.objectContaining({ text: '请自然资源局三日内办结' })]);
    const extended = await leader.post(`/api/alerts/${red.id}/extend`, { workingDays: 5, reason: '等待专家意见' });
    expect(extended.status).toBe(200);
    const generation2 = await eventually(async () => {
      const found = (await alertsOf(leader, profile.code)).find((alert) => alert.level === 'red' && alert.id.endsWith('.2'));
      if (!found) throw new Error('no re-armed red yet');
      return found;
    }, 'the re-armed red alert', 15_000);
    expect(generation2.id).toBe(red.id.replace(/\.1$/, '.2'));
    const types = (await eventTypes(profile.code)).map((event) => event.type);
    expect(types.filter((type) => type === 'DeadlineExtended')).toHaveLength(1);
    expect(types).toContain('AlertAcknowledged');
    // An open alert raised before an acknowledged one still leads the leader's inbox when asked by urgency.
    await app.dataSource.query(`UPDATE alerts SET raised_at = raised_at - interval '1 hour' WHERE id = $1`, [generation2.id]);
    expect((await alertsOf(leader, profile.code)).map((alert) => alert.id)).toEqual([red.id, generation2.id]);
    expect((await alertsOf(leader, profile.code, '&order=urgency')).map((alert) => alert.id)).toEqual([generation2.id, red.id]);
    expect((await leader.get('/api/alerts?order=oldest')).status).toBe(400);
    record(profile.code, 'extension-rearms');
  });

  // A suspension's and a problem's escalation past their dates are in the time-skipping suite: dates run in days.
  it('raises the next stage’s warning as red to the leader when the stage before it was warned too (两黄变红)', async () => {
    const { profile } = await registerProject(office, { templateId: '10s-then-4s', projectType: '10s-then-4s' });
    await eventually(async () => {
      if (!(await alertsOf(office, profile.code, '&recipient=')).some((alert) => alert.level === 'yellow')) throw new Error('no yellow yet');
    }, 'the first stage’s yellow', 15_000);
    const officer = await app.as(officerOf('natural-resources'));
    const [task] = (await officer.get(`/api/tasks?projectCode=${profile.code}`)).body.items;
    expect((await officer.post(`/api/tasks/${task.id}/decision`, { decision: 'approve' })).status).toBe(200);
    const turned = await eventually(async () => {
      const found = (await alertsOf(leader, profile.code)).find((alert) => alert.id.includes('stage-land-pre-review'));
      if (!found) throw new Error('no alert on 用地预审 yet');
      return found;
    }, 'the second warning', 15_000);
    expect(turned).toMatchObject({ level: 'red', recipientCodes: ['leader-wang', 'natural-resources'], explanation: { rule: YELLOWS_IN_A_ROW_RULE } });
    expect(turned.explanation.summary).toContain('连续第二次预警');
    const row = (await office.get(`/api/projects?search=${profile.code}`)).body.items[0];
    expect(row).toMatchObject({ light: 'red', lightExplanation: { rule: YELLOWS_IN_A_ROW_RULE } });
    // The limit itself passes without a second red; the second level still comes after it.
    await eventually(async () => {
      if (!(await alertsOf(office, profile.code, '&recipient=')).some((alert) => alert.id.endsWith('stage-land-pre-review.second-level.1'))) throw new Error('no second level yet');
    }, 'the second level', 15_000);
    const levels = (await alertsOf(office, profile.code, '&recipient=')).filter((alert) => alert.id.includes('stage-land-pre-review')).map((alert) => alert.level);
    expect(levels.sort()).toEqual(['red', 'second-level']);
  });

  it('stops every clock on suspension, refuses an expected end already past, and restarts on resumption', async () => {
    // The stage's clock and its task's statutory and promised limits (a 3-second promise) all stop.
    const { profile } = await registerProject(office, { templateId: 'promised-3s', projectType: 'promised-3s' });
    const bad = await leader.post(`/api/projects/${profile.code}/suspend`, { reason: '', expectedEnd: '2026-13-01' });
    expect(bad.status).toBe(400);
    expect(bad.body.problems.map((problem: { field: string }) => problem.field).sort()).toEqual(['expectedEnd', 'reason']);
    const past = await leader.post(`/api/projects/${profile.code}/suspend`, { reason: '等待用地指标', expectedEnd: '2020-01-06' });
    expect(past.status).toBe(400);
    expect(past.body.problems).toEqual([{ field: 'expectedEnd', reason: 'must not be before today (China time)' }]);
    expect((await eventTypes(profile.code)).map((event) => event.type)).not.toContain('ProjectSuspended');
    const suspended = await leader.post(`/api/projects/${profile.code}/suspend`, { reason: '等待用地指标', expectedEnd: aYearAhead() });
    expect(suspended.status).toBe(200);
    expect(suspended.body.suspension.reason).toBe('等待用地指标');
    expect(suspended.body.stages[0].runningSince).toBeUndefined();
    const resumed = await leader.post(`/api/projects/${profile.code}/resume`, { note: '指标已落实' });
    expect(resumed.status).toBe(200);
    expect(resumed.body.suspension).toBeUndefined();
    expect(resumed.body.stages[0].runningSince).toBeDefined();
    const types = (await eventTypes(profile.code)).map((event) => event.type);
    expect(types).toEqual(
      expect.arrayContaining(['ProjectSuspended', 'StageClockStopped', 'StatutoryClockStopped', 'PromisedClockStopped', 'ProjectResumed', 'StageClockRestarted', 'StatutoryClockRestarted', 'PromisedClockRestarted']),
    );
    record(profile.code, 'suspension');
  });

  it('turns the light red when a task passes its statutory limit, even while the stage is on schedule', async () => {
    const { profile } = await registerProject(office, { templateId: 'statutory-3s', projectType: 'statutory-3s' });
    const red = await eventually(async () => {
      const found = (await alertsOf(leader, profile.code)).find((alert) => alert.id.includes('statutory'));
      if (!found) throw new Error('no statutory alert yet');
      return found;
    }, 'the statutory limit passing', 15_000);
    expect(red).toMatchObject({ level: 'red', recipientCodes: ['leader-wang', 'natural-resources'] });
    expect(red.explanation.summary).toContain('法定时限');
    const board = (await office.get(`/api/projects?light=red&limit=1000`)).body.items.find((row: { code: string }) => row.code === profile.code);
    expect(board.lightExplanation.summary).toContain('法定时限');
    const levels = (await alertsOf(office, profile.code, '&recipient=')).map((alert) => alert.level);
    expect(levels).toEqual(['red']);
  });

  it('keeps a broken statutory limit’s red on the board when the leader extends the stage', async () => {
    const { profile } = await registerProject(office, { templateId: 'stage-4s-statutory-3s', projectType: 'stage-4s-statutory-3s' });
    const stageRed = await eventually(async () => {
      const found = (await alertsOf(leader, profile.code)).find((alert) => alert.id === `${profile.code}.stage-siting.red.1`);
      if (!found) throw new Error('no stage red yet');
      return found;
    }, 'the stage passing its limit after its task’s statutory limit', 15_000);
    expect((await leader.post(`/api/alerts/${stageRed.id}/extend`, { workingDays: 5, reason: '等待专家意见' })).status).toBe(200);
    const board = (await office.get(`/api/projects?limit=1000`)).body.items.find((row: { code: string }) => row.code === profile.code);
    expect(board).toMatchObject({ light: 'red', stageAlertLevel: 'red' });
    expect(board.lightExplanation.summary).toContain('法定时限');
  });

  it('runs the ladder on a task’s promised limit while the stage is on time, and lets the leader extend that promise', async () => {
    const { profile, project } = await registerProject(office, { templateId: 'promised-3s', projectType: 'promised-3s' });
    const officer = await app.as(officerOf('natural-resources'));
    const inboxTask = async () => (await officer.get(`/api/tasks?projectCode=${profile.code}`)).body.items[0] as { dueAt: string; dueRule: string };
    const promisedDue = (state: { clocks: { id: string; instants?: { red: string } }[] }) => state.clocks.find((clock) => clock.id === 'promised-siting-main')!.instants!.red;
    expect(await inboxTask()).toMatchObject({ dueRule: 'promised' });
    expect(Date.parse((await inboxTask()).dueAt)).toBe(Date.parse(promisedDue(project)));
    const promised = await eventually(async () => {
      const found = (await alertsOf(office, profile.code, '&recipient=')).filter((alert) => alert.id.includes('.promised-'));
      if (found.length < 3) throw new Error(`${found.length} promised alerts`);
      return found;
    }, 'the promise nearing, broken, and still open', 15_000);
    const byLevel = Object.fromEntries(promised.map((alert) => [alert.level, alert]));
    expect(byLevel.yellow.recipientCodes).toEqual(['natural-resources']);
    expect(byLevel.red.recipientCodes).toEqual(['leader-wang', 'natural-resources']);
    expect(byLevel['second-level'].recipientCodes).toEqual(['office']);
    expect(byLevel.red.explanation.summary).toContain('已超过承诺时限');
    expect((await alertsOf(office, profile.code, '&recipient=')).filter((alert) => !alert.id.includes('.promised-'))).toEqual([]);
    const board = (await office.get(`/api/projects?limit=1000`)).body.items.find((row: { code: string }) => row.code === profile.code);
    expect(board).toMatchObject({ light: 'red', stageAlertLevel: 'second-level' });
    expect(board.lightExplanation.summary).toContain('承诺时限');

    const extended = await leader.post(`/api/alerts/${byLevel.red.id}/extend`, { workingDays: 5, reason: '申请人补充现场踏勘资料' });
    expect(extended.status).toBe(200);
    expect(extended.body.stages[0].extensionWorkingDays).toBe(0);
    const rearmed = await eventually(async () => {
      const found = (await alertsOf(office, profile.code, '&recipient=')).find((alert) => alert.id.endsWith('.promised-siting-main.yellow.2'));
      if (!found) throw new Error('no re-armed yellow yet');
      return found;
    }, 'the extended promise warning again', 15_000);
    expect(rearmed.recipientCodes).toEqual(['natural-resources']);
    expect(Date.parse((await inboxTask()).dueAt)).toBe(Date.parse(promisedDue(extended.body)));
    expect(Date.parse(promisedDue(extended.body))).toBeGreaterThan(Date.parse(promisedDue(project)));
    const events = await eventTypes(profile.code);
    expect(events.find((event) => event.type === 'DeadlineExtended')!.data).toMatchObject({ taskId: `${profile.code}.siting.main`, workingDays: 5 });
    record(profile.code, 'promised-clock-extended');
  });

  it('urges a task in its department’s inbox by its stage’s limit when that comes before the task’s promise, returned and resubmitted too', async () => {
    const { profile, project } = await registerProject(office, { templateId: 'stage-4s-promised-1d', projectType: 'stage-4s-promised-1d' });
    const officer = await app.as(officerOf('natural-resources'));
    const inboxTask = async () => (await officer.get(`/api/tasks?projectCode=${profile.code}`)).body.items[0] as { id: string; dueAt: string; dueRule: string };
    const stageDue = (state: { clocks: { id: string; instants?: { red: string } }[] }) => Date.parse(state.clocks.find((clock) => clock.id === 'stage-siting')!.instants!.red);
    const assigned = await inboxTask();
    expect(assigned.dueRule).toBe('stage');
    expect(Date.parse(assigned.dueAt)).toBe(stageDue(project));
    expect((await officer.post(`/api/tasks/${assigned.id}/decision`, { decision: 'return', comment: '补充红线图' })).status).toBe(200);
    const resubmitted = await office.post(`/api/tasks/${assigned.id}/resubmit`, { comment: '已补充' });
    expect(resubmitted.status).toBe(200);
    const restartedDue = stageDue(resubmitted.body.project);
    expect(restartedDue).toBeGreaterThan(stageDue(project));
    await eventually(async () => {
      const task = await inboxTask();
      if (Date.parse(task.dueAt) !== restartedDue || task.dueRule !== 'stage') throw new Error(`${task.dueRule} ${task.dueAt}`);
    }, 'the inbox taking the restarted stage limit');
  });

  it('refuses a problem with an unknown unit or a rectification deadline already past, and closes a problem once', async () => {
    const { profile } = await registerProject(office, { templateId: 'slow', projectType: 'slow' });
    const problem = (changes: Record<string, string>) => ({ description: '征地拆迁未完成', responsibleUnit: 'natural-resources', rectificationDeadline: aYearAhead(), ...changes });
    const unknownUnit = await leader.post(`/api/projects/${profile.code}/problems`, problem({ responsibleUnit: 'nobody' }));
    expect(unknownUnit.status).toBe(400);
    expect(unknownUnit.body.problems[0].field).toBe('responsibleUnit');
    const past = await leader.post(`/api/projects/${profile.code}/problems`, problem({ rectificationDeadline: '2020-01-06' }));
    expect(past.status).toBe(400);
    expect(past.body.problems).toEqual([{ field: 'rectificationDeadline', reason: 'must not be before today (China time)' }]);
    // Told in the words of every other date field, which the web reads out in Chinese.
    const unreal = await leader.post(`/api/projects/${profile.code}/problems`, problem({ rectificationDeadline: '2099-02-30' }));
    expect(unreal.body.problems).toEqual([{ field: 'rectificationDeadline', reason: 'must be a real calendar date' }]);
    const raised = await leader.post(`/api/projects/${profile.code}/problems`, problem({}));
    expect(raised.status).toBe(200);
    expect(raised.body.problems).toHaveLength(1);
    const problemId = raised.body.problems[0].id;
    const closed = await leader.post(`/api/problems/${problemId}/close`, { note: '已完成征地' });
    expect(closed.status).toBe(200);
    expect((await leader.post(`/api/problems/${problemId}/close`, { note: '再次关闭' })).status).toBe(409);
    const listed = (await office.get(`/api/problems?projectCode=${profile.code}`)).body.items;
    expect(listed).toEqual([expect.objectContaining({ id: problemId, status: 'closed', closingNote: '已完成征地' })]);
  });
});

/** A date a year from now: ahead of today wherever the test runs. */
function aYearAhead(): string {
  return new Date(Date.now() + 365 * 86_400_000).toISOString().slice(0, 10);
}
