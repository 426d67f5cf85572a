import { Body, Controller, Get, HttpCode, Post, UnauthorizedException, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Throttle, ThrottlerGuard } from '@nestjs/throttler';
import { AccessTokensService, CurrentActor, Public, UserAccountsService } from '@keystone/access';
import { UserActor } from '@keystone/domain';
import { LoginDto } from './login.dto';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly accounts: UserAccountsService,
    private readonly tokens: AccessTokensService,
  ) {}

  /** Throttled per client address so passwords cannot be guessed at speed. */
  @Post('login')
  @Public()
  @HttpCode(200)
  @UseGuards(ThrottlerGuard)
  @Throttle({ default: { limit: 10, ttl: 60_000 } })
  async login(@Body() { username, password }: LoginDto) {
    const actor = await this.accounts.verify(username, password);
    if (!actor) throw new UnauthorizedException('unknown username or wrong password');
    return { accessToken: await this.tokens.issue(actor), actor };
  }

  @Get('me')
  @ApiBearerAuth()
  me(@CurrentActor() actor: UserActor) {
    return actor;
  }
}
