import { ValidationError } from '@nestjs/common';
import { FieldProblem, FieldProblemsError } from '@keystone/domain';

/** What a field left out is told, instead of every rule its absent value breaks. */
export const REQUIRED = 'is required';

/** Rules on what kind of value a field holds; where one fails, its range and length rules only add noise ("limit=abc" is not "greater than 1000"). */
const KIND_RULES = new Set(['isInt', 'isNumber', 'isString', 'isBoolean', 'isArray', 'isObject']);

/** class-validator's nested errors as field paths and reasons, e.g. `totalInvestment: must not be less than 0`. */
export function validationProblems(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    if (error.constraints && (error.value === undefined || error.value === null)) return [{ field, reason: REQUIRED }];
    // class-validator's own messages open with the property's name; a custom message may mention it further on.
    const own = brokenRules(error.constraints ?? {}).map((reason) => ({ field, reason: withoutLeading(reason, `${error.property} `) }));
    return [...own, ...validationProblems(error.children ?? [], field)];
  });
}

export function validationExceptionFactory(errors: ValidationError[]): FieldProblemsError {
  return new FieldProblemsError(validationProblems(errors));
}

function brokenRules(constraints: Record<string, string>): string[] {
  const kind = Object.keys(constraints).filter((rule) => KIND_RULES.has(rule));
  return kind.length > 0 ? kind.map((rule) => constraints[rule]) : Object.values(constraints);
}

function withoutLeading(text: string, prefix: string): string {
  return text.startsWith(prefix) ? text.slice(prefix.length) : text;
}
