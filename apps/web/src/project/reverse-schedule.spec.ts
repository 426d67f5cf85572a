import type { StageTemplate } from '../api/api.types';
import { reverseSchedule } from './reverse-schedule';

const stage = (key: string, workingDays: number): StageTemplate => ({ stage: key, name: key, timeLimit: { workingDays }, tasks: [] });

describe('倒排工期, counted back from the planned completion date', () => {
  it('shares the span among the stages in proportion to their limits, ending on the completion date', () => {
    const planned = reverseSchedule([stage('a', 10), stage('b', 30), stage('c', 60)], '2026-01-01', '2026-04-11');
    expect(planned.map(({ stage: key, plannedStart, plannedEnd, days }) => [key, plannedStart, plannedEnd, days])).toEqual([
      ['a', '2026-01-01', '2026-01-11', 10],
      ['b', '2026-01-11', '2026-02-10', 30],
      ['c', '2026-02-10', '2026-04-11', 60],
    ]);
  });

  it('keeps the planned start and completion dates whatever the rounding', () => {
    const planned = reverseSchedule([stage('a', 1), stage('b', 1), stage('c', 1)], '2026-01-01', '2026-01-11');
    expect(planned.map((row) => row.days)).toEqual([3, 4, 3]);
    expect(planned[0].plannedStart).toBe('2026-01-01');
    expect(planned[2].plannedEnd).toBe('2026-01-11');
  });

  it('weighs duration limits by their length', () => {
    const planned = reverseSchedule(
      [{ ...stage('a', 1), timeLimit: { duration: 'P1D' } }, { ...stage('b', 1), timeLimit: { duration: 'PT72H' } }],
      '2026-01-01',
      '2026-01-09',
    );
    expect(planned.map((row) => row.days)).toEqual([2, 6]);
  });
});
