import { beijingDate } from '../calendar/working-day-calendar';
import { DomainError, FieldProblem } from '../errors';

/**
 * The national investment project code (GB/T 40058-2021) as counties see it:
 * `YYYY-RRRRRR-DD-TT-NNNNNN`, 24 characters, digit groups separated by hyphens:
 * year, region, supervising department, project type, serial (with its check digit).
 */
const PROJECT_CODE = /^(\d{4})-(\d{6})-(\d{2})-(\d{2})-(\d{6})$/;

export interface ProjectCodeParts {
  year: number;
  region: string;
  department: string;
  projectType: string;
  serial: string;
}

export function parseProjectCode(code: unknown): ProjectCodeParts {
  const match = typeof code === 'string' ? PROJECT_CODE.exec(code) : null;
  if (!match) {
    throw DomainError.invalid('code', 'must be a 24-character project code YYYY-RRRRRR-DD-TT-NNNNNN (digits)');
  }
  const year = Number(match[1]);
  if (year < 1990 || year > 2100) {
    throw DomainError.invalid('code', `year ${match[1]} is not a plausible project year`);
  }
  return { year, region: match[2], department: match[3], projectType: match[4], serial: match[5] };
}

/** A code is given when its project is filed, so its year cannot come after the year it is registered in (Beijing time). */
export function codeYearProblem({ year }: ProjectCodeParts, now: Date): FieldProblem | undefined {
  const thisYear = Number(beijingDate(now).slice(0, 4));
  return year > thisYear ? { field: 'code', reason: `year ${year} is after ${thisYear}: a project code is given when the project is filed` } : undefined;
}

export function isProjectCode(code: unknown): code is string {
  return typeof code === 'string' && PROJECT_CODE.test(code) && Number(code.slice(0, 4)) >= 1990;
}

/** One workflow per project, named by its code, so a second registration can never start a second workflow. */
export function projectWorkflowId(code: string): string {
  return `project-${code}`;
}
