import { PortfolioFigures, percentText as percent } from './portfolio-figures';

/** The county's figures in one line, as the group robots are told when a notice is issued. */
export function portfolioSummaryText(portfolio: PortfolioFigures): string {
  const figures = [
    `在建项目 ${portfolio.projects} 个`,
    `开工率 ${percent(portfolio.startRate)}`,
    `竣工率 ${percent(portfolio.completionRate)}`,
    `投资完成率 ${percent(portfolio.investmentRate)}（序时进度 ${percent(portfolio.scheduledRate)}）`,
  ];
  if (portfolio.annualPlan > 0) figures.push(`年度投资完成率 ${percent(portfolio.annualRate)}（序时进度 ${percent(portfolio.yearElapsed)}）`);
  return figures.join('，');
}
