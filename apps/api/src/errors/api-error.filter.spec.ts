import { ArgumentsHost, ForbiddenException, Logger, UnauthorizedException } from '@nestjs/common';
import { DomainError, UserActor } from '@keystone/domain';
import { ApiErrorFilter } from './api-error.filter';

const officer: UserActor = { kind: 'user', userId: 'u-1', username: 'officer-ecology-environment', role: 'department-officer', department: 'ecology-environment' };

function answer(exception: unknown, actor?: UserActor) {
  const response = { status: jest.fn().mockReturnThis(), json: jest.fn() };
  const request = { method: 'POST', originalUrl: '/api/tasks/t-1/decision', ip: '198.51.100.7', actor };
  const host = { switchToHttp: () => ({ getRequest: () => request, getResponse: () => response }) } as unknown as ArgumentsHost;
  new ApiErrorFilter().catch(exception, host);
  return { status: response.status.mock.calls[0][0], body: response.json.mock.calls[0][0] };
}

describe('the API error filter', () => {
  let warn: jest.SpyInstance;
  let error: jest.SpyInstance;

  beforeEach(() => {
    warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation();
    error = jest.spyOn(Logger.prototype, 'error').mockImplementation();
  });

  afterEach(() => jest.restoreAllMocks());

  it('logs a domain refusal once, with the actor', () => {
    expect(answer(DomainError.forbidden('task t-1 belongs to department natural-resources'), officer).status).toBe(403);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0][0]).toBe(
      'refused POST /api/tasks/t-1/decision to officer-ecology-environment (department-officer) with 403: task t-1 belongs to department natural-resources',
    );
  });

  it('logs the guard’s refusals: a role refused, and a client without a valid token by its address', () => {
    answer(new ForbiddenException('role operator may not do this'), { ...officer, username: 'operator', role: 'operator' });
    answer(new UnauthorizedException('the access token is invalid'));
    expect(warn.mock.calls.map(([message]) => message)).toEqual([
      expect.stringContaining('to operator (operator) with 403'),
      expect.stringContaining('to anonymous client 198.51.100.7 with 401: the access token is invalid'),
    ]);
  });

  it('does not log other client errors as refusals', () => {
    expect(answer(DomainError.conflict('task t-1 is approved, not pending', 'taskId'), officer).status).toBe(409);
    expect(warn).not.toHaveBeenCalled();
  });

  it('answers an unexpected error without its stack or SQL, and logs the stack', () => {
    const failure = Object.assign(new Error('duplicate key value violates unique constraint "users_username_key"'), {
      query: 'INSERT INTO "users"("username") VALUES ($1)',
    });
    const { status, body } = answer(failure, officer);
    expect(status).toBe(500);
    expect(body).toEqual({ statusCode: 500, error: 'INTERNAL_SERVER_ERROR', message: 'internal error; the request may be retried' });
    expect(error.mock.calls[0][0]).toContain('duplicate key value');
  });
});
