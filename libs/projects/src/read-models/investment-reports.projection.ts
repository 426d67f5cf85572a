import { Injectable } from '@nestjs/common';
import { RecordedEvent } from '@keystone/contracts';
import { ReadModelRows, RowProjection, RowTable } from '@keystone/event-store';
import { toProjectEvent } from '../events/project-event-codec';

export const INVESTMENT_REPORTS: RowTable = { name: 'investment_reports', key: ['project_code', 'month'], stream: 'project_code' };
export const ANNUAL_INVESTMENT_PLANS: RowTable = { name: 'annual_investment_plans', key: ['project_code', 'year'], stream: 'project_code' };

/**
 * 月报: each project's investment completed, month by month, as last reported, and its planned investment by year;
 * the monthly notice sums them by township and for the county.
 */
@Injectable()
export class InvestmentReportsProjection extends RowProjection {
  readonly name = 'investment-reports';
  readonly rowTables = [INVESTMENT_REPORTS, ANNUAL_INVESTMENT_PLANS];

  protected async foldOne(recorded: RecordedEvent, rows: ReadModelRows): Promise<void> {
    const event = toProjectEvent(recorded);
    // A correction, or a new plan for the year, replaces the row whole.
    if (event.type === 'InvestmentReported') {
      const { month, amount, reportedAt } = event.data;
      rows.put(INVESTMENT_REPORTS, { project_code: recorded.streamId, month, amount, reported_at: reportedAt });
    } else if (event.type === 'AnnualInvestmentPlanned') {
      const { year, amount, plannedAt } = event.data;
      rows.put(ANNUAL_INVESTMENT_PLANS, { project_code: recorded.streamId, year, amount, planned_at: plannedAt });
    }
  }
}
