import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional } from 'class-validator';

/** A past instant to read the projects as they stood then; `+` in an offset must be sent as %2B. */
export const AsOfProperty = () =>
  applyDecorators(
    ApiPropertyOptional({ example: '2026-05-01T08:00:00+08:00', description: 'an ISO 8601 instant: the state as of then, folded from the events' }),
    IsOptional(),
    IsISO8601({ strict: true, strictSeparator: true }, { message: 'must be an ISO 8601 instant, e.g. 2026-05-01T08:00:00Z' }),
  );

export class AsOfQuery {
  @AsOfProperty()
  asOf?: string;
}
