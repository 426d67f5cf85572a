import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

/**
 * Text a person must write (a name, a reason, an instruction): the spaces around it are dropped before it is
 * recorded, so spaces alone are refused as empty rather than stored as a blank name or reason.
 */
export function WrittenText(maxLength: number): PropertyDecorator {
  return applyDecorators(
    Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value)),
    IsString(),
    IsNotEmpty({ message: 'must not be empty or only spaces' }),
    MaxLength(maxLength),
  );
}
