import { beijingDateTime, beijingDeadline } from './beijing-time';

describe('Beijing time for people to read', () => {
  it('shows an instant at its Beijing wall-clock time, across the UTC date line', () => {
    expect(beijingDateTime(new Date('2026-12-14T16:30:00Z'))).toBe('2026-12-15 00:30');
    expect(beijingDateTime(new Date('2026-12-14T01:05:59Z'))).toBe('2026-12-14 09:05');
  });

  it('reads a limit ending at Beijing midnight as its last day', () => {
    expect(beijingDeadline(new Date('2026-12-14T16:00:00Z'))).toBe('2026-12-14');
  });

  it('keeps the time of a deadline that is not at Beijing midnight, UTC midnight included', () => {
    expect(beijingDeadline(new Date('2026-12-14T16:00:01Z'))).toBe('2026-12-15 00:00');
    expect(beijingDeadline(new Date('2026-12-15T00:00:00Z'))).toBe('2026-12-15 08:00');
  });
});
