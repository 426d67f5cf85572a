import { Body, Controller, Get, HttpCode, Post, UnauthorizedException, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AccessTokensService, CurrentActor, Public, UserAccountsService } from '@keystone/access';
import { UserActor } from '@keystone/domain';
import { LoginDto } from './login.dto';
import { LoginThrottlerGuard } from './login-throttling';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly accounts: UserAccountsService,
    private readonly tokens: AccessTokensService,
  ) {}

  /** Throttled per account and per client address (LOGIN_THROTTLING), so passwords cannot be guessed at speed. */
  @Post('login')
  @Public()
  @HttpCode(200)
  @UseGuards(LoginThrottlerGuard)
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
