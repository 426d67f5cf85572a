import { Module } from '@nestjs/common';
import { EventLog } from './event-log.service';

/** Reading the log needs no read model: any process with the database may have it. */
@Module({ providers: [EventLog], exports: [EventLog] })
export class EventLogModule {}
