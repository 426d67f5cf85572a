import { YELLOWS_IN_A_ROW_RULE } from '@keystone/domain';
import { alertSubject } from './alert-subject';

describe('what an alert is about', () => {
  const stageAlert = (level: 'yellow' | 'red', rule: string, generation = 1) => ({
    id: `2026-341521-48-01-000001.stage-land-pre-review.${level}.${generation}`,
    subject: { kind: 'stage' as const, stage: 'land-pre-review' as const },
    level,
    explanation: { rule, summary: '', dueAt: '2026-12-14T16:00:00.000Z', taskIds: [], fallbackYears: [] },
  });

  it.each([
    ['用地预审阶段临近时限', stageAlert('yellow', 'stage-clock:yellow')],
    ['用地预审阶段超时', stageAlert('red', 'stage-clock:red')],
    // Raised before the limit: the stage is not over time yet.
    ['用地预审阶段连续第二次预警（两黄变红）', stageAlert('red', YELLOWS_IN_A_ROW_RULE)],
    ['用地预审阶段超时（延期后）', stageAlert('red', 'stage-clock:red', 2)],
  ])('reads %s', (words, alert) => {
    expect(alertSubject(alert)).toBe(words);
  });
});
