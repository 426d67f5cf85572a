import { DynamicModule, Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { ThrottlerModule } from '@nestjs/throttler';
import { LoggerModule } from 'nestjs-pino';
import { AccessModule } from '@keystone/access';
import { CalendarModule } from '@keystone/calendar';
import { ConfigModule, KeystoneConfig } from '@keystone/config';
import { PersistenceModule } from '@keystone/persistence';
import { LiveEventsModule, MonthlyReportsModule, NoticeModule, ProjectHistoryModule, ProjectsModule, WebhooksModule } from '@keystone/projects';
import { TemporalClientModule } from '@keystone/temporal';
import { AlertsController } from './alerts/alerts.controller';
import { ProjectActionsController } from './alerts/project-actions.controller';
import { AuditController } from './audit/audit.controller';
import { AuthController } from './auth/auth.controller';
import { LOGIN_THROTTLING } from './auth/login-throttling';
import { CalendarController } from './calendar/calendar.controller';
import { EventStreamController } from './events/event-stream.controller';
import { CalendarHealthIndicator } from './health/calendar.health';
import { HealthController } from './health/health.controller';
import { MonthlyReportsController } from './investment/monthly-reports.controller';
import { AnnualPlansController } from './investment/annual-plans.controller';
import { NoticesController } from './notices/notices.controller';
import { requestLog } from './logging/request-log';
import { TemporalHealthIndicator } from './health/temporal.health';
import { ProjectHistoryController } from './projects/project-history.controller';
import { InvestmentReportsController } from './projects/investment-reports.controller';
import { OwnerApplicationsController } from './projects/owner-applications.controller';
import { TemplateAdoptionsController } from './projects/template-adoptions.controller';
import { ProjectsController } from './projects/projects.controller';
import { REFERENCE_DATA_CONTROLLERS } from './reference/reference-data.controllers';
import { TasksController } from './tasks/tasks.controller';
import { TemplatesController } from './templates/templates.controller';
import { UsersController } from './users/users.controller';
import { WebhooksController } from './webhooks/webhooks.controller';
import { webAppModule } from './web/web-app.module';

@Module({})
export class ApiModule {
  static forRoot(env?: Record<string, string | undefined>): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        ConfigModule.forRoot(env),
        LoggerModule.forRootAsync({
          inject: [KeystoneConfig],
          useFactory: (config: KeystoneConfig) => ({ pinoHttp: requestLog(config.LOG_LEVEL) }),
        }),
        ThrottlerModule.forRoot(LOGIN_THROTTLING),
        TerminusModule,
        PersistenceModule,
        TemporalClientModule,
        AccessModule,
        ProjectsModule,
        ProjectHistoryModule,
        CalendarModule,
        WebhooksModule,
        LiveEventsModule,
        NoticeModule,
        MonthlyReportsModule,
        webAppModule(),
      ],
      controllers: [
        AuthController,
        HealthController,
        ProjectsController,
        ProjectHistoryController,
        TasksController,
        TemplatesController,
        ...REFERENCE_DATA_CONTROLLERS,
        UsersController,
        AuditController,
        CalendarController,
        AlertsController,
        ProjectActionsController,
        WebhooksController,
        EventStreamController,
        NoticesController,
        InvestmentReportsController,
        OwnerApplicationsController,
        TemplateAdoptionsController,
        MonthlyReportsController,
        AnnualPlansController,
      ],
      providers: [TemporalHealthIndicator, CalendarHealthIndicator],
    };
  }
}
