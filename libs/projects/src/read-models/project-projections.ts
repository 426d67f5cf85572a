import { PROJECT_INLINE_PROJECTIONS } from '../activities/project-activities.module';
import { StageDurationsProjection } from './stage-durations.projection';

/** Every read model of projects: those written with each append, and those the projector builds behind the log. */
export const PROJECT_PROJECTIONS = {
  inline: PROJECT_INLINE_PROJECTIONS,
  async: [StageDurationsProjection],
};
