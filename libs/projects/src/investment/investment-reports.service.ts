import { Injectable } from '@nestjs/common';
import { PlanAnnualInvestment, ProjectView, ReportInvestment } from '@keystone/domain';
import { projectActionUpdate } from '@keystone/workflows';
import { ProjectUpdatesService } from '../updates/project-updates.service';

export type InvestmentReport = Omit<ReportInvestment, 'type' | 'at'>;
export type AnnualPlan = Omit<PlanAnnualInvestment, 'type' | 'at'>;

/** 月报制度: owners' monthly investment reports, and the office's annual plans, go to the project's workflow, which records them as events. */
@Injectable()
export class InvestmentReportsService {
  constructor(private readonly updates: ProjectUpdatesService) {}

  report(code: string, report: InvestmentReport): Promise<ProjectView> {
    return this.updates.send(code, 'code', projectActionUpdate, { type: 'ReportInvestment', ...report });
  }

  planYear(code: string, plan: AnnualPlan): Promise<ProjectView> {
    return this.updates.send(code, 'code', projectActionUpdate, { type: 'PlanAnnualInvestment', ...plan });
  }
}
