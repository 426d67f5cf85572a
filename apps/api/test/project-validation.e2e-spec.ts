import { keystoneWithOffice } from './support/keystone-test-app';
import { Client as ClientToken } from '@temporalio/client';
import { officerOf, projectProfile, registerProject } from './support/project-fixtures';

describe('bad input gets a clear 4xx naming the field, and changes nothing', () => {
  const keystone = keystoneWithOffice();

  const eventCount = async () => (await keystone.app.dataSource.query(`SELECT count(*)::int AS n FROM events`))[0].n;

  it.each([
    ['a wrong type', { totalInvestment: '很多' }, 'totalInvestment'],
    ['a missing field', { name: undefined }, 'name'],
    ['a negative investment', { totalInvestment: -1 }, 'totalInvestment'],
    ['no investment at all', { totalInvestment: 0 }, 'totalInvestment'],
    ['an investment in 元 where 万元 are asked (5 亿元 as 500,000,000)', { totalInvestment: 500_000_000 }, 'totalInvestment'],
    ['a name of spaces only', { name: '   ' }, 'name'],
    ['a code from a year still to come', { code: `${new Date().getUTCFullYear() + 2}-341521-48-01-000001` }, 'code'],
    ['a malformed project code', { code: '2026-3415-48-01-000001' }, 'code'],
    ['an unknown township', { township: 'atlantis' }, 'township'],
    ['an unknown leader', { leader: 'leader-nobody' }, 'leader'],
    ['an unknown owner unit', { ownerUnit: 'nobody-ltd' }, 'ownerUnit'],
    ['an unknown template', { templateId: 'no-such-template' }, 'templateId'],
    ['a completion planned before the start', { plannedStart: '2027-01-01', plannedCompletion: '2026-01-01' }, 'plannedCompletion'],
    ['a date that is not a date', { plannedStart: '2026-02-30' }, 'plannedStart'],
    ['a project type other than its template’s', { templateId: 'industrial', projectType: 'general' }, 'projectType'],
    ['an unexpected field', { colour: 'red' }, 'colour'],
  ])('refuses a registration with %s', async (_, change, field) => {
    const before = await eventCount();
    const response = await keystone.office.post('/api/projects', projectProfile(change));
    expect(response.status).toBe(400);
    expect(response.body.problems).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    expect(await eventCount()).toBe(before);
  });

  it('takes the project type from the template when none is given', async () => {
    const { profile } = await registerProject(keystone.office, { templateId: 'industrial', projectType: undefined });
    expect((await keystone.office.get(`/api/projects/${profile.code}`)).body.profile.projectType).toBe('industrial');
  });

  it('records a name without the spaces typed around it', async () => {
    const { profile } = await registerProject(keystone.office, { name: '  城北污水处理厂  ' });
    expect((await keystone.office.get(`/api/projects/${profile.code}`)).body.profile.name).toBe('城北污水处理厂');
  });

  it('refuses a leader’s instruction of spaces only, and records nothing', async () => {
    const { profile } = await registerProject(keystone.office);
    const before = await eventCount();
    const response = await keystone.office.post(`/api/projects/${profile.code}/problems`, { description: '   ', responsibleUnit: 'natural-resources', rectificationDeadline: '2099-01-06' });
    expect(response.status).toBe(400);
    expect(response.body.problems).toEqual([expect.objectContaining({ field: 'description', reason: expect.stringContaining('only spaces') })]);
    expect(await eventCount()).toBe(before);
  });

  it('refuses a template with an unknown department, naming the task that holds it', async () => {
    const template = (await keystone.office.get('/api/templates')).body.find((candidate: { id: string }) => candidate.id === 'default');
    const broken = { ...template, id: 'broken', stages: template.stages.map((stage: object, index: number) => (index === 0 ? { ...stage, tasks: [{ key: 'x', name: '某事项', department: 'ministry-of-magic' }] } : stage)) };
    const response = await keystone.office.post('/api/templates', broken);
    expect(response.status).toBe(400);
    expect(response.body.problems).toEqual([{ field: 'stages[0].tasks[0].department', reason: 'unknown department "ministry-of-magic"' }]);
    expect((await keystone.office.get('/api/templates')).body.map((candidate: { id: string }) => candidate.id)).not.toContain('broken');
  });

  it('adds a template the office defines, with second-scale limits for demos', async () => {
    const template = (await keystone.office.get('/api/templates')).body.find((candidate: { id: string }) => candidate.id === 'default');
    const fast = { id: 'demo-fast', name: '演示模板', projectType: 'demo', stages: template.stages.map((stage: object) => ({ ...stage, timeLimit: { duration: 'PT30S' } })) };
    expect((await keystone.office.post('/api/templates', fast)).status).toBe(201);
    expect((await keystone.office.post('/api/templates', fast)).status).toBe(409);
    const { project } = await registerProject(keystone.office, { templateId: 'demo-fast', projectType: 'demo' });
    expect(project.stages[0].timeLimit).toEqual({ duration: 'PT30S' });
    expect(Date.parse(project.stages[0].deadline.dueAt) - Date.parse(project.stages[0].openedAt)).toBe(30_000);
  });

  it('answers 404 for an unknown project or task', async () => {
    expect((await keystone.office.get('/api/projects/2026-341521-48-01-999999')).status).toBe(404);
    const officer = await keystone.app.as(officerOf('natural-resources'));
    const response = await officer.post('/api/tasks/2026-341521-48-01-999999.siting.site-opinion/decision', { decision: 'approve' });
    expect(response.status).toBe(404);
    expect((await officer.post('/api/tasks/not-a-task/decision', { decision: 'approve' })).status).toBe(404);
  });

  it('records one patch marker in a new project’s history, not one for each workflow change since the first', async () => {
    const { profile } = await registerProject(keystone.office);
    const history = await keystone.app.get(ClientToken).workflow.getHandle(`project-${profile.code}`).fetchHistory();
    const patches = history.events!.flatMap((event) => {
      const marker = event.markerRecordedEventAttributes;
      return marker?.markerName === 'core_patch' ? [JSON.parse(Buffer.from(marker.details!['patch-data'].payloads![0].data!).toString())] : [];
    });
    expect(patches).toEqual([expect.objectContaining({ id: 'features-2026-12b' })]);
  });

  it('refuses another department’s decision with 403 and leaves no trace in the workflow history', async () => {
    const { profile, project } = await registerProject(keystone.office);
    const [task] = project.tasks;
    const before = await eventCount();
    const stranger = await keystone.app.as(officerOf('ecology-environment'));
    const response = await stranger.post(`/api/tasks/${task.id}/decision`, { decision: 'approve' });
    expect(response.status).toBe(403);
    expect(response.body.message).toContain('natural-resources');
    expect(await eventCount()).toBe(before);
    const history = await keystone.app.get(ClientToken).workflow.getHandle(`project-${profile.code}`).fetchHistory();
    const updates = history.events!.filter((event) => event.workflowExecutionUpdateAcceptedEventAttributes || event.workflowExecutionUpdateRejectedEventAttributes);
    expect(updates).toHaveLength(0);
    expect((await keystone.office.get(`/api/projects/${profile.code}`)).body.tasks[0].status).toBe('pending');
  });

  it('refuses a decision on a decided task with 409, and a return without a reason with 400', async () => {
    const { project } = await registerProject(keystone.office);
    const [task] = project.tasks;
    const officer = await keystone.app.as(officerOf(task.department));
    const noReason = await officer.post(`/api/tasks/${task.id}/decision`, { decision: 'return' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.problems).toEqual([expect.objectContaining({ field: 'comment' })]);
    expect((await officer.post(`/api/tasks/${task.id}/decision`, { decision: 'approve' })).status).toBe(200);
    const again = await officer.post(`/api/tasks/${task.id}/decision`, { decision: 'approve' });
    expect(again.status).toBe(409);
    expect(again.body.problems).toEqual([expect.objectContaining({ field: 'taskId' })]);
    const badDecision = await officer.post(`/api/tasks/${task.id}/decision`, { decision: 'maybe' });
    expect(badDecision.status).toBe(400);
    expect(badDecision.body.problems[0].field).toBe('decision');
  });
});
