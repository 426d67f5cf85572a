import { beijingMonth, lastDateOfMonth, monthStart, monthsAfter, nextMonth, previousMonth } from './calendar-months';

describe('months in Beijing time', () => {
  it('steps across the turn of the year both ways', () => {
    expect([nextMonth('2026-11'), nextMonth('2026-12'), previousMonth('2027-01'), previousMonth('2026-03')]).toEqual(['2026-12', '2027-01', '2026-12', '2026-02']);
  });

  it('counts months forward and back across years', () => {
    expect([monthsAfter('2026-12', 13), monthsAfter('2026-03', -15), monthsAfter('2026-05', 0)]).toEqual(['2028-01', '2024-12', '2026-05']);
  });

  it('ends a month on its last date, leap Februaries included', () => {
    expect([lastDateOfMonth('2026-11'), lastDateOfMonth('2028-02'), lastDateOfMonth('2027-02'), lastDateOfMonth('2026-12')]).toEqual(['2026-11-30', '2028-02-29', '2027-02-28', '2026-12-31']);
  });

  it('starts a month at 00:00 Beijing time, which is still the month before in UTC', () => {
    expect(monthStart('2026-12')).toEqual(new Date('2026-11-30T16:00:00Z'));
    expect(beijingMonth(monthStart('2026-12'))).toBe('2026-12');
  });
});
