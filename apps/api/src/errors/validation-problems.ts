import { ValidationError } from '@nestjs/common';
import { FieldProblem, FieldProblemsError } from '@keystone/domain';

/** class-validator's nested errors as field paths and reasons, e.g. `totalInvestment: must not be less than 0`. */
export function validationProblems(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((reason) => ({ field, reason: reason.replace(`${error.property} `, '') }));
    return [...own, ...validationProblems(error.children ?? [], field)];
  });
}

export function validationExceptionFactory(errors: ValidationError[]): FieldProblemsError {
  return new FieldProblemsError(validationProblems(errors));
}
