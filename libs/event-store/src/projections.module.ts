import { DynamicModule, Module, Type } from '@nestjs/common';
import { INLINE_PROJECTIONS, InlineProjection } from './inline-projection';
import { projectionList } from './projection-providers';
import { ASYNC_PROJECTIONS, AsyncProjection } from './projector/async-projection';
import { AsyncProjector } from './projector/async-projector.service';
import { LogReader, UnreadData } from './projector/log-reader';
import { ProjectorPoller } from './projector/projector-poller.service';
import { ProjectionRebuilder } from './rebuild/projection-rebuilder.service';

export interface ProjectionsOptions {
  inline: Type<InlineProjection>[];
  async: Type<AsyncProjection>[];
  /** Keep the asynchronous models current by polling (the worker); otherwise they move only on `catchUp()`. */
  poll: boolean;
  /** What no projection reads of events' data: the projector and the rebuild read the log without it. */
  unread?: UnreadData;
}

/** The read models as a whole: the asynchronous projector and the rebuild of every model from the log. */
@Module({})
export class ProjectionsModule {
  static register({ inline, async, poll, unread }: ProjectionsOptions): DynamicModule {
    return {
      module: ProjectionsModule,
      providers: [
        ...new Set([...inline, ...async]),
        projectionList(INLINE_PROJECTIONS, inline),
        projectionList(ASYNC_PROJECTIONS, async),
        { provide: LogReader, useValue: new LogReader(unread) },
        AsyncProjector,
        ProjectionRebuilder,
        ...(poll ? [ProjectorPoller] : []),
      ],
      exports: [AsyncProjector, ProjectionRebuilder],
    };
  }
}
