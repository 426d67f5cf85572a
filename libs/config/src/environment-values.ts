import { applyDecorators } from '@nestjs/common';
import { ClassConstructor, plainToInstance, Transform } from 'class-transformer';
import { IsBoolean, IsInt, Max, Min, validateSync } from 'class-validator';

/** A whole number read from the environment's text, at least `min` and, when given, at most `max`. */
export function WholeNumber(min: number, max?: number): PropertyDecorator {
  const bounds = max === undefined ? [Min(min)] : [Min(min), Max(max)];
  return applyDecorators(
    Transform(({ value }: { value: unknown }) => Number(value)),
    IsInt(),
    ...bounds,
  );
}

/** A switch read from the environment's text: `true` or `1` turn it on, anything else off. */
export function Flag(): PropertyDecorator {
  return applyDecorators(
    Transform(({ value }: { value: unknown }) => (value === undefined ? undefined : value === true || value === 'true' || value === '1')),
    IsBoolean(),
  );
}

/**
 * The settings `shape` declares, read from the given variables (unset and empty ones take the defaults)
 * and validated; a bad value stops the start with every offending variable and what it must be.
 */
export function readEnvironment<T extends object>(shape: ClassConstructor<T>, env: Record<string, string | undefined>, defaults: Record<string, string> = {}): T {
  const defined = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const settings = plainToInstance(shape, { ...defaults, ...defined }, { exposeDefaultValues: true });
  const errors = validateSync(settings);
  if (errors.length) {
    const lines = errors.map((error) => `${error.property}: ${Object.values(error.constraints ?? {}).join(', ')}`);
    throw new Error(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  return settings;
}
