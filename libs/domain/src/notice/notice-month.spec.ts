import { DomainError } from '../errors';
import { noticeMonth } from './notice-month';

describe('the month a monthly notice covers', () => {
  const now = new Date('2026-11-30T18:00:00Z'); // 2026-12-01 02:00 in Beijing

  it('runs from 00:00 Beijing time on the 1st to 00:00 on the 1st of the next month', () => {
    expect(noticeMonth('2026-11', now)).toEqual({
      month: '2026-11',
      from: new Date('2026-10-31T16:00:00Z'),
      until: new Date('2026-11-30T16:00:00Z'),
      inProgress: false,
    });
  });

  it('crosses into the next year after December', () => {
    expect(noticeMonth('2025-12', now).until).toEqual(new Date('2025-12-31T16:00:00Z'));
  });

  it('defaults to the running month in Beijing, counted up to now', () => {
    expect(noticeMonth(undefined, now)).toEqual({ month: '2026-12', from: new Date('2026-11-30T16:00:00Z'), until: now, inProgress: true });
  });

  it.each([
    ['2026-13', 'YYYY-MM'],
    ['2026-1', 'YYYY-MM'],
    ['November', 'YYYY-MM'],
    ['2027-01', 'after the current month'],
  ])('refuses %s, naming the field', (month, reason) => {
    const refusal = (() => {
      try {
        noticeMonth(month, now);
      } catch (error) {
        return error;
      }
    })();
    expect(refusal).toBeInstanceOf(DomainError);
    expect((refusal as DomainError).details).toEqual(expect.objectContaining({ kind: 'invalid', field: 'month', reason: expect.stringContaining(reason) }));
  });
});
