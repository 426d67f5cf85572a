import { STAGE_KEYS } from '@keystone/domain';
import { keystoneWithOffice } from './support/keystone-test-app';
import { eventually, officerOf, registerProject } from './support/project-fixtures';

// The year after the current one (Beijing time): its notice comes late in the year, so a fresh install lacks it.
const YEAR = Number(new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 4)) + 1;

const draft = {
  holidays: [`${YEAR}-01-01`, `${YEAR}-01-02`, `${YEAR}-01-03`],
  makeUpWorkdays: [],
  source: 'operator draft before the State Council notice',
};

describe('the working-day calendar kept by the office and the operator', () => {
  const keystone = keystoneWithOffice();

  const health = async () => (await keystone.app.anonymous().get('/api/health')).body.info.calendar;
  const coverage = async () => (await keystone.office.get('/api/calendar')).body;

  it(`given a fresh install, when asked, then the official years are listed and ${YEAR} is reported missing`, async () => {
    const listed = await coverage();

    expect(listed.years[0]).toEqual({ year: 2004, confirmed: true, source: 'chinese-days@1.5.7' });
    expect(listed.years.every((year: { confirmed: boolean }) => year.confirmed)).toBe(true);
    expect(listed.missingYears).toContain(YEAR);
    expect(await health()).toEqual({ status: 'up', version: listed.version, missingYears: listed.missingYears, unconfirmedYears: [] });
    const missing = await keystone.office.get(`/api/calendar/${YEAR}`);
    expect(missing.status).toBe(404);
    expect(missing.body.problems).toEqual([{ field: 'year', reason: `no schedule for ${YEAR}: deadlines there assume Monday to Friday` }]);
  });

  it(`given a stage whose limit runs into ${YEAR}, when it opens, then its light on the board says Monday to Friday was assumed`, async () => {
    const stages = STAGE_KEYS.map((stage) => ({ stage, name: stage, timeLimit: { workingDays: 300 }, tasks: [{ key: 'main', name: '审批事项', department: 'natural-resources' }] }));
    expect((await keystone.office.post('/api/templates', { id: 'long-limits', name: '长时限模板', projectType: 'long-limits', stages })).status).toBe(201);

    const { profile, project } = await registerProject(keystone.office, { templateId: 'long-limits', projectType: 'long-limits' });

    expect(project.stages[0].deadline.fallbackYears).toContain(YEAR);
    const row = (await keystone.office.get('/api/projects?limit=1000')).body.items.find((item: { code: string }) => item.code === profile.code);
    expect(row.lightExplanation).toMatchObject({ rule: 'stage-clock:green', fallbackYears: expect.arrayContaining([YEAR]) });
    expect(row.lightExplanation.summary).toContain(`${YEAR}`);
    expect(row.lightExplanation.summary).toContain('节假日安排尚未发布，按周一至周五计算');
  });

  it.each([
    ['a holiday outside the year', { holidays: [`${YEAR - 1}-12-31`] }, 'holidays[0]'],
    ['a day both off and worked', { makeUpWorkdays: [`${YEAR}-01-02`] }, 'makeUpWorkdays[0]'],
    ['an impossible date', { holidays: [`${YEAR}-02-30`] }, 'holidays[0]'],
    ['no source', { source: '' }, 'source'],
    ['an unexpected field', { workdays: [] }, 'workdays'],
  ])('given %s, when put, then it is refused with 400 naming the field and nothing changes', async (_, change, field) => {
    const before = await coverage();

    const response = await keystone.office.send('PUT', `/api/calendar/${YEAR}`, { ...draft, ...change });

    expect(response.status).toBe(400);
    expect(response.body.problems).toEqual([expect.objectContaining({ field })]);
    expect(await coverage()).toEqual(before);
    expect((await keystone.office.get(`/api/calendar/${YEAR}`)).status).toBe(404);
  });

  it('given a year that is not a year, when put, then it is refused naming the year', async () => {
    const response = await keystone.office.send('PUT', '/api/calendar/next', draft);

    expect(response.status).toBe(400);
    expect(response.body.problems).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'year' })]));
  });

  it('given a department officer or an owner, when they write or read the calendar, then they are refused', async () => {
    const officer = await keystone.app.as(officerOf('natural-resources'));
    const owner = await keystone.app.as('owner-county-investment-group');

    expect((await officer.send('PUT', `/api/calendar/${YEAR}`, draft)).status).toBe(403);
    expect((await owner.get('/api/calendar')).status).toBe(403);
  });

  it(`given the office’s draft of ${YEAR}, when put, then it is listed back unconfirmed, health reports it so, and the worker computes with it`, async () => {
    const before = await health();

    const response = await keystone.office.send('PUT', `/api/calendar/${YEAR}`, draft);

    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ year: YEAR, holidays: draft.holidays, makeUpWorkdays: [], confirmed: false, updatedBy: 'office (office)' });
    const { version } = response.body;
    expect(version).not.toBe(before.version);
    const listed = await keystone.office.get(`/api/calendar/${YEAR}`);
    expect(listed.body).toEqual(response.body);
    expect(listed.body.nonWorkingWeekdays).toEqual(draft.holidays.filter((date) => ![0, 6].includes(new Date(date).getUTCDay())));
    expect(await health()).toEqual({
      status: 'up',
      version,
      missingYears: before.missingYears.filter((year: number) => year !== YEAR),
      unconfirmedYears: [YEAR],
    });
    await eventually(async () => {
      const { project } = await registerProject(keystone.office);
      expect(project.stages[0].deadline.calendarVersion).toBe(version);
    }, 'the worker picking up the new calendar version');
  });

  it('given the operator, when a region’s days are put, then they are listed back and a bad region is refused', async () => {
    const operator = await keystone.app.as('operator');
    const days = [{ date: `${YEAR}-01-04`, kind: 'extra-holiday', note: '县庆' }];

    const saved = await operator.send('PUT', `/api/calendar/regions/test-county/${YEAR}`, { days });

    expect(saved.status).toBe(200);
    expect(saved.body).toEqual({ region: 'test-county', year: YEAR, days, applied: false });
    expect((await operator.get(`/api/calendar/regions/test-county/${YEAR}`)).body.days).toEqual(days);
    const refused = await operator.send('PUT', `/api/calendar/regions/Test%20County/${YEAR}`, { days });
    expect(refused.status).toBe(400);
    expect(refused.body.problems).toEqual([expect.objectContaining({ field: 'region' })]);
  });
});
