import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { KeystoneConfig } from '@keystone/config';
import { ApiModule } from './api.module';
import { configureApi } from './configure-api';

async function bootstrap(): Promise<void> {
  const app = await NestFactory.create(ApiModule.forRoot(), { bufferLogs: true, bodyParser: false });
  app.useLogger(app.get(Logger));
  configureApi(app);
  await app.listen(app.get(KeystoneConfig).PORT, '0.0.0.0');
}

bootstrap().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
