import { PortfolioProject, annualPace, portfolioFigures, scheduleElapsed, yearElapsedThrough } from './portfolio-figures';

const monthEnd = new Date('2026-11-30T16:00:00Z'); // 2026-12-01 00:00 in Beijing: November has ended

const project = (overrides: Partial<PortfolioProject> = {}): PortfolioProject => ({
  projectCode: 'P', projectName: '项目', leader: 'leader-wang', plannedStart: '2026-01-01', plannedCompletion: '2026-12-31', totalInvestment: 1000, investedToDate: 0, annualPlan: null, investedThisYear: 0, started: false, completed: false, ...overrides,
});

describe('the portfolio figures of the monthly notice', () => {
  it('counts a schedule elapsed through the last day before the month’s end, in Beijing days', () => {
    expect(scheduleElapsed('2026-11-01', '2026-11-30', monthEnd)).toBe(1);
    expect(scheduleElapsed('2026-11-01', '2026-12-30', monthEnd)).toBe(0.5);
    expect(scheduleElapsed('2026-12-01', '2027-12-31', monthEnd)).toBe(0);
    expect(scheduleElapsed('2026-11-16', '2026-11-16', new Date('2026-11-16T04:00:00Z'))).toBe(1);
  });

  it('rates starts and completions among the projects due to have started or completed by the month’s end', () => {
    const figures = portfolioFigures(
      [
        project({ started: true }),
        project({ plannedStart: '2026-11-30' }),
        project({ plannedStart: '2026-12-01', started: true }),
        project({ plannedCompletion: '2026-11-30', started: true, completed: true }),
      ],
      monthEnd,
    );
    expect(figures).toMatchObject({ projects: 4, startsDue: 3, started: 2, completionsDue: 1, completed: 1, completionRate: 1 });
    expect(figures.startRate).toBeCloseTo(2 / 3);
  });

  it.each([
    [330, 'green'],
    [250, 'yellow'],
    [100, 'red'],
  ])('lights investment of %d 万元 against a schedule 42%% elapsed: %s', (invested, light) => {
    // 2026-07-01 to 2027-06-30 is 365 days, 153 of them elapsed by the end of November: 41.9% of 1,000 万元 is due.
    const figures = portfolioFigures([project({ plannedStart: '2026-07-01', plannedCompletion: '2027-06-30', investedToDate: invested })], monthEnd);
    expect(figures.scheduledRate).toBeCloseTo(153 / 365);
    expect(figures.investmentRate).toBeCloseTo(invested / 1000);
    expect(figures.investmentLight).toBe(light);
  });

  it.each([
    // Through June 2026, 181 of 365 days (49.6%) are gone: up to 10 points behind is green, 10 to 30 yellow, more red.
    [450, 'green'],
    [300, 'yellow'],
    [100, 'red'],
  ])('lights one project’s year: %d of a plan of 1,000 by the end of June is %s', (invested, light) => {
    expect(annualPace(invested as number, 1000, '2026-06-30')).toEqual({ annualRate: (invested as number) / 1000, yearElapsed: 181 / 365, annualLight: light });
  });

  it('gives no rate and no light against a plan of 0', () => {
    expect(annualPace(300, 0, '2026-03-31')).toEqual({ annualRate: undefined, yearElapsed: 90 / 365, annualLight: undefined });
  });

  it('rates the year’s investment against the plans the office set, beside the share of the year gone', () => {
    expect(yearElapsedThrough('2026-11-30')).toBeCloseTo(334 / 365);
    expect(yearElapsedThrough('2028-12-31')).toBe(1);
    const figures = portfolioFigures(
      [
        project({ annualPlan: 600, investedThisYear: 450 }),
        project({ annualPlan: 400, investedThisYear: 250 }),
        // No plan for the year: left out of the rate, and counted as such.
        project({ investedThisYear: 900 }),
      ],
      monthEnd,
    );
    expect(figures).toMatchObject({ annualPlan: 1000, investedThisYear: 700, annualRate: 0.7, unplanned: 1 });
    // 91.5% of the year gone, 70% of the plan done: 21.5 points behind is yellow.
    expect(figures.yearElapsed).toBeCloseTo(334 / 365);
    expect(figures.annualLight).toBe('yellow');
    expect(portfolioFigures([project()], monthEnd)).toMatchObject({ annualPlan: 0, unplanned: 1 });
    expect(portfolioFigures([project()], monthEnd).annualRate).toBeUndefined();
  });

  it('names projects a month or more past their planned start without having started: yellow from one month, red from three', () => {
    const figures = portfolioFigures(
      [
        project({ projectCode: 'weeks', plannedStart: '2026-11-01' }),
        project({ projectCode: 'one-month', plannedStart: '2026-10-30' }),
        project({ projectCode: 'three-months', plannedStart: '2026-08-30' }),
        project({ projectCode: 'started', plannedStart: '2026-01-01', started: true }),
        project({ projectCode: 'long', plannedStart: '2026-03-01' }),
      ],
      monthEnd,
    );
    expect(figures.lateStarts.map((late) => [late.projectCode, late.monthsLate, late.light])).toEqual([
      ['long', 8, 'red'],
      ['three-months', 3, 'red'],
      ['one-month', 1, 'yellow'],
    ]);
  });

  it('leaves rates out where nothing was due', () => {
    expect(portfolioFigures([], monthEnd)).toMatchObject({ lateStarts: [], projects: 0, startRate: undefined, completionRate: undefined, investmentRate: undefined, investmentLight: undefined });
  });
});
