import { STAGE_KEYS, type StageKey } from '@keystone/domain';
import type { StageTemplate } from '../api/api.types';
import { reverseSchedule } from './reverse-schedule';

const stage = (key: StageKey, workingDays: number): StageTemplate => ({ stage: key, name: key, timeLimit: { workingDays }, tasks: [] });

/** The six stages, each with a limit of these working days. */
const sixStages = (limits: number[]) => STAGE_KEYS.map((key, index) => stage(key, limits[index]));

const rows = (planned: ReturnType<typeof reverseSchedule>) => planned.map(({ stage: key, plannedStart, plannedEnd, days }) => [key, plannedStart, plannedEnd, days]);

describe('倒排工期, counted back from the project’s planned start and completion', () => {
  it('ends 开工 on the planned start and counts the stages before it back by their limits, five working days a week', () => {
    const planned = reverseSchedule(sixStages([10, 15, 30, 10, 10, 20]), '2026-09-01', '2027-12-31');
    expect(rows(planned)).toEqual([
      ['siting', '2026-05-19', '2026-06-02', 14],
      ['land-pre-review', '2026-06-02', '2026-06-23', 21],
      ['environmental-assessment', '2026-06-23', '2026-08-04', 42],
      ['approval', '2026-08-04', '2026-08-18', 14],
      ['construction-start', '2026-08-18', '2026-09-01', 14],
      ['completion', '2026-09-01', '2027-12-31', 486],
    ]);
  });

  it('rounds a stage’s days up, so no stage is planned shorter than its limit', () => {
    const planned = reverseSchedule(sixStages([1, 1, 1, 1, 3, 1]), '2026-09-01', '2026-12-31');
    expect(planned.slice(0, 5).map((row) => row.days)).toEqual([2, 2, 2, 2, 5]);
    expect(planned[4].plannedEnd).toBe('2026-09-01');
  });

  it('counts duration limits (demonstration templates) by their length', () => {
    const template = sixStages([10, 10, 10, 10, 10, 10]);
    template[0] = { ...template[0], timeLimit: { duration: 'PT5M' } };
    template[4] = { ...template[4], timeLimit: { duration: 'PT72H' } };
    const planned = reverseSchedule(template, '2026-09-01', '2026-12-31');
    expect(planned[0].days).toBe(1);
    expect(planned[4]).toMatchObject({ plannedStart: '2026-08-29', plannedEnd: '2026-09-01', days: 3 });
  });
});
