import { FieldProblemsError } from '../errors';
import { parseRegionalDays, regionalDayProblems } from './regional-day-rules';
import { regionalLayer } from './regional-layer';

const sanyuesan2025 = {
  days: [
    { date: '2025-04-01', kind: 'extra-holiday', note: '三月三' },
    { date: '2025-03-31', kind: 'extra-holiday', note: '三月三' },
    { date: '2025-04-27', kind: 'cancelled-make-up-day' },
  ],
};

describe('regionalDayProblems', () => {
  it('given Guangxi’s 三月三 and a cancelled make-up Sunday, when checked, then nothing is wrong', () => {
    expect(regionalDayProblems('guangxi', 2025, sanyuesan2025)).toEqual([]);
  });

  it('given an empty list, when checked, then it is accepted as clearing the region’s year', () => {
    expect(regionalDayProblems('guangxi', 2025, { days: [] })).toEqual([]);
  });

  it.each([
    ['a date outside the year', { date: '2024-04-01', kind: 'extra-holiday' }, 'days[0].date', 'must be a date in 2025'],
    ['an unknown kind', { date: '2025-04-01', kind: 'half-day' }, 'days[0].kind', 'must be one of extra-holiday, cancelled-make-up-day'],
    ['a cancelled make-up day on a weekday', { date: '2025-04-28', kind: 'cancelled-make-up-day' }, 'days[0].date', '2025-04-28 is a weekday, never a make-up working day'],
    ['a note that is not text', { date: '2025-04-01', kind: 'extra-holiday', note: 3 }, 'days[0].note', 'must be a string'],
    ['an unknown field', { date: '2025-04-01', kind: 'extra-holiday', colour: 'red' }, 'days[0].colour', 'should not exist'],
    ['an entry that is not an object', '2025-04-01', 'days[0]', 'must be an object'],
  ])('given %s, when checked, then the field is named', (_, day, field, reason) => {
    expect(regionalDayProblems('guangxi', 2025, { days: [day] })).toEqual([{ field, reason }]);
  });

  it('given one date twice, when checked, then the repeat is named', () => {
    const days = [{ date: '2025-04-27', kind: 'cancelled-make-up-day' }, { date: '2025-04-27', kind: 'extra-holiday' }];

    expect(regionalDayProblems('guangxi', 2025, { days })).toEqual([{ field: 'days[1].date', reason: 'repeats 2025-04-27' }]);
  });

  it('given a region code with capitals, when checked, then the region is named', () => {
    expect(regionalDayProblems('Guangxi', 2025, sanyuesan2025)).toEqual([{ field: 'region', reason: 'must be lowercase letters, digits and hyphens' }]);
  });

  it('given days that are not a list, when checked, then days is named', () => {
    expect(regionalDayProblems('guangxi', 2025, { days: '2025-04-01' })).toEqual([{ field: 'days', reason: 'must be a list, possibly empty' }]);
  });
});

describe('parseRegionalDays and regionalLayer', () => {
  it('given the days, when parsed and layered, then they are sorted, noted and split by kind', () => {
    const days = parseRegionalDays('guangxi', 2025, sanyuesan2025);

    expect(days.map((day) => `${day.date} ${day.kind} ${day.note}`)).toEqual([
      '2025-03-31 extra-holiday 三月三',
      '2025-04-01 extra-holiday 三月三',
      '2025-04-27 cancelled-make-up-day ',
    ]);
    expect(regionalLayer('guangxi', days)).toEqual({
      region: 'guangxi',
      extraHolidays: ['2025-03-31', '2025-04-01'],
      cancelledMakeUpWorkdays: ['2025-04-27'],
    });
  });

  it('given a refused list, when parsed, then it throws', () => {
    expect(() => parseRegionalDays('guangxi', 2025, { days: [{ date: '2025-02-30', kind: 'extra-holiday' }] })).toThrow(FieldProblemsError);
  });
});
