import { portfolioFigures } from './portfolio-figures';
import { portfolioSummaryText } from './portfolio-summary-text';

const monthEnd = new Date('2026-11-30T16:00:00Z');
const project = { projectCode: 'P', projectName: '项目', leader: 'leader-wang', plannedStart: '2026-01-01', plannedCompletion: '2026-12-31', totalInvestment: 1000, investedToDate: 500, investedThisYear: 500, started: true, completed: false };

describe('the county’s figures in one line', () => {
  it('gives the year’s rate against its plans once the office has set any', () => {
    expect(portfolioSummaryText(portfolioFigures([{ ...project, annualPlan: 1000 }], monthEnd))).toBe(
      '在建项目 1 个，开工率 100%，竣工率 —，投资完成率 50%（序时进度 92%），年度投资完成率 50%（序时进度 92%）',
    );
  });

  it('leaves the year’s rate out while no project has a plan for the year', () => {
    expect(portfolioSummaryText(portfolioFigures([{ ...project, annualPlan: null }], monthEnd))).not.toContain('年度');
  });
});
