import { Injectable } from '@nestjs/common';
import { ProjectView, ReportInvestment } from '@keystone/domain';
import { projectActionUpdate } from '@keystone/workflows';
import { ProjectUpdatesService } from '../updates/project-updates.service';

export type InvestmentReport = Omit<ReportInvestment, 'type' | 'at'>;

/** 月报制度: owners' monthly investment reports go to the project's workflow, which records them as events. */
@Injectable()
export class InvestmentReportsService {
  constructor(private readonly updates: ProjectUpdatesService) {}

  report(code: string, report: InvestmentReport): Promise<ProjectView> {
    return this.updates.send(code, 'code', projectActionUpdate, { type: 'ReportInvestment', ...report });
  }
}
