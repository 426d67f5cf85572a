import { CanActivate, ExecutionContext, ForbiddenException, Injectable, Logger, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Role } from '@keystone/domain';
import { ALLOWED_ROLES, AuthenticatedRequest, PUBLIC_ROUTE } from './access.decorators';
import { AccessTokensService } from './access-tokens.service';

/** Every route needs a valid token unless marked public, and a permitted role when it names roles. */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger('Access');

  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: AccessTokensService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest & { headers: Record<string, string>; method: string; url: string }>();
    const [scheme, token] = (request.headers.authorization ?? '').split(' ');
    if (scheme !== 'Bearer' || !token) throw new UnauthorizedException('a Bearer access token is required');
    request.actor = await this.tokens.read(token).catch(() => {
      throw new UnauthorizedException('the access token is invalid or expired');
    });
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ALLOWED_ROLES, targets);
    if (roles && !roles.includes(request.actor.role)) {
      this.logger.warn(`refused ${request.method} ${request.url} to ${request.actor.username} (${request.actor.role})`);
      throw new ForbiddenException(`role ${request.actor.role} may not do this; allowed: ${roles.join(', ')}`);
    }
    return true;
  }
}
