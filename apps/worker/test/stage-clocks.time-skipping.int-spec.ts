import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { PROJECT_WORKFLOW_TYPE, ProjectWorkflowInput } from '@keystone/contracts';
import { DEMO_TEMPLATES } from '@keystone/demo';
import { ProjectState, projectWorkflowId, systemActor } from '@keystone/domain';
import { runMigrations } from '@keystone/persistence';
import { createDatabase, dropDatabase, temporalTestServerPath } from '@keystone/stack';
import { decideTaskUpdate, projectStateQuery } from '@keystone/workflows';
import { eventually } from '../../api/test/support/project-fixtures';
import { WorkerModule } from '../src/worker.module';

/**
 * Working-day limits take weeks; the time-skipping test server lets them pass in seconds, with the real
 * worker, its activities and PostgreSQL. Update round trips do not skip time, so only timers move it here.
 */
describe('stage clocks over weeks of working days', () => {
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
  async function register(serial: string): Promise<{ code: string; registered: ProjectState }> {
    const code = `2026-341521-48-01-${serial}`;
    const template = DEMO_TEMPLATES.find((candidate) => candidate.id === 'default')!;
    const profile = { code, name: '时间快进测试项目', township: 'chengguan', projectType: 'general', templateId: 'default', totalInvestment: 1000, ownerUnit: 'county-investment-group', leader: 'leader-wang', plannedStart: '2027-01-01', plannedCompletion: '2028-12-31' };
    const input: ProjectWorkflowInput = { registration: { profile, template, registeredBy: systemActor('test') } };
    const handle = await env.client.workflow.start(PROJECT_WORKFLOW_TYPE, { taskQueue, workflowId: projectWorkflowId(code), args: [input] });
    // A query can reach the run before its first workflow task has recorded the registration.
    const registered = await eventually(async () => {
      const state = (await handle.query(projectStateQuery)) as ProjectState | undefined;
      if (!state) throw new Error('no state yet');
      return state;
    }, `registration of ${code}`);
    return { code, registered };
  }

  async function alertsRaised(code: string): Promise<{ clockId: string; level: string; raisedAt: string }[]> {
    const rows = await worker.get(DataSource).query(
      `SELECT data->>'clockId' AS "clockId", data->>'level' AS level, data->>'raisedAt' AS "raisedAt"
         FROM events WHERE stream_id = $1 AND type IN ('WarningRaised', 'EscalationRaised') ORDER BY stream_version`,
      [code],
    );
    return rows;
  }

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
    const officer = { kind: 'user' as const, userId: 'u', username: 'officer-natural-resources', role: 'department-officer' as const, department: task.department };
    await env.client.workflow.getHandle(projectWorkflowId(code)).executeUpdate(decideTaskUpdate, { args: [{ taskId: task.id, decision: 'approve', comment: '', actor: officer }] });
    await env.sleep('40 days');
    const alerts = await alertsRaised(code);
    expect(alerts.filter((alert) => alert.clockId.includes('siting'))).toEqual([]);
    expect(alerts.map((alert) => alert.clockId)).toContain('stage-land-pre-review');
  });
});
