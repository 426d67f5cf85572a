import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { Request, Response } from 'express';
import { AuthenticatedRequest, withoutAccessToken } from '@keystone/access';
import { DomainError, DomainErrorKind, FieldProblem, FieldProblemsError, describeActor } from '@keystone/domain';

const STATUS: Record<DomainErrorKind, HttpStatus> = {
  invalid: HttpStatus.BAD_REQUEST,
  'not-found': HttpStatus.NOT_FOUND,
  conflict: HttpStatus.CONFLICT,
  forbidden: HttpStatus.FORBIDDEN,
};

const REFUSALS = new Set<number>([HttpStatus.UNAUTHORIZED, HttpStatus.FORBIDDEN]);

export interface ApiErrorBody {
  statusCode: number;
  error: string;
  message: string;
  problems?: FieldProblem[];
}

/**
 * Every error leaves the API in one shape; unexpected ones are logged and never show a stack or SQL.
 * Refusals (401, 403) are logged here with the actor, whether the guard or the domain refused.
 */
@Catch()
export class ApiErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('ApiError');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const body = this.toBody(exception);
    if (REFUSALS.has(body.statusCode)) this.logRefusal(http.getRequest<Request & AuthenticatedRequest>(), body);
    http.getResponse<Response>().status(body.statusCode).json(body);
  }

  private toBody(exception: unknown): ApiErrorBody {
    if (exception instanceof FieldProblemsError) return problemsBody(exception.problems);
    if (exception instanceof DomainError) {
      const { kind, field, reason } = exception.details;
      const statusCode = STATUS[kind];
      return { statusCode, error: HttpStatus[statusCode], message: exception.message, ...(field && { problems: [{ field, reason }] }) };
    }
    if (exception instanceof HttpException) {
      const response = exception.getResponse();
      const problems = typeof response === 'object' ? (response as { problems?: FieldProblem[] }).problems : undefined;
      return { statusCode: exception.getStatus(), error: HttpStatus[exception.getStatus()] ?? 'Error', message: exception.message, ...(problems && { problems }) };
    }
    this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    return { statusCode: 500, error: 'INTERNAL_SERVER_ERROR', message: 'internal error; the request may be retried' };
  }

  private logRefusal(request: Request & AuthenticatedRequest, body: ApiErrorBody): void {
    const who = request.actor ? describeActor(request.actor) : `anonymous client ${request.ip}`;
    this.logger.warn(`refused ${request.method} ${withoutAccessToken(request.originalUrl)} to ${who} with ${body.statusCode}: ${body.message}`);
  }
}

export function problemsBody(problems: FieldProblem[]): ApiErrorBody {
  return { statusCode: 400, error: 'BAD_REQUEST', message: problems.map((p) => `${p.field}: ${p.reason}`).join('; '), problems };
}
