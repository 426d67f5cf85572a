import { Module } from '@nestjs/common';
import { AlertDispatcher } from './alert-dispatcher.service';
import { DeliveryQueue } from './delivery-queue.repository';
import { RobotHttpClient } from './robot-http.client';

/** The worker side of alert delivery: the dispatcher working through the outbox. */
@Module({
  providers: [DeliveryQueue, RobotHttpClient, AlertDispatcher],
})
export class AlertDeliveryModule {}
