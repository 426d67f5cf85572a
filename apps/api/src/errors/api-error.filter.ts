import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { Response } from 'express';
import { DomainError, DomainErrorKind, FieldProblem, FieldProblemsError } from '@keystone/domain';

const STATUS: Record<DomainErrorKind, HttpStatus> = {
  invalid: HttpStatus.BAD_REQUEST,
  'not-found': HttpStatus.NOT_FOUND,
  conflict: HttpStatus.CONFLICT,
  forbidden: HttpStatus.FORBIDDEN,
};

export interface ApiErrorBody {
  statusCode: number;
  error: string;
  message: string;
  problems?: FieldProblem[];
}

/** Every error leaves the API in one shape; unexpected ones are logged and never show a stack or SQL. */
@Catch()
export class ApiErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('ApiError');

  catch(exception: unknown, host: ArgumentsHost): void {
    const body = this.toBody(exception);
    host.switchToHttp().getResponse<Response>().status(body.statusCode).json(body);
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
}

export function problemsBody(problems: FieldProblem[]): ApiErrorBody {
  return { statusCode: 400, error: 'BAD_REQUEST', message: problems.map((p) => `${p.field}: ${p.reason}`).join('; '), problems };
}
