import { DynamicModule, Module, Type } from '@nestjs/common';
import { EventStore } from './event-store.service';
import { INLINE_PROJECTIONS, InlineProjection } from './inline-projection';

@Module({})
export class EventStoreModule {
  /** The store with the read models that must be written in each append's transaction. */
  static withInlineProjections(projections: Type<InlineProjection>[]): DynamicModule {
    return {
      module: EventStoreModule,
      providers: [
        ...projections,
        { provide: INLINE_PROJECTIONS, inject: projections, useFactory: (...instances: InlineProjection[]) => instances },
        EventStore,
      ],
      exports: [EventStore],
    };
  }
}
