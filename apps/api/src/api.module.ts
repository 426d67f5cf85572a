import { DynamicModule, Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { ThrottlerModule } from '@nestjs/throttler';
import { LoggerModule } from 'nestjs-pino';
import { AccessModule } from '@keystone/access';
import { ConfigModule, KeystoneConfig } from '@keystone/config';
import { PersistenceModule } from '@keystone/persistence';
import { ProjectsModule } from '@keystone/projects';
import { TemporalClientModule } from '@keystone/temporal';
import { AuthController } from './auth/auth.controller';
import { HealthController } from './health/health.controller';
import { TemporalHealthIndicator } from './health/temporal.health';
import { ProjectsController } from './projects/projects.controller';
import { REFERENCE_DATA_CONTROLLERS } from './reference/reference-data.controllers';
import { TasksController } from './tasks/tasks.controller';
import { TemplatesController } from './templates/templates.controller';

@Module({})
export class ApiModule {
  static forRoot(env?: Record<string, string | undefined>): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        ConfigModule.forRoot(env),
        LoggerModule.forRootAsync({
          inject: [KeystoneConfig],
          useFactory: (config: KeystoneConfig) => ({
            pinoHttp: { level: config.LOG_LEVEL, autoLogging: { ignore: (request) => request.url === '/api/health' }, redact: ['req.headers.authorization'] },
          }),
        }),
        ThrottlerModule.forRoot([{ ttl: 60_000, limit: 600 }]),
        TerminusModule,
        PersistenceModule,
        TemporalClientModule,
        AccessModule,
        ProjectsModule,
      ],
      controllers: [AuthController, HealthController, ProjectsController, TasksController, TemplatesController, ...REFERENCE_DATA_CONTROLLERS],
      providers: [TemporalHealthIndicator],
    };
  }
}
