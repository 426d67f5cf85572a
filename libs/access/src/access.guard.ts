import { CanActivate, ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Role } from '@keystone/domain';
import { ALLOWED_ROLES, AuthenticatedRequest, PUBLIC_ROUTE, TOKEN_IN_QUERY } from './access.decorators';
import { ACCESS_TOKEN_PARAMETER } from './access-token-query';
import { AccessTokensService } from './access-tokens.service';

type TokenCarrier = AuthenticatedRequest & { headers: Record<string, string | undefined>; query?: Record<string, unknown> };

/**
 * Every route needs a valid token unless marked public, and a permitted role when it names roles.
 * Refusals are logged once, with the actor, where every error leaves the API.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: AccessTokensService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;
    const request = context.switchToHttp().getRequest<TokenCarrier>();
    const inQuery = this.reflector.getAllAndOverride<boolean>(TOKEN_IN_QUERY, targets);
    const token = bearerToken(request) ?? (inQuery ? queryToken(request) : undefined);
    if (!token) throw new UnauthorizedException(inQuery ? `an access token is required, as a Bearer header or ?${ACCESS_TOKEN_PARAMETER}=` : 'a Bearer access token is required');
    request.actor = await this.tokens.read(token).catch((error: unknown) => {
      const expired = (error as Error).name === 'TokenExpiredError';
      throw new UnauthorizedException(expired ? 'the access token has expired; sign in again' : 'the access token is invalid');
    });
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ALLOWED_ROLES, targets);
    if (roles && !roles.includes(request.actor.role)) {
      throw new ForbiddenException(`role ${request.actor.role} may not do this; allowed: ${roles.join(', ')}`);
    }
    return true;
  }
}

function bearerToken(request: TokenCarrier): string | undefined {
  const [scheme, token] = (request.headers.authorization ?? '').split(' ');
  return scheme === 'Bearer' && token ? token : undefined;
}

function queryToken(request: TokenCarrier): string | undefined {
  const token = request.query?.[ACCESS_TOKEN_PARAMETER];
  return typeof token === 'string' && token ? token : undefined;
}
