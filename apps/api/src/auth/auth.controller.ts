import { Body, Controller, Get, HttpCode, Post, UnauthorizedException, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AccessTokensService, CurrentActor, Public, Roles, UserAccountsService } from '@keystone/access';
import { ROLES, UserActor } from '@keystone/domain';
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
    return this.session(actor);
  }

  /**
   * A fresh token for the signed-in account as it stands now. The pages ask for one while their holder works, so a
   * session ends after JWT_TTL_SECONDS without use rather than in the middle of writing a reason.
   */
  @Post('refresh')
  @HttpCode(200)
  @Roles(...ROLES)
  @ApiBearerAuth()
  async refresh(@CurrentActor() actor: UserActor) {
    const current = await this.accounts.current(actor.userId);
    if (!current) throw new UnauthorizedException('the account no longer exists');
    return this.session(current);
  }

  @Get('me')
  @ApiBearerAuth()
  me(@CurrentActor() actor: UserActor) {
    return actor;
  }

  private async session(actor: UserActor) {
    return { accessToken: await this.tokens.issue(actor), actor };
  }
}
