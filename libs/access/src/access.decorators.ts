import { ExecutionContext, SetMetadata, createParamDecorator } from '@nestjs/common';
import { Role, UserActor } from '@keystone/domain';

export const PUBLIC_ROUTE = Symbol('PUBLIC_ROUTE');
export const ALLOWED_ROLES = Symbol('ALLOWED_ROLES');
export const TOKEN_IN_QUERY = Symbol('TOKEN_IN_QUERY');

/** Reachable without a token: login, health, the OpenAPI document. */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

/**
 * The route also takes its token as `?access_token=`: a browser's EventSource cannot set headers. Only
 * for such routes, since a URL ends up in logs and browser history.
 */
export const TokenInQuery = () => SetMetadata(TOKEN_IN_QUERY, true);

/** Only these roles may call the route; without it any signed-in user may. */
export const Roles = (...roles: Role[]) => SetMetadata(ALLOWED_ROLES, roles);

export interface AuthenticatedRequest {
  actor?: UserActor;
}

/** The signed-in user the guard put on the request. */
export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): UserActor => {
  return context.switchToHttp().getRequest<AuthenticatedRequest>().actor!;
});
