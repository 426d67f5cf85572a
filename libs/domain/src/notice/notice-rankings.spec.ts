import { WorkingDayCalendar } from '../calendar/working-day-calendar';
import { DEPARTMENT_RANKING, DepartmentRecord, OverdueTask, TOWNSHIP_RANKING, TownshipRecord, handlingRecord, onTimeRate, rank } from './notice-rankings';

const overdueTask = (taskId: string): OverdueTask => ({
  taskId, taskName: '用地预审意见', projectCode: '2026-450000-02-01-000001', projectName: '示范项目', leader: 'leader-wang',
  dueAt: new Date('2026-11-20T16:00:00Z'), workingDaysOver: 6,
});

const department = (code: string, handled: number, handledLate: number, overdue = 0): DepartmentRecord => ({
  department: code, name: code, handled, handledLate, overdue: Array.from({ length: overdue }, (_, index) => overdueTask(`${code}.${index}`)),
});

const township = (code: string, projects: number, stagesClosed: number, redProjects = 0): TownshipRecord => ({
  township: code, name: code, projects, stagesClosed, projectsCompleted: 0, investmentReported: 0, unreported: [],
  redProjects: Array.from({ length: redProjects }, (_, index) => ({ projectCode: `${code}-${index}`, projectName: '项目', leader: 'leader-wang', redAlerts: 1 })),
});

const verdicts = <T extends { rank: number; verdict: string }>(ranked: (T & { department?: string; township?: string })[]) =>
  ranked.map((unit) => [unit.department ?? unit.township, unit.rank, unit.verdict]);

describe('the monthly notice’s ranking', () => {
  it('counts late decisions and tasks left overdue against a department’s on-time rate', () => {
    expect(onTimeRate(department('a', 8, 2, 2))).toBe(0.6);
    expect(onTimeRate(department('idle', 0, 0))).toBeUndefined();
  });

  it('praises the first without fault, names everyone at fault and summons the last of them', () => {
    const ranked = rank([department('late', 10, 3), department('clean', 5, 0), department('worst', 4, 1, 3), department('idle', 0, 0)], DEPARTMENT_RANKING);
    expect(verdicts(ranked)).toEqual([
      ['clean', 1, 'praised'],
      ['late', 2, 'named'],
      ['worst', 3, 'summoned'],
      ['idle', 4, 'none'],
    ]);
  });

  it('lets equals share a rank, both praised, and breaks a tie in the rate on fewer overdue tasks', () => {
    const ranked = rank([department('few', 2, 0), department('many', 9, 0), department('same', 9, 0), department('stuck-more', 6, 0, 2), department('stuck', 3, 0, 1)], DEPARTMENT_RANKING);
    expect(verdicts(ranked)).toEqual([
      ['many', 1, 'praised'],
      ['same', 1, 'praised'],
      ['few', 3, 'none'],
      ['stuck', 4, 'named'],
      ['stuck-more', 5, 'summoned'],
    ]);
  });

  it('summons every department tied for last at fault, and praises nobody when the first is at fault', () => {
    const ranked = rank([department('a', 4, 0, 4), department('b', 4, 0, 4)], DEPARTMENT_RANKING);
    expect(verdicts(ranked)).toEqual([
      ['a', 1, 'summoned'],
      ['b', 1, 'summoned'],
    ]);
  });

  it('praises no department that handled nothing, though it ranks first', () => {
    expect(verdicts(rank([department('idle', 0, 0)], DEPARTMENT_RANKING))).toEqual([['idle', 1, 'none']]);
  });

  it('ranks townships by the share of their projects that went red, then by stages closed', () => {
    const ranked = rank([township('red-heavy', 2, 5, 2), township('quiet', 3, 0), township('busy', 4, 6), township('some-red', 10, 8, 1), township('empty', 0, 0)], TOWNSHIP_RANKING);
    expect(verdicts(ranked)).toEqual([
      ['busy', 1, 'praised'],
      ['quiet', 2, 'none'],
      ['some-red', 3, 'named'],
      ['red-heavy', 4, 'summoned'],
      ['empty', 5, 'none'],
    ]);
  });
});

describe('a department’s handling in the notice', () => {
  // 2026-10-01 to 10-07 are 国庆 holidays; Saturday 10-10 is a make-up working day.
  const calendar = new WorkingDayCalendar([
    { year: 2026, holidays: ['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07'], makeUpWorkdays: ['2026-10-10'], confirmed: true, source: 'test' },
  ]);
  const beijing = (local: string) => new Date(`${local}+08:00`);

  it('averages working days from assignment to decision against the limits, and counts decisions after the limit as late', () => {
    const record = handlingRecord(
      [
        // Assigned the Tuesday before the holiday, decided the make-up Saturday: 09-30 and 10-08, 10-09, 10-10 count.
        { assignedAt: beijing('2026-09-29T10:00:00'), decidedAt: beijing('2026-10-10T11:00:00'), dueAt: beijing('2026-10-09T00:00:00') },
        { assignedAt: beijing('2026-10-12T09:00:00'), decidedAt: beijing('2026-10-13T16:00:00'), dueAt: beijing('2026-10-17T00:00:00') },
        { assignedAt: beijing('2026-10-12T09:00:00'), decidedAt: beijing('2026-10-12T17:00:00'), dueAt: null },
      ],
      calendar,
    );
    // Limits: 09-30, 10-08 (2); 10-13 … 10-16 (4). Taken: 4, 1 and 0.
    expect(record).toEqual({ handled: 3, handledLate: 1, averageDays: 5 / 3, averageLimit: 3 });
  });

  it('has no averages for a department that decided nothing', () => {
    expect(handlingRecord([], calendar)).toEqual({ handled: 0, handledLate: 0, averageDays: undefined, averageLimit: undefined });
  });
});
