import { ExecutionContext, SetMetadata, createParamDecorator } from '@nestjs/common';
import { Role, UserActor } from '@keystone/domain';

export const PUBLIC_ROUTE = Symbol('PUBLIC_ROUTE');
export const ALLOWED_ROLES = Symbol('ALLOWED_ROLES');

/** Reachable without a token: login, health, the OpenAPI document. */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

/** Only these roles may call the route; without it any signed-in user may. */
export const Roles = (...roles: Role[]) => SetMetadata(ALLOWED_ROLES, roles);

export interface AuthenticatedRequest {
  actor?: UserActor;
}

/** The signed-in user the guard put on the request. */
export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): UserActor => {
  return context.switchToHttp().getRequest<AuthenticatedRequest>().actor!;
});
