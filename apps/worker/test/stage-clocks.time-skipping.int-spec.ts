import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { WorkflowIdReusePolicy } from '@temporalio/client';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { PROJECT_WORKFLOW_TYPE, ProjectActionRequest, ProjectWorkflowInput } from '@keystone/contracts';
import { DEMO_TEMPLATES } from '@keystone/demo';
import { Actor, ProjectState, ProjectTemplate, ProjectView, STAGE_KEYS, TaskState, UserActor, beijingDate, projectWorkflowId, systemActor } from '@keystone/domain';
import { runMigrations } from '@keystone/persistence';
import { createDatabase, dropDatabase, temporalTestServerPath } from '@keystone/stack';
import { decideTaskUpdate, projectActionUpdate, projectStateQuery, resubmitTaskUpdate } from '@keystone/workflows';
import { eventually } from '../../api/test/support/project-fixtures';
import { recordScenario } from './replay/recorded-histories';
import { WorkerModule } from '../src/worker.module';

/**
 * Working-day limits take weeks; the time-skipping test server lets them pass in seconds, with the real
 * worker, its activities and PostgreSQL. Update round trips do not skip time, so only timers move it here.
 */
describe('stage and task clocks over weeks', () => {
  let env: TestWorkflowEnvironment;
  let worker: INestApplicationContext;
  const taskQueue = `time-skipping-${randomBytes(4).toString('hex')}`;
  const databaseName = `keystone_skip_${randomBytes(4).toString('hex')}`;
  const serverUrl = () => process.env.KEYSTONE_TEST_SERVER_DATABASE_URL!;

  beforeAll(async () => {
    env = await TestWorkflowEnvironment.createTimeSkipping({ server: { executable: { type: 'existing-path', path: temporalTestServerPath() } } });
    const databaseUrl = await createDatabase(serverUrl(), databaseName);
    await runMigrations(databaseUrl);
    worker = await NestFactory.createApplicationContext(
      WorkerModule.forRoot({
        DATABASE_URL: databaseUrl,
        TEMPORAL_ADDRESS: env.address,
        TEMPORAL_TASK_QUEUE: taskQueue,
        JWT_SECRET: randomBytes(32).toString('hex'),
        DATABASE_POOL_SIZE: '4',
        KEYSTONE_WORKFLOW_BUNDLE: process.env.KEYSTONE_TEST_WORKFLOW_BUNDLE,
      }),
      { logger: ['error'] },
    );
    await worker.init();
  });

  afterAll(async () => {
    await worker?.close();
    await env?.teardown();
    await dropDatabase(serverUrl(), databaseName);
  });

  /** Starts a project's run and answers its state once the registration is recorded. */
  async function register(serial: string, template = DEMO_TEMPLATES.find((candidate) => candidate.id === 'default')!): Promise<{ code: string; registered: ProjectState }> {
    const code = `2026-341521-48-01-${serial}`;
    const profile = { code, name: '时间快进测试项目', township: 'chengguan', projectType: template.projectType, templateId: template.id, totalInvestment: 1000, ownerUnit: 'county-investment-group', leader: 'leader-wang', plannedStart: '2027-01-01', plannedCompletion: '2028-12-31' };
    const input: ProjectWorkflowInput = { registration: { profile, template, registeredBy: systemActor('test') } };
    const handle = await env.client.workflow.start(PROJECT_WORKFLOW_TYPE, { taskQueue, workflowId: projectWorkflowId(code), args: [input] });
    // A query can reach the run before its first workflow task has recorded the registration.
    const registered = await eventually(async () => {
      const state = await handle.query(projectStateQuery);
      if (!state) throw new Error('no state yet');
      return state;
    }, `registration of ${code}`);
    return { code, registered };
  }

  /** Limits as plain durations, so the calendar's weekends and holidays do not move the expected instants. */
  const durationTemplate = (id: string, limits: { stage: string; statutory?: string; promised?: string }): ProjectTemplate => ({
    id,
    name: `时长模板 ${id}`,
    projectType: id,
    stages: STAGE_KEYS.map((stage) => ({
      stage,
      name: stage,
      timeLimit: { duration: stage === 'siting' ? limits.stage : 'P60D' },
      tasks: [
        {
          key: 'main',
          name: `${stage} 审批事项`,
          department: 'natural-resources',
          ...(limits.statutory && { statutoryLimit: { duration: limits.statutory } }),
          ...(limits.promised && { promisedLimit: { duration: limits.promised } }),
        },
      ],
    })),
  });

  const officerOf = (task: TaskState): UserActor => ({ kind: 'user', userId: 'u', username: `officer-${task.department}`, role: 'department-officer', department: task.department });
  const owner: Actor = { kind: 'user', userId: 'o', username: 'owner-county-investment-group', role: 'owner', ownerUnit: 'county-investment-group' };
  const handleOf = (code: string) => env.client.workflow.getHandle(projectWorkflowId(code));
  const returnForCorrection = (code: string, task: TaskState) =>
    handleOf(code).executeUpdate(decideTaskUpdate, { args: [{ taskId: task.id, decision: 'return', comment: '补充材料', actor: officerOf(task) }] });
  const resubmit = (code: string, task: TaskState): Promise<ProjectView> =>
    handleOf(code).executeUpdate(resubmitTaskUpdate, { args: [{ taskId: task.id, comment: '已补正', actor: owner }] });

  async function eventsOf(code: string): Promise<{ type: string; data: Record<string, unknown> }[]> {
    return worker.get(DataSource).query(`SELECT type, data FROM events WHERE stream_id = $1 ORDER BY stream_version`, [code]);
  }

  async function alertsRaised(code: string): Promise<{ clockId: string; level: string; raisedAt: string }[]> {
    return worker.get(DataSource).query(
      `SELECT data->>'clockId' AS "clockId", data->>'level' AS level, data->>'raisedAt' AS "raisedAt"
         FROM events WHERE stream_id = $1 AND type IN ('WarningRaised', 'EscalationRaised') ORDER BY stream_version`,
      [code],
    );
  }

  const record = (code: string, scenario: string) => recordScenario(env.address, code, scenario);

  it('raises yellow, red and the second level of 规划选址 once each, at the instants the calendar gave', async () => {
    const { code, registered } = await register('700001');
    const siting = registered.stages[0];
    await env.sleep('40 days');
    const alerts = (await alertsRaised(code)).filter((alert) => alert.clockId === 'stage-siting');
    expect(alerts.map((alert) => alert.level)).toEqual(['yellow', 'red', 'second-level']);
    const planned = [siting.deadline.warnAt, siting.deadline.dueAt, siting.deadline.secondLevelAt];
    alerts.forEach((alert, index) => expect(Math.abs(Date.parse(alert.raisedAt) - Date.parse(planned[index]))).toBeLessThan(60_000));
    const statutory = (await alertsRaised(code)).filter((alert) => alert.clockId.startsWith('statutory-siting'));
    expect(statutory.map((alert) => alert.level)).toEqual(['red']);
  });

  it('raises nothing more on a stage approved before its limit', async () => {
    const { code, registered } = await register('700002');
    const [task] = registered.tasks;
    await handleOf(code).executeUpdate(decideTaskUpdate, { args: [{ taskId: task.id, decision: 'approve', comment: '', actor: officerOf(task) }] });
    await env.sleep('40 days');
    const alerts = await alertsRaised(code);
    expect(alerts.filter((alert) => alert.clockId.includes('siting'))).toEqual([]);
    // After a stage finished without a warning, the next stage's warning is a yellow again.
    expect(alerts.find((alert) => alert.clockId === 'stage-land-pre-review')?.level).toBe('yellow');
  });

  it('raises a second yellow in a row as red to the leader, at the yellow instant, and no second red at the limit', async () => {
    const { code, registered } = await register('700009', durationTemplate('stage-10d', { stage: 'P10D' }));
    const [siting] = registered.tasks;
    await env.sleep('9 days');
    const next = await handleOf(code).executeUpdate(decideTaskUpdate, { args: [{ taskId: siting.id, decision: 'approve', comment: '', actor: officerOf(siting) }] });
    const { deadline } = next.stages[1];
    await env.sleep(Date.parse(deadline.secondLevelAt) - (await env.currentTimeMs()) + DAY);
    record(code, 'two-yellows-in-a-row');
    const alerts = (await alertsRaised(code)).filter((alert) => alert.clockId.startsWith('stage-'));
    expect(alerts.map((alert) => [alert.clockId, alert.level])).toEqual([
      ['stage-siting', 'yellow'],
      ['stage-land-pre-review', 'red'],
      ['stage-land-pre-review', 'second-level'],
    ]);
    expect(Math.abs(Date.parse(alerts[1].raisedAt) - Date.parse(deadline.warnAt))).toBeLessThan(MINUTE);
  });

  it('stops the stage clock while its task is returned and resumes it with the time already used', async () => {
    const { code, registered } = await register('700003', durationTemplate('stage-20d', { stage: 'P20D' }));
    const [task] = registered.tasks;
    await env.sleep('5 days');
    await returnForCorrection(code, task);
    await env.sleep('60 days');
    expect(await alertsRaised(code)).toEqual([]);
    const resumed = await resubmit(code, task);
    const events = await eventsOf(code);
    const used = events.find((event) => event.type === 'StageClockStopped')!.data.used as number;
    expect(used).toBeGreaterThanOrEqual(5 * DAY);
    expect(used).toBeLessThan(5 * DAY + MINUTE);
    const restarted = events.find((event) => event.type === 'StageClockRestarted')!.data as { restartedAt: string; deadline: { warnAt: string; dueAt: string; secondLevelAt: string } };
    expect(resumed.stages[0].deadline!.dueAt).toBe(restarted.deadline.dueAt);
    expect(Date.parse(restarted.deadline.dueAt) - Date.parse(restarted.restartedAt)).toBe(20 * DAY - used);
    await env.sleep('30 days');
    const alerts = (await alertsRaised(code)).filter((alert) => alert.clockId === 'stage-siting');
    expect(alerts.map((alert) => alert.level)).toEqual(['yellow', 'red', 'second-level']);
    const planned = [restarted.deadline.warnAt, restarted.deadline.dueAt, restarted.deadline.secondLevelAt];
    alerts.forEach((alert, index) => expect(Math.abs(Date.parse(alert.raisedAt) - Date.parse(planned[index]))).toBeLessThan(MINUTE));
    record(code, 'clock-stopped-by-return');
  });

  /** Returns the first task at once, lets ten days pass, resubmits and lets ten more pass. */
  async function returnedTenDays(serial: string, template: ProjectTemplate) {
    const { code, registered } = await register(serial, template);
    const [task] = registered.tasks;
    await returnForCorrection(code, task);
    await env.sleep('10 days');
    const whileReturned = await alertsRaised(code);
    await resubmit(code, task);
    await env.sleep('10 days');
    const levels = (await alertsRaised(code)).map((alert) => [alert.clockId, alert.level]);
    const types = (await eventsOf(code)).map((event) => event.type);
    return { code, whileReturned, levels, types };
  }

  it('stops a statutory clock while its task is returned and runs it again on resubmission', async () => {
    const { code, whileReturned, levels, types } = await returnedTenDays('700004', durationTemplate('statutory-3d', { stage: 'P60D', statutory: 'P3D' }));
    expect(whileReturned).toEqual([]);
    expect(levels).toEqual([['statutory-siting-main', 'red']]);
    expect(types).toEqual(expect.arrayContaining(['StageClockStopped', 'StatutoryClockStopped', 'StageClockRestarted', 'StatutoryClockRestarted']));
    record(code, 'statutory-clock-stopped');
  });

  it('stops a promised clock while its task is returned and runs it again on resubmission', async () => {
    const { code, whileReturned, levels, types } = await returnedTenDays('700005', durationTemplate('promised-3d', { stage: 'P60D', statutory: 'P60D', promised: 'P3D' }));
    expect(whileReturned).toEqual([]);
    expect(levels).toEqual(['yellow', 'red', 'second-level'].map((level) => ['promised-siting-main', level]));
    expect(types).toEqual(expect.arrayContaining(['StageClockStopped', 'PromisedClockStopped', 'StatutoryClockStopped', 'PromisedClockRestarted']));
    record(code, 'promised-clock-stopped');
  });

  it('applies a calendar correction that arrived as the previous run rolled over to this one', async () => {
    const { code, registered } = await register('700006');
    await handleOf(code).terminate('stands in for the end of a run that continued as new');
    const [siting] = registered.stages;
    // The deadline the previous run held before the correction it had not applied yet.
    const stale = { ...registered, stages: [{ ...siting, deadline: { ...siting.deadline, dueAt: '2020-01-06T16:00:00.000Z' } }, ...registered.stages.slice(1)] };
    const input: ProjectWorkflowInput = { carried: stale, calendarCorrections: [[Number(siting.openedAt.slice(0, 4))]] };
    await env.client.workflow.start(PROJECT_WORKFLOW_TYPE, { taskQueue, workflowId: projectWorkflowId(code), args: [input], workflowIdReusePolicy: WorkflowIdReusePolicy.ALLOW_DUPLICATE });
    const recomputed = await eventually(async () => {
      const found = (await eventsOf(code)).find((event) => event.type === 'DeadlineRecomputed');
      if (!found) throw new Error('no deadline recomputed yet');
      return found.data;
    }, 'the carried correction being applied');
    expect(recomputed).toMatchObject({ stage: 'siting', previous: { dueAt: '2020-01-06T16:00:00.000Z' }, deadline: { dueAt: siting.deadline.dueAt } });
  });

  const leaderWang: UserActor = { kind: 'user', userId: 'l', username: 'leader-wang', role: 'county-leader', leader: 'leader-wang' };
  const act = (code: string, request: ProjectActionRequest) => handleOf(code).executeUpdate(projectActionUpdate, { args: [request] });
  /** A date some days after the test server's now, in China: what a leader would set ahead. */
  const daysAhead = async (days: number) => beijingDate(new Date((await env.currentTimeMs()) + days * DAY));

  it('escalates a suspension that outlives its expected end, once the date has passed', async () => {
    const { code } = await register('700007');
    await act(code, { type: 'SuspendProject', reason: '等待用地指标', expectedEnd: await daysAhead(3), actor: leaderWang });
    expect(await alertsRaised(code)).toEqual([]);
    await env.sleep('30 days');
    const suspension = (await alertsRaised(code)).filter((alert) => alert.clockId.startsWith('suspension'));
    expect(suspension.map((alert) => alert.level)).toEqual(['red', 'second-level']);
    expect((await alertsRaised(code)).filter((alert) => !alert.clockId.startsWith('suspension'))).toEqual([]);
  });

  it('escalates a problem past its rectification deadline until it is closed, and resolves its alerts then', async () => {
    const { code } = await register('700008');
    const raised = await act(code, { type: 'RaiseProblem', description: '征地拆迁未完成', responsibleUnit: 'natural-resources', rectificationDeadline: await daysAhead(3), actor: leaderWang });
    await env.sleep('30 days');
    const problemAlerts = async () => (await alertsRaised(code)).filter((alert) => alert.clockId.startsWith('problem'));
    expect((await problemAlerts()).map((alert) => alert.level)).toEqual(['red', 'second-level']);
    await act(code, { type: 'CloseProblem', problemId: raised.problems[0].id, note: '已完成征地', actor: leaderWang });
    const statuses: { status: string }[] = await worker.get(DataSource).query(`SELECT status FROM alerts WHERE project_code = $1 AND clock_id LIKE 'problem%'`, [code]);
    expect(statuses.map(({ status }) => status)).toEqual(['resolved', 'resolved']);
  });
});

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
