import { ApiClient } from './support/api-client';
import { KeystoneTestApp } from './support/keystone-test-app';
import { eventually, officerOf, registerProject } from './support/project-fixtures';

/**
 * A decision the project's workflow cannot confirm, because no worker runs: the department hears so in bounded
 * time instead of waiting on an open request, and a repeat once the worker is back takes effect exactly once.
 */
describe('a request the workflow cannot confirm in time', () => {
  let app: KeystoneTestApp;
  let office: ApiClient;

  beforeAll(async () => {
    app = await KeystoneTestApp.start({ UPDATE_ANSWER_TIMEOUT_MS: '1500' });
    office = await app.as('office');
  });

  afterAll(() => app?.stop());

  it('answers 503 while the worker is stopped, and a repeat afterwards records the decision once', async () => {
    const { project } = await registerProject(office);
    const [task] = project.tasks;
    const officer = await app.as(officerOf(task.department));
    await app.stopWorker();
    const unanswered = await officer.post(`/api/tasks/${task.id}/decision`, { decision: 'approve', comment: '同意' });
    expect(unanswered.status).toBe(503);
    expect(unanswered.body.message).toContain('did not confirm the request in time');

    await app.startWorker();
    // As the officer would: repeat until the answer is not 503 (the restarted worker's first workflow task replays).
    const repeated = await eventually(async () => {
      const response = await officer.post(`/api/tasks/${task.id}/decision`, { decision: 'approve', comment: '同意' });
      if (response.status === 503) throw new Error('not confirmed yet');
      return response;
    }, 'a confirmed answer once the worker is back', 30_000);
    // The first request may still have reached the workflow: then the repeat is refused as already decided.
    expect([200, 409]).toContain(repeated.status);
    await eventually(async () => {
      const decided: { count: string }[] = await app.dataSource.query(`SELECT count(*) FROM events WHERE stream_id = $1 AND type = 'TaskDecided'`, [project.code]);
      if (Number(decided[0].count) !== 1) throw new Error(`${decided[0].count} decisions`);
    }, 'the decision being recorded');
    const after = await office.get(`/api/projects/${project.code}`);
    expect(after.body.tasks.find((candidate: { id: string }) => candidate.id === task.id).status).toBe('approved');
  });
});
