import { ProjectEventType } from '@keystone/domain';
import { PROJECT_INLINE_PROJECTIONS } from '../activities/project-activities.module';
import { InvestmentReportsProjection } from './investment-reports.projection';
import { StageDurationsProjection } from './stage-durations.projection';

/** Every read model of projects: those written with each append, and those the projector builds behind the log. */
export const PROJECT_PROJECTIONS = {
  inline: PROJECT_INLINE_PROJECTIONS,
  async: [StageDurationsProjection, InvestmentReportsProjection],
  // A registration carries its template's stages, more than half of the log's bytes (and an adopted revision the
  // stages it changes); the board takes the template's id from the profile, and no read model reads the stages.
  unread: { ProjectRegistered: [['template', 'stages']], TemplateRevisionAdopted: [['stages']] } satisfies Partial<Record<ProjectEventType, string[][]>>,
};
