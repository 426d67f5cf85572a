import { Controller, MessageEvent, Sse } from '@nestjs/common';
import { ApiBearerAuth, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Observable } from 'rxjs';
import { ACCESS_TOKEN_PARAMETER, CurrentActor, TokenInQuery } from '@keystone/access';
import { UserActor } from '@keystone/domain';
import { LiveEventStream } from '@keystone/projects';

@ApiTags('events')
@ApiBearerAuth()
@Controller('events')
export class EventStreamController {
  constructor(private readonly live: LiveEventStream) {}

  /** Server-sent events for open pages: `{projectCode, globalPosition, types}` per committed change. */
  @Sse('stream')
  @TokenInQuery()
  @ApiQuery({ name: ACCESS_TOKEN_PARAMETER, required: false, description: 'the access token, for an EventSource, which cannot set headers' })
  stream(@CurrentActor() actor: UserActor): Observable<MessageEvent> {
    return this.live.for(actor);
  }
}
