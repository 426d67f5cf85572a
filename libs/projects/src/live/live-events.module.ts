import { Module } from '@nestjs/common';
import { LiveEventStream } from './live-event-stream.service';
import { LiveEventsListener } from './live-events-listener.service';

/** The live stream for open pages, in the API process. */
@Module({
  providers: [LiveEventsListener, LiveEventStream],
  exports: [LiveEventStream],
})
export class LiveEventsModule {}
