import { Module } from '@nestjs/common';
import { ProjectionsModule } from '@keystone/event-store';
import { PROJECT_PROJECTIONS } from '../read-models/project-projections';
import { StoreVerificationService } from './store-verification.service';
import { WorkflowStateCheck } from './workflow-state-check';

/** `verify`: needs the Temporal client and the database. */
@Module({
  imports: [ProjectionsModule.register({ ...PROJECT_PROJECTIONS, poll: false })],
  providers: [StoreVerificationService, WorkflowStateCheck],
  exports: [StoreVerificationService],
})
export class StoreVerificationModule {}
