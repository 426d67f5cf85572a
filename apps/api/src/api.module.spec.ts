import { RequestMethod, Type } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ALLOWED_ROLES, PUBLIC_ROUTE } from '@keystone/access';
import { Role } from '@keystone/domain';
import { ApiModule } from './api.module';

const READS = new Set([RequestMethod.GET, RequestMethod.HEAD, RequestMethod.OPTIONS]);
/**
 * DOMAIN.md: the operator reads everything and writes nothing but its own commands, such as keeping the working-day
 * calendar, and renewing its own session as every role does.
 */
const OPERATOR_COMMANDS = /^(PUT \/api\/calendar\/|POST \/api\/auth\/refresh$)/;

interface RouteAccess {
  route: string;
  method: RequestMethod;
  roles?: Role[];
  isPublic: boolean;
}

/** Every route of every controller the API serves, with the access its decorators declare. */
function routes(): RouteAccess[] {
  const controllers = ApiModule.forRoot({ DATABASE_URL: 'postgres://unused', JWT_SECRET: 'x'.repeat(32) }).controllers as Type[];
  return controllers.flatMap((controller) =>
    Object.getOwnPropertyNames(controller.prototype)
      .map((name) => controller.prototype[name])
      .filter((handler) => typeof handler === 'function' && Reflect.hasMetadata(METHOD_METADATA, handler))
      .map((handler) => {
        const read = <T>(key: string | symbol): T | undefined => Reflect.getMetadata(key, handler) ?? Reflect.getMetadata(key, controller);
        const method: RequestMethod = Reflect.getMetadata(METHOD_METADATA, handler);
        const path = [Reflect.getMetadata(PATH_METADATA, controller), Reflect.getMetadata(PATH_METADATA, handler)].filter((part) => part !== '/').join('/');
        return {
          route: `${RequestMethod[method]} /api/${path}`,
          method,
          roles: read<Role[]>(ALLOWED_ROLES),
          isPublic: read<boolean>(PUBLIC_ROUTE) === true,
        };
      }),
  );
}

describe('the permissions the API’s decorators declare', () => {
  const writes = routes().filter((route) => !READS.has(route.method) && !route.isPublic);

  it('finds the write routes', () => {
    expect(writes.map((route) => route.route)).toEqual(expect.arrayContaining(['POST /api/projects', 'POST /api/tasks/:id/decision', 'POST /api/users']));
  });

  it('names the roles on every write route, and admits the operator only to its own commands', () => {
    const unguarded = writes.filter((route) => !route.roles?.length).map((route) => route.route);
    const operatorWrites = writes.filter((route) => route.roles?.includes('operator') && !OPERATOR_COMMANDS.test(route.route)).map((route) => route.route);
    expect({ unguarded, operatorWrites }).toEqual({ unguarded: [], operatorWrites: [] });
  });

  it('makes public only login and health', () => {
    expect(routes().filter((route) => route.isPublic).map((route) => route.route).sort()).toEqual(['GET /api/health', 'POST /api/auth/login']);
  });
});
