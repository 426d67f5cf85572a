import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Roles } from '@keystone/access';
import { UserActor } from '@keystone/domain';
import { WebhooksService } from '@keystone/projects';
import { CreateWebhookDto } from './create-webhook.dto';
import { ListDeliveriesQuery } from './list-deliveries.query';

/** DingTalk and WeCom group robots that every alert is posted to; the office manages them. */
@ApiTags('webhooks')
@ApiBearerAuth()
@Controller('webhooks')
export class WebhooksController {
  constructor(private readonly webhooks: WebhooksService) {}

  @Get()
  @Roles('office', 'operator')
  list() {
    return this.webhooks.list();
  }

  @Post()
  @HttpCode(201)
  @Roles('office')
  create(@Body() webhook: CreateWebhookDto, @CurrentActor() actor: UserActor) {
    return this.webhooks.create(webhook, actor);
  }

  @Post(':id/disable')
  @HttpCode(200)
  @Roles('office')
  disable(@Param('id') id: string, @CurrentActor() actor: UserActor) {
    return this.webhooks.disable(id, actor);
  }

  /** Posts a test message to the robot now and answers what it said: `{delivered: true}` or `{delivered: false, reason}`. */
  @Post(':id/test')
  @HttpCode(200)
  @Roles('office')
  test(@Param('id') id: string, @CurrentActor() actor: UserActor) {
    return this.webhooks.sendTest(id, actor);
  }

  @Get(':id/deliveries')
  @Roles('office', 'operator')
  deliveries(@Param('id') id: string, @Query() query: ListDeliveriesQuery) {
    return this.webhooks.deliveriesOf(id, query);
  }
}
