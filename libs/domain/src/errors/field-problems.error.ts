import { FieldProblem } from './domain-error';

/** Several field problems found at once; answered as one 400 that lists them all. */
export class FieldProblemsError extends Error {
  constructor(readonly problems: FieldProblem[]) {
    super(problems.map((problem) => `${problem.field}: ${problem.reason}`).join('; '));
    this.name = 'FieldProblemsError';
  }
}
