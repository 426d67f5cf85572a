import { Injectable } from '@nestjs/common';
import { RecordedEvent } from '@keystone/contracts';
import { ReadModelRows, RowProjection, RowTable } from '@keystone/event-store';
import { toProjectEvent } from '../events/project-event-codec';

export const INVESTMENT_REPORTS: RowTable = { name: 'investment_reports', key: ['project_code', 'month'], stream: 'project_code' };

/** 月报: each project's investment completed, month by month, as last reported; the monthly notice sums it by township. */
@Injectable()
export class InvestmentReportsProjection extends RowProjection {
  readonly name = 'investment-reports';
  readonly rowTables = [INVESTMENT_REPORTS];

  protected async foldOne(recorded: RecordedEvent, rows: ReadModelRows): Promise<void> {
    const event = toProjectEvent(recorded);
    if (event.type !== 'InvestmentReported') return;
    const { month, amount, reportedAt } = event.data;
    // A correction replaces the month's row whole.
    rows.put(INVESTMENT_REPORTS, { project_code: recorded.streamId, month, amount, reported_at: reportedAt });
  }
}
