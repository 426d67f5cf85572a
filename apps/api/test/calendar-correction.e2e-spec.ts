import { CalendarService } from '@keystone/calendar';
import { STAGE_KEYS } from '@keystone/domain';
import { CalendarCorrectionsService } from '@keystone/projects';
import { keystoneWithOffice } from './support/keystone-test-app';
import { recordScenario } from '../../worker/test/replay/recorded-histories';
import { eventually, officerOf, registerProject } from './support/project-fixtures';

describe('an operator corrects the calendar while projects run', () => {
  const keystone = keystoneWithOffice();

  /** The first Monday–Friday after `from` (Beijing date) that the calendar counts as a working day. */
  async function nextWorkingWeekday(from: string): Promise<string> {
    for (let day = new Date(`${from}T12:00:00+08:00`); ; day = new Date(day.getTime() + 86_400_000)) {
      const date = new Date(day.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
      if (date === from || [0, 6].includes(new Date(`${date}T12:00:00Z`).getUTCDay())) continue;
      const year = await keystone.office.get(`/api/calendar/${date.slice(0, 4)}`);
      if (year.status !== 200 || !year.body.holidays.includes(date)) return date;
    }
  }

  /** The office adds one holiday to its year, as a county's supplementary notice would. */
  async function declareHoliday(holiday: string) {
    const year = holiday.slice(0, 4);
    const current = await keystone.office.get(`/api/calendar/${year}`);
    const data = current.status === 200 ? current.body : { holidays: [], makeUpWorkdays: [] };
    return keystone.office.send('PUT', `/api/calendar/${year}`, {
      holidays: [...data.holidays, holiday].sort(),
      makeUpWorkdays: data.makeUpWorkdays,
      confirmed: false,
      source: '县政府补充通知（测试）',
    });
  }

  it('moves the running stage deadline past a newly declared holiday and records why', async () => {
    const { profile, project } = await registerProject(keystone.office);
    const before = project.stages[0].deadline;
    const openedOn = new Date(Date.parse(project.stages[0].openedAt) + 8 * 3_600_000).toISOString().slice(0, 10);
    const holiday = await nextWorkingWeekday(openedOn);
    const year = holiday.slice(0, 4);
    expect((await declareHoliday(holiday)).status).toBe(200);
    const after = await eventually(async () => {
      const state = (await keystone.office.get(`/api/projects/${profile.code}`)).body;
      if (state.stages[0].deadline.dueAt === before.dueAt) throw new Error('deadline not moved yet');
      return state.stages[0].deadline;
    }, 'the stage deadline moving', 20_000);
    expect(Date.parse(after.dueAt)).toBeGreaterThan(Date.parse(before.dueAt));
    expect(after.calendarVersion).not.toBe(before.calendarVersion);
    const recomputed: { data: Record<string, unknown>; actor: unknown }[] = await eventually(async () => {
      const rows = await keystone.app.dataSource.query(`SELECT data, actor FROM events WHERE stream_id = $1 AND type = 'DeadlineRecomputed' ORDER BY stream_version`, [profile.code]);
      if (rows.length < 3) throw new Error(`${rows.length} clocks moved`);
      return rows;
    }, 'the stage clock and both task clocks moving');
    const [stageMoved, ...taskMoved] = recomputed;
    expect(stageMoved.data).toMatchObject({ stage: 'siting', years: [Number(year)], previous: { dueAt: before.dueAt }, deadline: { dueAt: after.dueAt } });
    expect(stageMoved.data.reason).toContain('节假日安排更正');
    expect(recomputed.every(({ actor }) => JSON.stringify(actor) === JSON.stringify({ kind: 'system', rule: 'calendar-correction' }))).toBe(true);
    // The siting task's own limits (statutory 20, promised 5 working days) both span the new holiday.
    const taskId = project.tasks[0].id;
    expect(taskMoved.map(({ data }) => [data.taskId, data.limit])).toEqual([[taskId, 'statutory'], [taskId, 'promised']]);
    const promised = taskMoved[1].data as { previous: { dueAt: string }; deadline: { dueAt: string }; reason: string };
    expect(Date.parse(promised.deadline.dueAt)).toBeGreaterThan(Date.parse(promised.previous.dueAt));
    expect(promised.reason).toContain('承诺时限');
    const board = (await keystone.office.get(`/api/projects?limit=1000`)).body.items.find((row: { code: string }) => row.code === profile.code);
    expect(new Date(board.stageDueAt).toISOString()).toBe(after.dueAt);
    expect(board.lightExplanation.summary).toContain(`限办 ${after.dueAt}`);
    const officer = await keystone.app.as(officerOf('natural-resources'));
    const [inboxTask] = (await officer.get(`/api/tasks?projectCode=${profile.code}`)).body.items;
    expect(inboxTask).toMatchObject({ dueRule: 'promised' });
    expect(new Date(inboxTask.dueAt).toISOString()).toBe(promised.deadline.dueAt);
    recordScenario(keystone.app.env.TEMPORAL_ADDRESS, profile.code, 'calendar-correction');
  });

  it('moves a task’s statutory limit that runs into the corrected year when its stage’s own window does not', async () => {
    const task = { key: 'eia', name: '环境影响评价审批', department: 'natural-resources', statutoryLimit: { workingDays: 250 } };
    const stages = STAGE_KEYS.map((stage) => ({ stage, name: stage, timeLimit: { workingDays: 1 }, tasks: [task] }));
    expect((await keystone.office.post('/api/templates', { id: 'long-statutory', name: '长法定时限模板', projectType: 'long-statutory', stages })).status).toBe(201);
    const { profile, project } = await registerProject(keystone.office, { templateId: 'long-statutory', projectType: 'long-statutory' });
    const statutory = project.clocks.find((clock: { id: string }) => clock.id === 'statutory-siting-eia');
    const year = statutory.instants.red.slice(0, 4);
    expect((await declareHoliday(await nextWorkingWeekday(`${year}-01-01`))).status).toBe(200);
    const moved = await eventually(async () => {
      const rows = await keystone.app.dataSource.query(`SELECT data FROM events WHERE stream_id = $1 AND type = 'DeadlineRecomputed'`, [profile.code]);
      const found = rows.find((row: { data: { limit?: string } }) => row.data.limit === 'statutory');
      if (!found) throw new Error('the statutory limit has not moved yet');
      return found.data;
    }, 'the statutory limit moving past the new holiday', 20_000);
    expect(moved).toMatchObject({ taskId: `${profile.code}.siting.eia`, previous: { dueAt: statutory.instants.red } });
    expect(Date.parse(moved.deadline.dueAt)).toBeGreaterThan(Date.parse(statutory.instants.red));
  });

  it('holds a correction back until every worker has had time to reload its calendar, then re-plans', async () => {
    const { profile, project } = await registerProject(keystone.office);
    const openedOn = new Date(Date.parse(project.stages[0].openedAt) + 8 * 3_600_000).toISOString().slice(0, 10);
    expect((await declareHoliday(await nextWorkingWeekday(openedOn))).status).toBe(200);
    // This worker holds the corrected calendar at once; another may not for a polling interval yet.
    await keystone.app.inWorker(CalendarService).refresh();
    expect(await keystone.app.inWorker(CalendarCorrectionsService).propagatePending()).toBe(0);
    const [latest] = await keystone.app.dataSource.query(`SELECT propagated_at FROM calendar_corrections ORDER BY revision DESC LIMIT 1`);
    expect(latest.propagated_at).toBeNull();
    await eventually(async () => {
      const rows = await keystone.app.dataSource.query(`SELECT 1 FROM events WHERE stream_id = $1 AND type = 'DeadlineRecomputed'`, [profile.code]);
      if (rows.length === 0) throw new Error('the deadline has not moved yet');
    }, 'the deadline moving once the correction has settled', 20_000);
  });

  it('re-plans, once a worker runs again, a correction made while none was running', async () => {
    const { profile, project } = await registerProject(keystone.office);
    const before = project.stages[0].deadline;
    const openedOn = new Date(Date.parse(project.stages[0].openedAt) + 8 * 3_600_000).toISOString().slice(0, 10);
    await keystone.app.stopWorker();
    try {
      expect((await declareHoliday(await nextWorkingWeekday(openedOn))).status).toBe(200);
    } finally {
      await keystone.app.startWorker();
    }
    const moved = await eventually(async () => {
      const rows = await keystone.app.dataSource.query(`SELECT data FROM events WHERE stream_id = $1 AND type = 'DeadlineRecomputed' AND data->>'taskId' IS NULL`, [profile.code]);
      if (rows.length === 0) throw new Error('the stage deadline has not moved yet');
      return rows[0].data;
    }, 'the stage deadline moving once the worker is back', 20_000);
    expect(Date.parse(moved.deadline.dueAt)).toBeGreaterThan(Date.parse(before.dueAt));
    const [{ pending }] = await keystone.app.dataSource.query(`SELECT count(*)::int AS pending FROM calendar_corrections WHERE propagated_at IS NULL`);
    expect(pending).toBe(0);
  });
});
