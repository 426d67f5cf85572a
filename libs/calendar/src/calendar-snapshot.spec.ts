import type { StoredCalendar, StoredCalendarYear } from './calendar.repository';
import { CalendarSnapshot } from './calendar-snapshot';

const updated = { updatedAt: new Date('2026-11-04T08:00:00Z'), updatedBy: 'operator (operator)' };

const national2026: StoredCalendarYear = {
  year: 2026,
  holidays: ['2026-10-01', '2026-10-02', '2026-10-05'],
  makeUpWorkdays: ['2026-10-10'],
  confirmed: true,
  source: 'test: 国庆 2026 excerpt',
  ...updated,
};

function stored(overrides: Partial<StoredCalendar> = {}): StoredCalendar {
  return { revision: 1, years: [national2026], regionalDays: [], ...overrides };
}

describe('CalendarSnapshot', () => {
  it('given the same data read twice, when versioned, then the versions agree whatever the revision or who saved it', () => {
    const first = new CalendarSnapshot(stored(), undefined);
    const second = new CalendarSnapshot(stored({ revision: 7, years: [{ ...national2026, updatedBy: 'cli' }] }), undefined);

    expect(second.version).toBe(first.version);
    expect(first.version).toMatch(/^calendar-[0-9a-f]{12}$/);
  });

  it.each([
    ['a holiday added', { holidays: [...national2026.holidays, '2026-10-06'] }],
    ['a make-up day removed', { makeUpWorkdays: [] }],
    ['the confirmation withdrawn', { confirmed: false }],
    ['another source', { source: 'test: corrected' }],
  ])('given %s, when versioned, then the version changes', (_, change) => {
    const before = new CalendarSnapshot(stored(), undefined);
    const after = new CalendarSnapshot(stored({ years: [{ ...national2026, ...change }] }), undefined);

    expect(after.version).not.toBe(before.version);
  });

  it('given a regional layer, when its days change, then the calendar and the version follow', () => {
    const before = new CalendarSnapshot(stored(), 'test-county');
    const after = new CalendarSnapshot(stored({ regionalDays: [{ date: '2026-10-10', kind: 'cancelled-make-up-day', note: '' }] }), 'test-county');

    expect(before.calendar.isWorkingDay('2026-10-10')).toBe(true);
    expect(after.calendar.isWorkingDay('2026-10-10')).toBe(false);
    expect(after.version).not.toBe(before.version);
  });

  it('given a configured region with no days yet, when versioned, then the version still names the region', () => {
    expect(new CalendarSnapshot(stored(), 'test-county').version).not.toBe(new CalendarSnapshot(stored(), undefined).version);
  });
});
