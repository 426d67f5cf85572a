import { STAGE_KEYS } from '@keystone/domain';
import { keystoneWithOffice } from './support/keystone-test-app';
import { registerProject } from './support/project-fixtures';

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
});
