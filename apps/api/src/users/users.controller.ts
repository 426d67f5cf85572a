import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Roles, UserAccountsService } from '@keystone/access';
import { UserActor } from '@keystone/domain';
import { PaginationQuery } from '../pagination.query';
import { CreateUserDto } from './create-user.dto';

@ApiTags('users')
@ApiBearerAuth()
@Controller('users')
export class UsersController {
  constructor(private readonly accounts: UserAccountsService) {}

  @Get()
  @Roles('admin')
  list(@Query() page: PaginationQuery) {
    return this.accounts.list(page);
  }

  @Post()
  @HttpCode(201)
  @Roles('admin')
  create(@Body() account: CreateUserDto, @CurrentActor() actor: UserActor) {
    return this.accounts.create(account, actor);
  }
}
