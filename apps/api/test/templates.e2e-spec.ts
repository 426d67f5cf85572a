import { MockActivityEnvironment } from '@temporalio/testing';
import { Client as ClientToken } from '@temporalio/client';
import { templateRolloutWorkflowId } from '@keystone/contracts';
import { AdoptionOutcome, STAGE_KEYS } from '@keystone/domain';
import { TemplateRolloutActivitiesService } from '@keystone/projects';
import { keystoneWithOffice } from './support/keystone-test-app';
import { recordScenario, recordWorkflowHistory } from '../../worker/test/replay/recorded-histories';
import { eventually, registerProject } from './support/project-fixtures';

/** The office keeps its stage templates current; a revision reaches the projects registered after it, and only those. */
describe('revising a stage template', () => {
  const keystone = keystoneWithOffice();

  const template = (id: string, completion: Record<string, unknown> = {}) => ({
    id,
    name: '修订测试模板',
    projectType: id,
    stages: STAGE_KEYS.map((stage) => ({
      stage,
      name: stage,
      timeLimit: { workingDays: 10 },
      tasks: [{ key: 'main', name: '审批事项', department: 'natural-resources' }],
      ...(stage === 'completion' && completion),
    })),
  });
  const completionOf = async (code: string) => (await keystone.office.get(`/api/projects/${code}`)).body.template.stages[5];

  it('applies to projects registered after it; those before keep theirs; the version replaced is kept with who replaced it', async () => {
    expect((await keystone.office.post('/api/templates', template('revised'))).status).toBe(201);
    const before = (await registerProject(keystone.office, { templateId: 'revised', projectType: 'revised' })).profile.code;

    const revised = await keystone.office.put('/api/templates/revised', template('revised', { timeLimit: { workingDays: 30 }, ownerApplication: { name: '竣工验收申请' } }));
    expect(revised.status).toBe(200);
    const after = (await registerProject(keystone.office, { templateId: 'revised', projectType: 'revised' })).profile.code;

    expect(await completionOf(before)).not.toHaveProperty('ownerApplication');
    expect((await completionOf(before)).timeLimit).toEqual({ workingDays: 10 });
    expect(await completionOf(after)).toMatchObject({ timeLimit: { workingDays: 30 }, ownerApplication: { name: '竣工验收申请' } });
    const listed = (await keystone.office.get('/api/templates')).body.find((candidate: { id: string }) => candidate.id === 'revised');
    expect(listed.stages[5].ownerApplication).toEqual({ name: '竣工验收申请' });

    const audit = (await keystone.office.get('/api/audit?username=office')).body.items;
    const revision = audit.find((entry: { type: string }) => entry.type === 'TemplateRevised');
    expect(revision).toMatchObject({ actor: { username: 'office', role: 'office' }, data: { templateId: 'revised' } });
    expect(revision.data.previous.stages[5].timeLimit).toEqual({ workingDays: 10 });
  });

  it.each([
    ['a template that does not exist', 'missing', template('missing'), 404, 'id'],
    ['another template’s id in the body', 'revised-twice', template('someone-else'), 400, 'id'],
    ['a stage that waits for an application without a name', 'revised-twice', template('revised-twice', { ownerApplication: {} }), 400, 'stages[5].ownerApplication.name'],
  ])('refuses %s, naming the field, and changes nothing', async (_, id, body, status, field) => {
    await keystone.office.post('/api/templates', template('revised-twice'));
    const response = await keystone.office.put(`/api/templates/${id}`, body);
    expect(response.status).toBe(status);
    expect(response.body.problems).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    const stored = (await keystone.office.get('/api/templates')).body.find((candidate: { id: string }) => candidate.id === 'revised-twice');
    expect(stored.stages[5]).not.toHaveProperty('ownerApplication');
    const revisions = await keystone.app.dataSource.query(`SELECT count(*)::int AS n FROM project_template_revisions WHERE template_id = 'revised-twice'`);
    expect(revisions[0].n).toBe(0);
  });

  it('moves a running project onto the revision for the stages it has not reached, so its 竣工 then waits for the owner', async () => {
    const { office, app } = keystone;
    await office.post('/api/templates', template('adopted'));
    const code = (await registerProject(office, { templateId: 'adopted', projectType: 'adopted' })).profile.code;
    await office.put('/api/templates/adopted', template('adopted', { ownerApplication: { name: '竣工验收申请' } }));
    const eventCount = async () => (await app.dataSource.query(`SELECT count(*)::int AS n FROM events WHERE stream_id = $1`, [code]))[0].n as number;

    expect((await (await app.as('leader-wang')).post(`/api/projects/${code}/template-adoptions`, {})).status).toBe(403);
    expect((await office.post('/api/projects/2026-341521-48-01-999999/template-adoptions', {})).status).toBe(404);
    const adopted = await office.post(`/api/projects/${code}/template-adoptions`, {});
    expect(adopted.status).toBe(200);
    expect(adopted.body.currentStage).toBe('siting');
    expect(await completionOf(code)).toMatchObject({ ownerApplication: { name: '竣工验收申请' } });
    const [recorded] = await app.dataSource.query(`SELECT data, actor FROM events WHERE stream_id = $1 AND type = 'TemplateRevisionAdopted'`, [code]);
    expect(recorded.data.stages.map((stage: { stage: string }) => stage.stage)).toEqual(['completion']);
    expect(recorded.actor).toMatchObject({ username: 'office', role: 'office' });

    // Nothing still to come differs any more: refused, and nothing recorded.
    const before = await eventCount();
    const again = await office.post(`/api/projects/${code}/template-adoptions`, {});
    expect(again.status).toBe(409);
    expect(await eventCount()).toBe(before);

    // Walked through 开工, the project now waits for the owner's 竣工验收申请 instead of opening 竣工.
    const officer = await app.as('officer-natural-resources');
    for (let project = adopted.body; project.currentStage; ) {
      for (const task of project.tasks.filter((candidate: { stage: string; status: string }) => candidate.stage === project.currentStage && candidate.status === 'pending')) {
        project = (await officer.post(`/api/tasks/${task.id}/decision`, { decision: 'approve', comment: '' })).body.project;
      }
    }
    const waiting = (await office.get(`/api/projects/${code}`)).body;
    expect(waiting.stages.map((stage: { stage: string }) => stage.stage)).toEqual(STAGE_KEYS.slice(0, 5));
    expect(waiting.ownerApplication).toEqual({ stage: 'completion', application: '竣工验收申请' });
    recordScenario(app.env.TEMPORAL_ADDRESS, code, 'template-revision-adopted');
  });

  it('moves every project under way on a template onto its revision in a workflow of its own, a page at a time, counting those already on it', async () => {
    const { app, office } = keystone;
    await office.post('/api/templates', template('bulk'));
    // More than one page of the rollout's (100), registered a few at a time.
    const codes: string[] = [];
    while (codes.length < 105) {
      const registered = await Promise.all(Array.from({ length: 15 }, () => registerProject(office, { templateId: 'bulk', projectType: 'bulk' })));
      codes.push(...registered.map((project) => project.profile.code));
    }
    expect((await office.get('/api/templates/bulk/adoptions')).status).toBe(404);
    await office.put('/api/templates/bulk', template('bulk', { ownerApplication: { name: '竣工验收申请' } }));
    expect((await office.post(`/api/projects/${codes[0]}/template-adoptions`, {})).status).toBe(200);

    const started = await office.post('/api/templates/bulk/adoptions', {});
    expect(started.status).toBe(202);
    expect(started.body).toMatchObject({ templateId: 'bulk', status: 'running', requestedBy: 'office (office)', projects: 105, adopted: 0, unchanged: 0, refused: [] });
    const twice = await office.post('/api/templates/bulk/adoptions', {});
    expect(twice.status).toBe(409);
    expect(twice.body.problems).toEqual([expect.objectContaining({ field: 'id' })]);

    const finished = await rolloutOf('bulk');
    expect(finished).toMatchObject({ projects: 105, adopted: 104, unchanged: 1, refused: [] });
    expect(finished.finishedAt >= finished.startedAt).toBe(true);
    for (const code of [codes[0], codes[1], codes[99], codes[100], codes[104]]) expect(await completionOf(code)).toMatchObject({ ownerApplication: { name: '竣工验收申请' } });
    recordWorkflowHistory(app.env.TEMPORAL_ADDRESS, templateRolloutWorkflowId('bulk'), 'template-rollout');

    expect((await office.post('/api/templates/bulk/adoptions', {})).status).toBe(202);
    expect(await rolloutOf('bulk')).toMatchObject({ projects: 105, adopted: 0, unchanged: 105 });

    // An operator ends one early (its 105 Updates take far longer than the termination): it reads as stopped, not running.
    expect((await office.post('/api/templates/bulk/adoptions', {})).status).toBe(202);
    await app.get(ClientToken).workflow.getHandle(templateRolloutWorkflowId('bulk')).terminate('an operator stops it');
    const stopped = (await office.get('/api/templates/bulk/adoptions')).body;
    expect(stopped).toMatchObject({ status: 'stopped', projects: 105 });
    expect(stopped.adopted + stopped.unchanged).toBeLessThan(105);
    expect(stopped.finishedAt >= stopped.startedAt).toBe(true);
    expect((await office.post('/api/templates/bulk/adoptions', {})).status).toBe(202);
    expect(await rolloutOf('bulk')).toMatchObject({ projects: 105, unchanged: 105 });

    const missing = await office.post('/api/templates/missing/adoptions', {});
    expect(missing.status).toBe(404);
    expect(missing.body.problems).toEqual([expect.objectContaining({ field: 'id' })]);
  });

  it('resumes a page where a failed attempt stopped: the projects it had dealt with are not sent again', async () => {
    const { app, office } = keystone;
    await office.post('/api/templates', template('resumed'));
    const codes = (await Promise.all(Array.from({ length: 10 }, () => registerProject(office, { templateId: 'resumed', projectType: 'resumed' })))).map((project) => project.profile.code).sort();
    await office.put('/api/templates/resumed', template('resumed', { ownerApplication: { name: '竣工验收申请' } }));
    const officeActor = { kind: 'user' as const, userId: 'u-office', username: 'office', role: 'office' as const };
    // The attempt before moved the first eight (one batch) and said so in its last heartbeat.
    const earlier: AdoptionOutcome[] = codes.slice(0, 8).map((code) => ({ code, outcome: 'adopted' }));
    const activities = app.inWorker(TemplateRolloutActivitiesService);
    const outcomes = await new MockActivityEnvironment({ heartbeatDetails: earlier }).run(activities.adoptTemplateRevision, { templateId: 'resumed', codes, actor: officeActor });

    expect(outcomes).toEqual([...earlier, ...codes.slice(8).map((code) => ({ code, outcome: 'adopted' }))]);
    for (const code of codes.slice(0, 8)) expect(await completionOf(code)).not.toHaveProperty('ownerApplication');
    for (const code of codes.slice(8)) expect(await completionOf(code)).toMatchObject({ ownerApplication: { name: '竣工验收申请' } });
  });

  /** The template's latest rollout once it has finished. */
  const rolloutOf = (templateId: string) =>
    eventually(async () => {
      const rollout = (await keystone.office.get(`/api/templates/${templateId}/adoptions`)).body;
      if (rollout.status !== 'finished') throw new Error(`${rollout.adopted + rollout.unchanged} of ${rollout.projects} so far`);
      return rollout;
    }, `the rollout of template ${templateId}`, 60_000);
});
