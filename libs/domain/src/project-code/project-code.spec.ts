import { codeYearProblem, parseProjectCode } from './project-code';

describe('the national project code', () => {
  it('parses the groups of a well-formed code', () => {
    expect(parseProjectCode('2026-341521-48-01-000123')).toEqual({ year: 2026, region: '341521', department: '48', projectType: '01', serial: '000123' });
  });

  it('finds no fault with a code of this year or an earlier one, in Beijing time', () => {
    const newYearsEveUtc = new Date('2026-12-31T16:30:00.000Z'); // already 2027-01-01 in Beijing
    expect(codeYearProblem(parseProjectCode('2027-341521-48-01-000123'), newYearsEveUtc)).toBeUndefined();
    expect(codeYearProblem(parseProjectCode('2019-341521-48-01-000123'), newYearsEveUtc)).toBeUndefined();
  });

  it('refuses a code from a year still to come, naming the field', () => {
    expect(codeYearProblem(parseProjectCode('2099-341521-48-01-000123'), new Date('2026-11-30T02:00:00.000Z'))).toEqual({
      field: 'code',
      reason: 'year 2099 is after 2026: a project code is given when the project is filed',
    });
  });
});
