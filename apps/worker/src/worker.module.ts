import { DynamicModule, Module } from '@nestjs/common';
import { ConfigModule } from '@keystone/config';
import { ProjectionsModule } from '@keystone/event-store';
import { PersistenceModule } from '@keystone/persistence';
import { AlertDeliveryModule, CalendarCorrectionsModule, PROJECT_PROJECTIONS, ProjectActivitiesModule, TemplateRolloutModule } from '@keystone/projects';
import { TemporalClientModule } from '@keystone/temporal';
import { ProjectWorkerService } from './project-worker.service';

@Module({})
export class WorkerModule {
  static forRoot(env?: Record<string, string | undefined>): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(env),
        PersistenceModule,
        TemporalClientModule,
        ProjectActivitiesModule,
        CalendarCorrectionsModule,
        ProjectionsModule.register({ ...PROJECT_PROJECTIONS, poll: true }),
        AlertDeliveryModule,
        TemplateRolloutModule,
      ],
      providers: [ProjectWorkerService],
    };
  }
}
