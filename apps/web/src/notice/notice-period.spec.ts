import { periodHasEnded, periodKind, periodOf, periodTitle } from './notice-period';

describe('notice periods as the page names them', () => {
  it.each([
    ['2026-11', 'month', '2026年11月'],
    ['2026-Q3', 'quarter', '2026年第三季度'],
    ['2026-H1', 'half', '2026年上半年'],
    ['2026-H2', 'half', '2026年下半年'],
    ['2026', 'year', '2026年度'],
  ])('%s is a %s: %s', (period, kind, title) => {
    expect(periodKind(period)).toBe(kind);
    expect(periodTitle(period)).toBe(title);
  });

  it('keeps the month one was looking at when the kind changes', () => {
    expect(['month', 'quarter', 'half', 'year'].map((kind) => periodOf(kind as never, '2026-08'))).toEqual(['2026-08', '2026-Q3', '2026-H2', '2026']);
  });

  it('follows a running period live and leaves an ended or refused one be', () => {
    const now = new Date('2026-11-20T04:00:00Z');
    expect([null, '2026-11', '2026-Q4', '2026', '2026-10', '2026-Q3', '2026-13'].map((period) => periodHasEnded(period, now))).toEqual([false, false, false, false, true, true, true]);
  });
});
