import { INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { randomBytes } from 'node:crypto';
import { firstValueFrom } from 'rxjs';
import { DataSource } from 'typeorm';
import { ConfigModule } from '@keystone/config';
import { DEFAULT_ESCALATION_LEVELS, FieldProblemsError, planStageDeadline } from '@keystone/domain';
import { PersistenceModule, runMigrations } from '@keystone/persistence';
import { createDatabase, dropDatabase } from '@keystone/stack';
import { CalendarModule } from './calendar.module';
import { CalendarService } from './calendar.service';

const draft2027 = {
  holidays: ['2027-01-01', '2027-01-02', '2027-01-03', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11', '2027-02-12', '2027-02-13', '2027-02-14'],
  makeUpWorkdays: ['2027-02-20'],
  source: 'operator draft before the State Council notice',
};

/** A case accepted on the last working day of 2026 with a 2-working-day limit: its deadline runs over 2027-01-01. */
function newYearDeadline(calendars: CalendarService) {
  return planStageDeadline(calendars.calendar, calendars.version, new Date('2026-12-31T10:00:00+08:00'), { workingDays: 2 }, DEFAULT_ESCALATION_LEVELS);
}

describe('CalendarService on PostgreSQL', () => {
  const serverUrl = () => process.env.KEYSTONE_TEST_SERVER_DATABASE_URL!;
  const databaseName = `keystone_calendar_${randomBytes(5).toString('hex')}`;
  const contexts: INestApplicationContext[] = [];
  let env: Record<string, string>;

  /** One process's calendar; several of them over one database stand for the API, the worker and the CLI. */
  async function calendarProcess(extra: Record<string, string> = {}): Promise<CalendarService> {
    @Module({ imports: [ConfigModule.forRoot({ ...env, ...extra }), PersistenceModule, CalendarModule] })
    class CalendarProcessModule {}
    const context = await NestFactory.createApplicationContext(CalendarProcessModule, { logger: ['error'], abortOnError: false });
    contexts.push(context);
    return context.get(CalendarService);
  }

  /** The years the correction recorded at this revision says changed, waiting to reach the projects. */
  async function correctedYears(revision: number): Promise<number[]> {
    const [row]: { years: number[] }[] = await contexts[0].get(DataSource).query(`SELECT years FROM calendar_corrections WHERE revision = $1`, [revision]);
    return row.years;
  }

  beforeAll(async () => {
    env = { DATABASE_URL: await createDatabase(serverUrl(), databaseName), JWT_SECRET: randomBytes(32).toString('hex'), DATABASE_POOL_SIZE: '2' };
    await runMigrations(env.DATABASE_URL);
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await dropDatabase(serverUrl(), databaseName);
  });

  it('given a fresh install, when loaded, then 2004 to 2026 are there, confirmed, and 2027 is missing', async () => {
    const calendars = await calendarProcess();

    const coverage = calendars.coverage(new Date('2026-11-29T12:00:00+08:00'));

    expect(coverage.years.map((year) => year.year)).toEqual(Array.from({ length: 23 }, (_, index) => 2004 + index));
    expect(coverage.years.every((year) => year.confirmed && year.source.startsWith('chinese-days@'))).toBe(true);
    expect(coverage).toMatchObject({ missingYears: [2027], unconfirmedYears: [], version: calendars.version, region: null });
    expect(calendars.describeYear(2025)).toMatchObject({ workingWeekendDays: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'] });
  });

  it('given a draft of 2027, when imported, then the version changes, the change is announced and a deadline over New Year moves', async () => {
    const calendars = await calendarProcess();
    const announced = firstValueFrom(calendars.reloaded$);
    const before = newYearDeadline(calendars);

    const imported = await calendars.importYear(2027, draft2027, 'operator (operator)');

    const after = newYearDeadline(calendars);
    expect(calendars.version).not.toBe(before.calendarVersion);
    expect(await announced).toBe(calendars.revision);
    expect(await correctedYears(calendars.revision)).toEqual([2027]);
    expect(before).toMatchObject({ dueAt: '2027-01-04T16:00:00.000Z', fallbackYears: [2027] });
    expect(after).toMatchObject({ dueAt: '2027-01-05T16:00:00.000Z', fallbackYears: [], calendarVersion: calendars.version });
    expect(imported).toMatchObject({
      year: 2027,
      confirmed: false,
      updatedBy: 'operator (operator)',
      nonWorkingWeekdays: ['2027-01-01', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11', '2027-02-12'],
      workingWeekendDays: ['2027-02-20'],
    });
  });

  it('given a refused import, when attempted, then it throws the problems and nothing changes', async () => {
    const calendars = await calendarProcess();
    const version = calendars.version;
    const stored = calendars.describeYear(2026);

    const attempt = calendars.importYear(2026, { holidays: ['2026-10-01'], makeUpWorkdays: ['2026-10-01'], source: 'a wrong correction' }, 'office (office)');

    await expect(attempt).rejects.toThrow(FieldProblemsError);
    await expect(attempt).rejects.toThrow('makeUpWorkdays[0]: 2026-10-01 is also listed as a holiday');
    await calendars.refresh();
    expect(calendars.version).toBe(version);
    expect(calendars.describeYear(2026)).toEqual(stored);
  });

  it('given two processes, when one corrects a year, then the other picks it up at its next check and announces it', async () => {
    const api = await calendarProcess();
    const worker = await calendarProcess();
    const announced = firstValueFrom(worker.reloaded$);

    await api.importYear(2027, { ...draft2027, confirmed: true, source: '国办发明电〔2026〕号 (test)' }, 'office (office)');
    await worker.refresh();

    expect(worker.version).toBe(api.version);
    expect(await announced).toBe(api.revision);
    expect(await correctedYears(worker.revision)).toEqual([2027]);
    expect(worker.coverage(new Date('2026-11-29T12:00:00+08:00'))).toMatchObject({ missingYears: [], unconfirmedYears: [] });
  });

  it('given CALENDAR_REGION, when the region cancels a make-up day and adds a holiday, then only that region’s processes count them', async () => {
    const national = await calendarProcess();
    const county = await calendarProcess({ CALENDAR_REGION: 'test-county' });
    const announced = firstValueFrom(county.reloaded$);
    const days = [
      { date: '2025-04-27', kind: 'cancelled-make-up-day', note: '' },
      { date: '2025-04-01', kind: 'extra-holiday', note: '三月三' },
    ];

    const saved = await national.importRegionalDays('test-county', 2025, { days }, 'operator (operator)');
    await county.refresh();

    expect(saved).toMatchObject({ region: 'test-county', year: 2025, applied: false, days: [{ date: '2025-04-01' }, { date: '2025-04-27' }] });
    expect(national.calendar.isWorkingDay('2025-04-27')).toBe(true);
    expect(county.calendar.isWorkingDay('2025-04-27')).toBe(false);
    expect(county.calendar.isWorkingDay('2025-04-01')).toBe(false);
    expect(await announced).toBe(county.revision);
    expect(await correctedYears(county.revision)).toEqual([2025]);
    expect((await county.regionalDays('test-county', 2025)).applied).toBe(true);
    expect((await county.regionalDays('test-county', 2026)).days).toEqual([]);
  });
});
