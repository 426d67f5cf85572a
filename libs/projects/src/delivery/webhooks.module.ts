import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AlertDeliveryEntity } from './alert-delivery.entity';
import { WebhookEntity } from './webhook.entity';
import { RobotHttpClient } from './robot-http.client';
import { WebhooksService } from './webhooks.service';

/** The API side of alert delivery: the office's webhooks and their delivery records. */
@Module({
  imports: [TypeOrmModule.forFeature([WebhookEntity, AlertDeliveryEntity])],
  providers: [WebhooksService, RobotHttpClient],
  exports: [WebhooksService],
})
export class WebhooksModule {}
