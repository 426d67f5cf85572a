import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

const trimmed = Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

/**
 * Text a person must write (a name, a reason, an instruction): the spaces around it are dropped before it is
 * recorded, so spaces alone are refused as empty rather than stored as a blank name or reason.
 */
export function WrittenText(maxLength: number): PropertyDecorator {
  return applyDecorators(trimmed, IsString(), IsNotEmpty({ message: 'must not be empty or only spaces' }), MaxLength(maxLength));
}

/** Text a person may add (a note): recorded without the spaces around it, and may be left out or empty. */
export function OptionalText(maxLength: number): PropertyDecorator {
  return applyDecorators(IsOptional(), trimmed, IsString(), MaxLength(maxLength));
}
