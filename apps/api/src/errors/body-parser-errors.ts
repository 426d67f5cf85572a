import { HttpStatus, Logger } from '@nestjs/common';
import { ErrorRequestHandler } from 'express';
import { ApiErrorBody } from './api-error.filter';

/**
 * The body parser runs before Nest's routing, so its errors would reach Express's default handler,
 * which answers in HTML with a stack trace outside production. This answers them in the API's shape.
 */
export function bodyParserErrors(limit: string): ErrorRequestHandler {
  const messages: Record<string, string> = {
    'entity.too.large': `the request body is larger than ${limit}`,
    'entity.parse.failed': 'the request body is not valid JSON',
  };
  const logger = new Logger('ApiError');
  return (error: { status?: number; type?: string; stack?: string }, _request, response, _next) => {
    const status = error.status && error.status >= 400 && error.status < 500 ? error.status : HttpStatus.INTERNAL_SERVER_ERROR;
    if (status >= 500) logger.error(error.stack ?? String(error));
    const message = messages[error.type ?? ''] ?? (status < 500 ? 'the request body could not be read' : 'internal error; the request may be retried');
    const body: ApiErrorBody = { statusCode: status, error: HttpStatus[status] ?? 'Error', message };
    response.status(status).json(body);
  };
}
