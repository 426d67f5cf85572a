import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { Observable, Subject } from 'rxjs';
import { KeystoneConfig } from '@keystone/config';
import {
  CalendarCoverage,
  DomainError,
  RegionalDay,
  WeekdayExceptions,
  WorkingDayCalendar,
  calendarCoverage,
  parseCalendarYear,
  parseRegionalDays,
  weekdayExceptions,
} from '@keystone/domain';
import { CalendarRepository, StoredCalendarYear } from './calendar.repository';
import { CalendarSnapshot } from './calendar-snapshot';

/** How often a process checks whether another one changed the calendar. */
export const CALENDAR_REFRESH_INTERVAL_MS = 2_000;

export interface CalendarYearView extends StoredCalendarYear, WeekdayExceptions {
  version: string;
  /** The regional layer the weekday exceptions include, if this installation has one. */
  region: string | null;
}

export interface CalendarCoverageView extends CalendarCoverage {
  version: string;
  region: string | null;
}

export interface RegionalDaysView {
  region: string;
  year: number;
  days: RegionalDay[];
  /** Whether this installation's deadlines use the region (CALENDAR_REGION). */
  applied: boolean;
}

/**
 * The working-day calendar deadlines are computed with, and the version that names its data. It is loaded from
 * the database at start, reloaded at once after a change made through it, and within seconds after a change made
 * by another process (the API, the worker and the CLI each hold their own).
 */
@Injectable()
export class CalendarService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(CalendarService.name);
  private readonly reloads = new Subject<number>();
  /** The revision of each reload after another process changed the calendar; the first load is not one. */
  readonly reloaded$: Observable<number> = this.reloads.asObservable();
  readonly region: string | undefined;
  private snapshot?: CalendarSnapshot;
  private reloading: Promise<void> = Promise.resolve();
  private polling: Promise<void> = Promise.resolve();
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly repository: CalendarRepository,
    config: KeystoneConfig,
  ) {
    this.region = config.CALENDAR_REGION;
  }

  get calendar(): WorkingDayCalendar {
    return this.loaded().calendar;
  }

  get version(): string {
    return this.loaded().version;
  }

  /** The revision of the calendar tables this process has loaded; corrections up to it are in `calendar`. */
  get revision(): number {
    return this.loaded().revision;
  }

  async onModuleInit(): Promise<void> {
    this.snapshot = await this.read();
    if (this.region && !(await this.repository.regionalDays(this.region)).length) {
      this.logger.warn(`CALENDAR_REGION ${this.region} has no regional days yet; the national schedule applies alone`);
    }
    this.timer = setInterval(() => {
      this.polling = this.refresh().catch((error: Error) => this.logger.warn(`calendar check failed: ${error.message}`));
    }, CALENDAR_REFRESH_INTERVAL_MS);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.polling;
    this.reloads.complete();
  }

  /** Reloads when another process changed the calendar; the timer calls it every few seconds. */
  async refresh(): Promise<void> {
    if ((await this.repository.revision()) !== this.loaded().revision) await this.reload();
  }

  coverage(now: Date): CalendarCoverageView {
    const { calendar, years, version } = this.loaded();
    return { ...calendarCoverage(years, calendar.localDate(now)), version, region: this.region ?? null };
  }

  describeYear(year: number): CalendarYearView {
    const snapshot = this.loaded();
    const stored = snapshot.year(year);
    if (!stored) throw DomainError.notFound('year', `no schedule for ${year}: deadlines there assume Monday to Friday`);
    return { ...stored, ...weekdayExceptions(snapshot.calendar, year), version: snapshot.version, region: this.region ?? null };
  }

  /** Imports or corrects a year; `by` names who did it. Unless `confirmed` is true the year stays unconfirmed. */
  async importYear(year: number, input: unknown, by: string): Promise<CalendarYearView> {
    const schedule = parseCalendarYear(year, input);
    await this.repository.saveYear(schedule, by);
    await this.reload();
    this.logger.log(`calendar ${year} saved by ${by} (${schedule.confirmed ? 'confirmed' : 'unconfirmed'}, ${schedule.source}); version ${this.version}`);
    return this.describeYear(year);
  }

  async regionalDays(region: string, year: number): Promise<RegionalDaysView> {
    const days = await this.repository.regionalDays(region, year);
    return { region, year, days, applied: region === this.region };
  }

  /** Replaces a region's days in a year. */
  async importRegionalDays(region: string, year: number, input: unknown, by: string): Promise<RegionalDaysView> {
    const days = parseRegionalDays(region, year, input);
    await this.repository.replaceRegionalDays(region, year, days, by);
    await this.reload();
    this.logger.log(`regional days of ${region} in ${year} saved by ${by}; version ${this.version}`);
    return this.regionalDays(region, year);
  }

  private loaded(): CalendarSnapshot {
    if (!this.snapshot) throw new Error('the calendar is read when its module initialises; it is not loaded yet');
    return this.snapshot;
  }

  private read(): Promise<CalendarSnapshot> {
    return this.repository.load(this.region).then((stored) => new CalendarSnapshot(stored, this.region));
  }

  // Reloads run one after another, so a slow read never replaces a newer one.
  private reload(): Promise<void> {
    const next = this.reloading.then(async () => {
      this.snapshot = await this.read();
      this.reloads.next(this.snapshot.revision);
    });
    this.reloading = next.catch(() => undefined);
    return next;
  }
}
