import { WorkingDayCalendar } from '../calendar';
import { DEFAULT_ESCALATION_LEVELS } from '../templates';
import { planStageDeadline } from './plan-stage-deadline';

const calendar = new WorkingDayCalendar([
  {
    year: 2025,
    holidays: ['2025-10-01', '2025-10-02', '2025-10-03', '2025-10-06', '2025-10-07', '2025-10-08'],
    makeUpWorkdays: ['2025-09-28', '2025-10-11'],
    confirmed: true,
    source: 'test',
  },
]);

describe('planning a stage clock', () => {
  it('puts a 10-working-day deadline opened before 国庆 after the holiday, with yellow and second level', () => {
    const plan = planStageDeadline(calendar, 'v1', new Date('2025-09-30T01:00:00Z'), { workingDays: 10 }, DEFAULT_ESCALATION_LEVELS);
    // Counted: 10-09, 10-10, 10-11 (调休 Saturday), 10-13 … 10-17, 10-20, 10-21.
    expect(plan.dueAt).toBe('2025-10-21T16:00:00.000Z');
    expect(plan.warnAt).toBe('2025-10-17T16:00:00.000Z');
    expect(plan.secondLevelAt).toBe('2025-10-28T16:00:00.000Z');
    expect(plan).toMatchObject({ calendarVersion: 'v1', fallbackYears: [] });
  });

  it('keeps yellow at least a working day before red on a one-day limit', () => {
    const plan = planStageDeadline(calendar, 'v1', new Date('2025-09-30T01:00:00Z'), { workingDays: 1 }, DEFAULT_ESCALATION_LEVELS);
    expect(plan.warnAt).toBe('2025-09-30T16:00:00.000Z');
    expect(plan.dueAt).toBe('2025-10-09T16:00:00.000Z');
  });

  it('reports years without data, where Monday to Friday was assumed', () => {
    const plan = planStageDeadline(calendar, 'v1', new Date('2027-01-04T01:00:00Z'), { workingDays: 5 }, DEFAULT_ESCALATION_LEVELS);
    expect(plan.fallbackYears).toEqual([2027]);
    expect(plan.dueAt).toBe('2027-01-11T16:00:00.000Z');
  });

  it('scales the levels of a duration limit', () => {
    const plan = planStageDeadline(calendar, 'v1', new Date('2025-09-30T00:00:00Z'), { duration: 'PT100S' }, DEFAULT_ESCALATION_LEVELS);
    expect(plan).toMatchObject({
      warnAt: '2025-09-30T00:01:20.000Z',
      dueAt: '2025-09-30T00:01:40.000Z',
      secondLevelAt: '2025-09-30T00:02:30.000Z',
      calendarVersion: 'duration',
    });
  });
});
