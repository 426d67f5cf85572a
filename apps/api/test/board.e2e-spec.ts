import { keystoneWithOffice } from './support/keystone-test-app';
import { registerProject } from './support/project-fixtures';

/** 挂图作战 beyond one page: the counts cover every matching project, the most urgent come first, and a name finds its project. */
describe('the board at any size', () => {
  const keystone = keystoneWithOffice();
  const township = `board-${Date.now().toString(36)}`;
  let codes: string[];

  beforeAll(async () => {
    const created = await keystone.office.post('/api/townships', { code: township, name: '挂图测试镇' });
    if (created.status !== 201) throw new Error(JSON.stringify(created.body));
    codes = [];
    for (const name of ['=甲项目', '乙项目（100%配套）', '丙项目']) codes.push((await registerProject(keystone.office, { township, name })).profile.code);
    // The last project's stage has gone red (its clock fired); the read model is where the board reads it.
    await keystone.app.dataSource.query(`UPDATE project_board SET stage_alert_level = 'red' WHERE code = $1`, [codes[2]]);
  });

  const get = async (path: string) => (await keystone.office.get(path)).body;

  it('counts every matching project by light and by stage, whatever the page', async () => {
    const page = await get(`/api/projects?township=${township}&limit=1`);
    expect(page).toMatchObject({ total: 3 });
    expect(page.items).toHaveLength(1);
    const summary = await get(`/api/projects/summary?township=${township}`);
    expect(summary).toMatchObject({ total: 3, lights: { green: 2, yellow: 0, red: 1 }, completed: 0, refused: 0 });
    expect(summary.stages.siting).toEqual({ total: 3, green: 2, yellow: 0, red: 1 });
    expect(summary.stages.approval.total).toBe(0);
    expect(await get(`/api/projects/summary?township=${township}&light=red`)).toMatchObject({ total: 1, lights: { red: 1, green: 0 } });
  });

  it('puts red first when asked for the order of severity, by code otherwise', async () => {
    const byCode = (some: string[]) => [...some].sort();
    expect((await get(`/api/projects?township=${township}&order=severity`)).items.map((row: { code: string }) => row.code)).toEqual([codes[2], ...byCode(codes.slice(0, 2))]);
    expect((await get(`/api/projects?township=${township}`)).items.map((row: { code: string }) => row.code)).toEqual(byCode(codes));
  });

  it('finds a project by part of its name or code, taking what is typed literally', async () => {
    const found = async (search: string) => (await get(`/api/projects?township=${township}&search=${encodeURIComponent(search)}`)).items.map((row: { code: string }) => row.code);
    expect(await found('乙项目')).toEqual([codes[1]]);
    expect(await found(codes[2].slice(-6))).toEqual([codes[2]]);
    expect(await found('100%')).toEqual([codes[1]]);
    expect(await found('%')).toEqual([codes[1]]);
    expect(await found('_')).toEqual([]);
    // The board as it stood at an instant, folded from the events, finds the same way.
    const asOf = encodeURIComponent(new Date().toISOString());
    expect((await get(`/api/projects?asOf=${asOf}&township=${township}&search=${encodeURIComponent('乙项目')}`)).items.map((row: { code: string }) => row.code)).toEqual([codes[1]]);
  });

  it('exports the matching projects as a CSV for a spreadsheet: every one, red first, in the page’s words', async () => {
    const response = await fetch(`${keystone.app.baseUrl}/api/projects/export?township=${township}`, { headers: { authorization: `Bearer ${keystone.office.token}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="board.csv"; filename\*=UTF-8''%E6%8C%82%E5%9B%BE%E4%BD%9C%E6%88%98-\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = Buffer.from(await response.arrayBuffer());
    // A byte-order mark first, which Excel and WPS need to read UTF-8.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = bytes.subarray(3).toString('utf8').trimEnd().split('\n').map((line) => line.split(','));
    expect(header.slice(0, 8)).toEqual(['项目代码', '项目名称', '乡镇/街道', '项目业主', '包抓县领导', '状态', '当前阶段', '红黄绿灯']);
    expect(rows.map((row) => row[0])).toEqual([codes[2], ...[...codes.slice(0, 2)].sort()]);
    expect(rows[0].slice(2, 8)).toEqual(['挂图测试镇', '县城市建设投资集团', '王建国', '推进中', '规划选址', '红灯']);
    // A name a spreadsheet would run as a formula stays text.
    expect(rows.find((row) => row[0] === codes[0])![1]).toBe("'=甲项目");
    const owner = await keystone.app.as('owner-xinneng-energy');
    expect((await owner.get(`/api/projects/export?township=${township}`)).body.trimEnd().split('\n')).toHaveLength(1);
  });

  it.each([
    ['/api/projects?order=newest', 'order'],
    ['/api/projects?search=', 'search'],
    ['/api/projects/summary?limit=10', 'limit'],
    ['/api/projects/summary?light=blue', 'light'],
  ])('refuses %s with 400 naming %s', async (path, field) => {
    const response = await keystone.office.get(path);
    expect(response.status).toBe(400);
    expect(response.body.problems).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
  });

  it('counts for an owner unit only its own projects, and refuses it another’s', async () => {
    const owner = await keystone.app.as('owner-xinneng-energy');
    expect((await owner.get(`/api/projects/summary?township=${township}`)).body.total).toBe(0);
    expect((await owner.get(`/api/projects/summary?ownerUnit=county-investment-group`)).status).toBe(403);
  });
});
