import { DomainError } from '../errors';
import { noticePeriod } from './notice-period';

describe('the period a notice covers', () => {
  const now = new Date('2026-11-30T18:00:00Z'); // 2026-12-01 02:00 in Beijing

  it('runs a month from 00:00 Beijing time on the 1st to 00:00 on the 1st of the next', () => {
    expect(noticePeriod('2026-11', now)).toEqual({
      period: '2026-11',
      kind: 'month',
      months: ['2026-11'],
      latestMonth: '2026-11',
      from: new Date('2026-10-31T16:00:00Z'),
      until: new Date('2026-11-30T16:00:00Z'),
      inProgress: false,
    });
  });

  it('crosses into the next year after December', () => {
    expect(noticePeriod('2025-12', now).until).toEqual(new Date('2025-12-31T16:00:00Z'));
  });

  it('defaults to the running month in Beijing, counted up to now', () => {
    expect(noticePeriod(undefined, now)).toMatchObject({ period: '2026-12', months: ['2026-12'], from: new Date('2026-11-30T16:00:00Z'), until: now, inProgress: true });
  });

  it.each([
    ['2026-Q3', 'quarter', ['2026-07', '2026-08', '2026-09'], '2026-09-30T16:00:00Z', false, '2026-09'],
    ['2026-Q4', 'quarter', ['2026-10', '2026-11', '2026-12'], '2026-11-30T18:00:00Z', true, '2026-12'],
    ['2026-H1', 'half', ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06'], '2026-06-30T16:00:00Z', false, '2026-06'],
  ])('covers %s as a %s', (period, kind, months, until, inProgress, latestMonth) => {
    expect(noticePeriod(period, now)).toMatchObject({ kind, months, until: new Date(until), inProgress, latestMonth });
  });

  it('covers a whole year, its latest month the running one while it runs', () => {
    const year = noticePeriod('2026', new Date('2026-05-10T00:00:00Z'));
    expect(year).toMatchObject({ kind: 'year', latestMonth: '2026-05', from: new Date('2025-12-31T16:00:00Z'), inProgress: true });
    expect(year.months).toHaveLength(12);
  });

  it.each([
    ['2026-13', 'must be a month YYYY-MM'],
    ['2026-1', 'must be a month YYYY-MM'],
    ['2026-Q5', 'must be a month YYYY-MM'],
    ['November', 'must be a month YYYY-MM'],
    ['2027-01', 'after the current month'],
    ['2027-H1', 'after the current month'],
    ['2027', 'after the current month'],
  ])('refuses %s, naming the field', (period, reason) => {
    const refusal = (() => {
      try {
        noticePeriod(period, now, 'month');
      } catch (error) {
        return error;
      }
    })();
    expect(refusal).toBeInstanceOf(DomainError);
    expect((refusal as DomainError).details).toEqual(expect.objectContaining({ kind: 'invalid', field: 'month', reason: expect.stringContaining(reason) }));
  });
});
