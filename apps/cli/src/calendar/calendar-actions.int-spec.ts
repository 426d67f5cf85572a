import { INestApplicationContext } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runMigrations } from '@keystone/persistence';
import { createDatabase, dropDatabase } from '@keystone/stack';
import { importCalendarYear, listCalendarYear, listCalendarYears } from './calendar-actions';
import { CalendarModule } from '@keystone/calendar';
import { openOperatorContext, operatorEnv } from '../operations/operator-context';
import { calendarCommand } from './calendar.command';

const LATE_NOVEMBER_2026 = new Date('2026-11-29T12:00:00+08:00');

const draft2027 = {
  holidays: ['2027-01-01', '2027-01-02', '2027-01-03'],
  makeUpWorkdays: [],
  source: 'operator draft before the State Council notice',
};

describe('the calendar commands on a test database', () => {
  const serverUrl = () => process.env.KEYSTONE_TEST_SERVER_DATABASE_URL!;
  const databaseName = `keystone_calendar_cli_${randomBytes(5).toString('hex')}`;
  let databaseUrl: string;
  let folder: string;
  let context: INestApplicationContext;

  async function jsonFile(name: string, content: unknown): Promise<string> {
    const file = join(folder, name);
    await writeFile(file, typeof content === 'string' ? content : JSON.stringify(content));
    return file;
  }

  beforeAll(async () => {
    databaseUrl = await createDatabase(serverUrl(), databaseName);
    await runMigrations(databaseUrl);
    folder = await mkdtemp(join(tmpdir(), 'keystone-calendar-cli-'));
    context = await openOperatorContext({ DATABASE_URL: databaseUrl, DATABASE_POOL_SIZE: '2' }, [CalendarModule]);
  });

  afterAll(async () => {
    await context?.close();
    await rm(folder, { recursive: true, force: true });
    await dropDatabase(serverUrl(), databaseName);
  });

  it('given a fresh install, when the years are listed, then the official years are confirmed and 2027 is missing', async () => {
    const output = await listCalendarYears(context, LATE_NOVEMBER_2026);

    expect(output).toMatch(/^calendar version calendar-[0-9a-f]{12}\n2004  confirmed /);
    expect(output).toContain('2026  confirmed    chinese-days@1.5.7');
    expect(output).toMatch(/missing: 2027 \(deadlines there assume Monday to Friday\)$/);
  });

  it('given a draft file for 2027, when imported, then it is stored unconfirmed and listed back', async () => {
    const output = await importCalendarYear(context, '2027', await jsonFile('draft-2027.json', draft2027), 'cli (test)');

    expect(output).toContain('imported 2027\n2027  UNCONFIRMED  source: operator draft before the State Council notice');
    expect(output).toContain('marked unconfirmed');
    const listed = await listCalendarYear(context, '2027');
    expect(listed).toContain('by cli (test)');
    expect(listed).toContain('holidays (3): 2027-01-01 2027-01-02 2027-01-03');
    expect(listed).toContain('weekdays off: 2027-01-01\n');
    const years = await listCalendarYears(context, LATE_NOVEMBER_2026);
    expect(years).toContain('2027  UNCONFIRMED  operator draft');
    expect(years).toMatch(/missing: none$/);
  });

  it('given a file with a date outside the year, when imported, then every problem is named and nothing changes', async () => {
    const before = await listCalendarYear(context, '2026');
    const file = await jsonFile('wrong-2026.json', { holidays: ['2025-10-01'], makeUpWorkdays: ['2026-10-05'], source: '' });

    const attempt = importCalendarYear(context, '2026', file, 'cli (test)');

    await expect(attempt).rejects.toThrow(
      `${file} is refused, nothing was changed:\n  holidays[0]: must be a date in 2026\n  makeUpWorkdays[0]: 2026-10-05 is a weekday, which is a working day anyway\n  source: must be a non-empty string`,
    );
    expect(await listCalendarYear(context, '2026')).toBe(before);
  });

  it.each([
    ['a file that is not JSON', async () => importCalendarYear(context, '2027', await jsonFile('broken.json', '{"holidays": ['), 'cli (test)'), 'is not valid JSON'],
    ['a file that does not exist', () => importCalendarYear(context, '2027', join(folder, 'missing.json'), 'cli (test)'), 'cannot read'],
    ['a year that is not a year', () => listCalendarYear(context, '27'), 'year must be a year from 2000 to 2100, got "27"'],
    ['a year without data', () => listCalendarYear(context, '2030'), 'no schedule for 2030: deadlines there assume Monday to Friday'],
  ])('given %s, when run, then it fails with a clear message', async (_, run, message) => {
    await expect(run()).rejects.toThrow(message);
  });

  it('given no DATABASE_URL and no local stack, when the environment is read, then it says what is missing', () => {
    expect(() => operatorEnv({}, '/nonexistent')).toThrow('DATABASE_URL is not set');
  });

  it('given no DATABASE_URL beside a local stack, when the environment is read, then it uses the stack’s database', async () => {
    await mkdir(join(folder, 'postgres'), { recursive: true });
    await jsonFile('postgres/PG_VERSION', '18');
    expect(operatorEnv({}, folder).DATABASE_URL).toBe('postgres://postgres:postgres@127.0.0.1:54329/keystone');
  });

  it('given a local stack started on other ports, when the environment is read, then its Temporal and database are reached on them', async () => {
    await mkdir(join(folder, 'postgres'), { recursive: true });
    await jsonFile('postgres/PG_VERSION', '18');
    const env = operatorEnv({ TEMPORAL_PORT: '7333', TEMPORAL_UI_PORT: '8333', EMBEDDED_POSTGRES_PORT: '54429' }, folder);
    expect(env).toMatchObject({ TEMPORAL_ADDRESS: '127.0.0.1:7333', TEMPORAL_UI_URL: 'http://127.0.0.1:8333', DATABASE_URL: 'postgres://postgres:postgres@127.0.0.1:54429/keystone' });
    expect(operatorEnv({ TEMPORAL_PORT: '7333', TEMPORAL_ADDRESS: 'temporal.example:7233' }, folder).TEMPORAL_ADDRESS).toBe('temporal.example:7233');
  });

  it('given the command line with a refused file, when parsed, then the command rejects so that main exits non-zero', async () => {
    process.env.DATABASE_URL = databaseUrl;
    const file = await jsonFile('weekday-make-up.json', { ...draft2027, makeUpWorkdays: ['2027-01-04'] });

    const run = calendarCommand().exitOverride().parseAsync(['import', '2027', '--file', file], { from: 'user' });

    await expect(run).rejects.toThrow('makeUpWorkdays[0]: 2027-01-04 is a weekday');
  });
});
