import { DynamicModule, Module } from '@nestjs/common';
import { ConfigModule } from '@keystone/config';
import { PersistenceModule } from '@keystone/persistence';
import { ProjectActivitiesModule } from '@keystone/projects';
import { ProjectWorkerService } from './project-worker.service';

@Module({})
export class WorkerModule {
  static forRoot(env?: Record<string, string | undefined>): DynamicModule {
    return {
      module: WorkerModule,
      imports: [ConfigModule.forRoot(env), PersistenceModule, ProjectActivitiesModule],
      providers: [ProjectWorkerService],
    };
  }
}
