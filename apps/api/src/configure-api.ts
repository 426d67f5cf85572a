import { INestApplication, ValidationPipe } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { json } from 'express';
import helmet from 'helmet';
import { KeystoneConfig } from '@keystone/config';
import { ApiErrorFilter } from './errors/api-error.filter';
import { bodyParserErrors } from './errors/body-parser-errors';
import { validationExceptionFactory } from './errors/validation-problems';

const BODY_LIMIT = '256kb';

/** Everything an API process sets up around its controllers; shared by main and the end-to-end tests. */
export function configureApi(app: INestApplication): void {
  app.setGlobalPrefix('api');
  // The login throttle counts per client address, which behind a proxy only X-Forwarded-For carries.
  (app as NestExpressApplication).set('trust proxy', app.get(KeystoneConfig).TRUST_PROXY_HOPS);
  // The web app is also opened over plain http on a local network (a phone beside the laptop running `npm start`),
  // where upgrade-insecure-requests would send its scripts to an https port that does not exist.
  app.use(helmet({ contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } } }));
  app.use(json({ limit: BODY_LIMIT }));
  app.use(bodyParserErrors(BODY_LIMIT));
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
