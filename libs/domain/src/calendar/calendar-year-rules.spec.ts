import { FieldProblemsError } from '../errors';
import { calendarYearProblems, parseCalendarYear } from './calendar-year-rules';

/** An operator's draft of 2027 before the notice: New Year's Day and a Spring Festival week with two make-up Saturdays. */
function draft2027(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    holidays: ['2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09', '2027-02-10', '2027-01-01'],
    makeUpWorkdays: ['2027-02-13', '2027-01-30'],
    source: 'operator draft before the State Council notice',
    ...overrides,
  };
}

describe('calendarYearProblems', () => {
  it('given a well-formed year with holidays on weekends too, when checked, then nothing is wrong', () => {
    expect(calendarYearProblems(2027, draft2027())).toEqual([]);
  });

  it.each([
    ['a date outside the year', { holidays: ['2026-12-31'] }, 'holidays[0]', 'must be a date in 2027'],
    ['an impossible date', { holidays: ['2027-02-30'] }, 'holidays[0]', 'must be a date written YYYY-MM-DD'],
    ['a date not written YYYY-MM-DD', { holidays: ['2027-2-3'] }, 'holidays[0]', 'must be a date written YYYY-MM-DD'],
    ['a number instead of a date', { makeUpWorkdays: [20270130] }, 'makeUpWorkdays[0]', 'must be a date written YYYY-MM-DD'],
    ['a holiday listed twice', { holidays: ['2027-01-01', '2027-01-01'] }, 'holidays[1]', 'repeats 2027-01-01'],
    ['no holidays', { holidays: [] }, 'holidays', 'must list at least one date'],
    ['holidays that are not a list', { holidays: '2027-01-01' }, 'holidays', 'must list at least one date'],
    ['make-up days missing', { makeUpWorkdays: undefined }, 'makeUpWorkdays', 'must be a list of dates, possibly empty'],
    ['a make-up day on a weekday', { makeUpWorkdays: ['2027-02-12'] }, 'makeUpWorkdays[0]', '2027-02-12 is a weekday, which is a working day anyway'],
    ['a make-up day outside the year', { makeUpWorkdays: ['2028-01-01'] }, 'makeUpWorkdays[0]', 'must be a date in 2027'],
    ['confirmed that is not a boolean', { confirmed: 'yes' }, 'confirmed', 'must be true or false'],
    ['no source', { source: '  ' }, 'source', 'must be a non-empty string'],
    ['an unknown field', { workdays: [] }, 'workdays', 'should not exist'],
  ])('given %s, when checked, then the field is named', (_, change, field, reason) => {
    expect(calendarYearProblems(2027, draft2027(change))).toEqual([{ field, reason }]);
  });

  it('given a date that is both a holiday and a make-up day, when checked, then the make-up day is named', () => {
    const problems = calendarYearProblems(2027, draft2027({ holidays: ['2027-01-01', '2027-02-06'], makeUpWorkdays: ['2027-02-06'] }));

    expect(problems).toEqual([{ field: 'makeUpWorkdays[0]', reason: '2027-02-06 is also listed as a holiday' }]);
  });

  it('given several mistakes, when checked, then every one is reported', () => {
    const problems = calendarYearProblems(2027, draft2027({ holidays: ['2026-10-01', '2027-01-01'], makeUpWorkdays: ['2027-13-01'], source: '' }));

    expect(problems.map((problem) => problem.field)).toEqual(['holidays[0]', 'makeUpWorkdays[0]', 'source']);
  });

  it.each([
    ['a year out of range', 1999, draft2027(), 'year'],
    ['a year that is not whole', 2027.5, draft2027(), 'year'],
    ['a body that is not an object', 2027, ['2027-01-01'], 'body'],
    ['no body', 2027, undefined, 'body'],
  ])('given %s, when checked, then only that is reported', (_, year, input, field) => {
    expect(calendarYearProblems(year, input)).toEqual([expect.objectContaining({ field })]);
  });
});

describe('parseCalendarYear', () => {
  it('given a draft without confirmed, when parsed, then it is unconfirmed and its dates are sorted', () => {
    const year = parseCalendarYear(2027, draft2027({ source: ' draft ' }));

    expect(year).toEqual({
      year: 2027,
      holidays: ['2027-01-01', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09', '2027-02-10'],
      makeUpWorkdays: ['2027-01-30', '2027-02-13'],
      confirmed: false,
      source: 'draft',
    });
  });

  it('given the notice in hand, when parsed with confirmed true, then it is confirmed', () => {
    expect(parseCalendarYear(2027, draft2027({ confirmed: true, source: '国办发明电〔2026〕X号' })).confirmed).toBe(true);
  });

  it('given a refused year, when parsed, then it throws every problem at once', () => {
    const parse = () => parseCalendarYear(2027, draft2027({ holidays: ['2027-02-30'], source: '' }));

    expect(parse).toThrow(FieldProblemsError);
    expect(parse).toThrow('holidays[0]: must be a date written YYYY-MM-DD; source: must be a non-empty string');
  });
});
