import { calendarCoverage } from './calendar-coverage';
import type { CalendarYear } from './calendar-year';

function year(number: number, confirmed: boolean): CalendarYear {
  return { year: number, holidays: [`${number}-01-01`], makeUpWorkdays: [], confirmed, source: confirmed ? 'notice' : 'draft' };
}

describe('calendarCoverage', () => {
  it('given data up to the current year, when seen in late autumn, then the next year is missing', () => {
    const coverage = calendarCoverage([year(2026, true), year(2025, true)], '2026-11-29');

    expect(coverage.years.map((covered) => covered.year)).toEqual([2025, 2026]);
    expect(coverage.missingYears).toEqual([2027]);
    expect(coverage.unconfirmedYears).toEqual([]);
  });

  it('given an operator’s draft of the next year, when seen, then it is covered but unconfirmed', () => {
    const coverage = calendarCoverage([year(2026, true), year(2027, false)], '2026-11-29');

    expect(coverage.missingYears).toEqual([]);
    expect(coverage.unconfirmedYears).toEqual([2027]);
    expect(coverage.years).toContainEqual({ year: 2027, confirmed: false, source: 'draft' });
  });

  it('given no data for the current year either, when seen, then both years are missing', () => {
    expect(calendarCoverage([year(2026, true)], '2028-01-02').missingYears).toEqual([2028, 2029]);
  });
});
