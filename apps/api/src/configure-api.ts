import { INestApplication, ValidationPipe } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { json } from 'express';
import helmet from 'helmet';
import { ApiErrorFilter } from './errors/api-error.filter';
import { validationExceptionFactory } from './errors/validation-problems';

/** Everything an API process sets up around its controllers; shared by main and the end-to-end tests. */
export function configureApi(app: INestApplication): void {
  app.setGlobalPrefix('api');
  app.use(helmet());
  app.use(json({ limit: '256kb' }));
  app.useGlobalPipes(
    new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true, exceptionFactory: validationExceptionFactory }),
  );
  app.useGlobalFilters(new ApiErrorFilter());
  app.enableShutdownHooks();
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder().setTitle('Keystone').setDescription('重点项目全生命周期管理 API').setVersion('1').addBearerAuth().build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
}
