import { WorkingDayCalendar } from '../calendar';
import { STAGE_KEYS, StageKey } from '../stages';
import type { StageTemplate } from '../templates';
import { reverseSchedule } from './reverse-schedule';

// 2026 as published: 国庆 1–7 October off, Sunday 9-20 and Saturday 10-10 worked (an excerpt of the schedule).
const calendar = new WorkingDayCalendar([
  {
    year: 2026,
    holidays: ['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07'],
    makeUpWorkdays: ['2026-09-20', '2026-10-10'],
    confirmed: true,
    source: 'test',
  },
]);

const stage = (key: StageKey, workingDays: number): StageTemplate => ({ stage: key, name: key, timeLimit: { workingDays }, tasks: [] });
const sixStages = (limits: number[]) => STAGE_KEYS.map((key, index) => stage(key, limits[index]));
const rows = (planned: ReturnType<typeof reverseSchedule>) => planned.stages.map(({ stage: key, plannedStart, plannedEnd, calendarDays }) => [key, plannedStart, plannedEnd, calendarDays]);

describe('倒排工期, counted back from the project’s planned start and completion', () => {
  it('ends 开工 on the planned start and counts the stages before it back by their limits in working days', () => {
    const planned = reverseSchedule(sixStages([10, 15, 30, 10, 10, 20]), '2026-09-01', '2027-12-31', calendar);
    expect(rows(planned)).toEqual([
      ['siting', '2026-05-19', '2026-06-02', 14],
      ['land-pre-review', '2026-06-02', '2026-06-23', 21],
      ['environmental-assessment', '2026-06-23', '2026-08-04', 42],
      ['approval', '2026-08-04', '2026-08-18', 14],
      ['construction-start', '2026-08-18', '2026-09-01', 14],
      ['completion', '2026-09-01', '2027-12-31', 486],
    ]);
    expect(planned.fallbackYears).toEqual([]);
  });

  it('counts back over a holiday: 国庆 week does not count and the make-up Saturday does', () => {
    const planned = reverseSchedule(sixStages([1, 1, 1, 1, 5, 20]), '2026-10-12', '2027-12-31', calendar);
    // Back from Monday 10-12: 10-12, Saturday 10-10, 10-09, 10-08, then 国庆 and its weekend, then 9-30.
    expect(planned.stages[4]).toMatchObject({ plannedStart: '2026-09-29', plannedEnd: '2026-10-12', calendarDays: 13 });
  });

  it('names a year it counted through on Monday to Friday for want of its schedule', () => {
    expect(reverseSchedule(sixStages([10, 10, 10, 10, 10, 10]), '2027-03-01', '2028-12-31', calendar).fallbackYears).toEqual([2027]);
  });

  it('counts duration limits (demonstration templates) by their length in calendar days', () => {
    const template = sixStages([10, 10, 10, 10, 10, 10]);
    template[0] = { ...template[0], timeLimit: { duration: 'PT5M' } };
    template[4] = { ...template[4], timeLimit: { duration: 'PT72H' } };
    const planned = reverseSchedule(template, '2026-09-01', '2026-12-31', calendar);
    expect(planned.stages[0].calendarDays).toBe(1);
    expect(planned.stages[4]).toMatchObject({ plannedStart: '2026-08-29', plannedEnd: '2026-09-01', calendarDays: 3 });
  });
});
