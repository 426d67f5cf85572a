import { DynamicModule, Module, Type } from '@nestjs/common';
import { EventStore } from './event-store.service';
import { INLINE_PROJECTIONS, InlineProjection } from './inline-projection';
import { projectionList } from './projection-providers';

@Module({})
export class EventStoreModule {
  /** The store with the read models that must be written in each append's transaction. */
  static withInlineProjections(projections: Type<InlineProjection>[]): DynamicModule {
    return {
      module: EventStoreModule,
      providers: [...projections, projectionList(INLINE_PROJECTIONS, projections), EventStore],
      exports: [EventStore],
    };
  }
}
