import type { StageKey } from '@keystone/domain';
import type { StageTemplate } from '../api/api.types';
import { reverseSchedule } from './reverse-schedule';

const stage = (key: StageKey, workingDays: number): StageTemplate => ({ stage: key, name: key, timeLimit: { workingDays }, tasks: [] });

describe('倒排工期, counted back from the planned completion date', () => {
  it('shares the span among the stages in proportion to their limits, ending on the completion date', () => {
    const planned = reverseSchedule([stage('siting', 10), stage('land-pre-review', 30), stage('environmental-assessment', 60)], '2026-01-01', '2026-04-11');
    expect(planned.map(({ stage: key, plannedStart, plannedEnd, days }) => [key, plannedStart, plannedEnd, days])).toEqual([
      ['siting', '2026-01-01', '2026-01-11', 10],
      ['land-pre-review', '2026-01-11', '2026-02-10', 30],
      ['environmental-assessment', '2026-02-10', '2026-04-11', 60],
    ]);
  });

  it('keeps the planned start and completion dates whatever the rounding', () => {
    const planned = reverseSchedule([stage('siting', 1), stage('land-pre-review', 1), stage('environmental-assessment', 1)], '2026-01-01', '2026-01-11');
    expect(planned.map((row) => row.days)).toEqual([3, 4, 3]);
    expect(planned[0].plannedStart).toBe('2026-01-01');
    expect(planned[2].plannedEnd).toBe('2026-01-11');
  });

  it('weighs duration limits by their length', () => {
    const planned = reverseSchedule(
      [{ ...stage('siting', 1), timeLimit: { duration: 'P1D' } }, { ...stage('land-pre-review', 1), timeLimit: { duration: 'PT72H' } }],
      '2026-01-01',
      '2026-01-09',
    );
    expect(planned.map((row) => row.days)).toEqual([2, 6]);
  });
});
