import { applyDecorators } from '@nestjs/common';
import { IsDateString, Matches } from 'class-validator';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date written YYYY-MM-DD that exists (not 2026-02-30), told in the same words wherever a form asks for one. */
export const CalendarDate = () =>
  applyDecorators(IsDateString({ strict: true }, { message: 'must be a real calendar date' }), Matches(DATE, { message: 'must be a date YYYY-MM-DD' }));
