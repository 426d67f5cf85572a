import { keystoneWithOffice } from './support/keystone-test-app';
import { eventually, registerProject } from './support/project-fixtures';

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

  it('moves the running stage deadline past a newly declared holiday and records why', async () => {
    const { profile, project } = await registerProject(keystone.office);
    const before = project.stages[0].deadline;
    const openedOn = new Date(Date.parse(project.stages[0].openedAt) + 8 * 3_600_000).toISOString().slice(0, 10);
    const holiday = await nextWorkingWeekday(openedOn);
    const year = holiday.slice(0, 4);
    const current = await keystone.office.get(`/api/calendar/${year}`);
    const data = current.status === 200 ? current.body : { holidays: [], makeUpWorkdays: [] };
    const corrected = await keystone.office.send('PUT', `/api/calendar/${year}`, {
      holidays: [...data.holidays, holiday].sort(),
      makeUpWorkdays: data.makeUpWorkdays,
      confirmed: false,
      source: '县政府补充通知（测试）',
    });
    expect(corrected.status).toBe(200);
    const after = await eventually(async () => {
      const state = (await keystone.office.get(`/api/projects/${profile.code}`)).body;
      if (state.stages[0].deadline.dueAt === before.dueAt) throw new Error('deadline not moved yet');
      return state.stages[0].deadline;
    }, 'the stage deadline moving', 20_000);
    expect(Date.parse(after.dueAt)).toBeGreaterThan(Date.parse(before.dueAt));
    expect(after.calendarVersion).not.toBe(before.calendarVersion);
    const [recomputed] = await keystone.app.dataSource.query(`SELECT data, actor FROM events WHERE stream_id = $1 AND type = 'DeadlineRecomputed'`, [profile.code]);
    expect(recomputed.data).toMatchObject({ stage: 'siting', years: [Number(year)], previous: { dueAt: before.dueAt }, deadline: { dueAt: after.dueAt } });
    expect(recomputed.data.reason).toContain('节假日安排更正');
    expect(recomputed.actor).toEqual({ kind: 'system', rule: 'calendar-correction' });
    const board = (await keystone.office.get(`/api/projects?limit=1000`)).body.items.find((row: { code: string }) => row.code === profile.code);
    expect(new Date(board.stageDueAt).toISOString()).toBe(after.dueAt);
  });
});
