import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { PaginationQuery } from '../pagination.query';
import { RegisterProjectDto } from '../projects/register-project.dto';
import { projectProfile } from '../../test/support/project-fixtures';
import { REQUIRED, validationProblems } from './validation-problems';

const complete = projectProfile();

const problemsOf = (body: object) => validationProblems(validateSync(plainToInstance(RegisterProjectDto, body)));

describe('validationProblems', () => {
  it('names a field left out once, as required, not by every rule its absence breaks', () => {
    const { plannedStart: _start, ...withoutStart } = complete;
    expect(problemsOf({ ...withoutStart, plannedCompletion: null })).toEqual([
      { field: 'plannedStart', reason: REQUIRED },
      { field: 'plannedCompletion', reason: REQUIRED },
    ]);
  });

  it('gives a field that is present but wrong the reasons of the rules it breaks', () => {
    expect(problemsOf({ ...complete, plannedStart: '2026/03/01', totalInvestment: -1 })).toEqual([
      { field: 'totalInvestment', reason: 'must be more than 0 (万元)' },
      { field: 'plannedStart', reason: 'must be a real calendar date' },
      { field: 'plannedStart', reason: 'must be a date YYYY-MM-DD' },
    ]);
  });

  it('gives a value of the wrong kind that reason alone, not the ranges it cannot be measured against', () => {
    expect(validationProblems(validateSync(plainToInstance(PaginationQuery, { limit: 'abc', offset: '-1' })))).toEqual([
      { field: 'limit', reason: 'must be an integer number' },
      { field: 'offset', reason: 'must not be less than 0' },
    ]);
  });

  it('keeps a custom reason whole where it names its own field further on', () => {
    expect(problemsOf({ ...complete, code: '2026-3415' })).toEqual([{ field: 'code', reason: 'must be a 24-character project code YYYY-RRRRRR-DD-TT-NNNNNN (digits)' }]);
  });

  it('finds nothing wrong with a complete registration', () => {
    expect(problemsOf(complete)).toEqual([]);
  });
});
