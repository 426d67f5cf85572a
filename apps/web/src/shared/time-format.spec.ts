import { formatDate, formatDateTime, formatDeadline, readableInstants } from './time-format';

describe('time formats on a device set to another zone', () => {
  const zone = process.env.TZ;
  // Node applies a changed TZ at once; New York is behind UTC, so local and Beijing dates differ by a day or more.
  beforeAll(() => (process.env.TZ = 'America/New_York'));
  afterAll(() => (process.env.TZ = zone));

  it('reads dates and times in Beijing time', () => {
    expect(formatDate('2026-12-14T17:00:00Z')).toBe('2026-12-15');
    expect(formatDateTime('2026-12-14T17:05:00Z')).toBe('2026-12-15 01:05');
  });

  it('reads a limit ending at Beijing midnight as its last day, in explanations too', () => {
    expect(formatDeadline('2026-12-14T16:00:00.000Z')).toBe('2026-12-14');
    expect(readableInstants('规划选址阶段按期推进，限办 2026-12-14T16:00:00.000Z')).toBe('规划选址阶段按期推进，限办 2026-12-14');
  });

  it('keeps a date as given and a missing one as a dash', () => {
    expect(formatDate('2026-03-01')).toBe('2026-03-01');
    expect(formatDeadline(null)).toBe('—');
  });
});
