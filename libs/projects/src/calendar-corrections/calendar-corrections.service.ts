import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client, WorkflowNotFoundError } from '@temporalio/client';
import { EMPTY, Subscription, catchError, concatMap, delay, from, interval, merge, of, timer } from 'rxjs';
import { DataSource } from 'typeorm';
import { CALENDAR_REFRESH_INTERVAL_MS, CalendarService } from '@keystone/calendar';
import { projectWorkflowId } from '@keystone/domain';
import { calendarCorrectedSignal } from '@keystone/workflows';

/** Signals sent at once; enough to keep the server busy without flooding it after a large correction. */
const SIGNAL_BATCH = 50;

/** How often corrections still pending (their signals failed) are tried again. */
const RETRY_INTERVAL_MS = 30_000;

/**
 * How old a correction must be before it is signalled: by then every running worker has reloaded the calendar,
 * so whichever of them runs a project's next workflow task re-plans on the corrected one.
 */
export const CORRECTION_SETTLE_MS = 2 * CALENDAR_REFRESH_INTERVAL_MS + 1_000;

/**
 * When an operator corrects the calendar, every project whose running clocks the corrected years may touch
 * plans them again in its own workflow (which records what moved and why). The correction is recorded with the
 * calendar's change (calendar_corrections) and marked propagated only once signalled, so one made while no
 * worker ran, or whose signals failed, still reaches its projects. Runs in the worker only; a workflow ignores a
 * correction that moves nothing, so several workers signalling is harmless.
 */
@Injectable()
export class CalendarCorrectionsService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(CalendarCorrectionsService.name);
  private subscription?: Subscription;

  constructor(
    private readonly calendars: CalendarService,
    private readonly client: Client,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    // At start, and once what was corrected just before it has settled; after each reload, once that has.
    const attempts = merge(of(undefined), timer(CORRECTION_SETTLE_MS), this.calendars.reloaded$.pipe(delay(CORRECTION_SETTLE_MS)), interval(RETRY_INTERVAL_MS));
    this.subscription = attempts
      .pipe(
        concatMap(() =>
          from(this.propagatePending()).pipe(
            catchError((error: Error) => {
              this.logger.error(`calendar corrections not propagated yet: ${error.message}`);
              return EMPTY;
            }),
          ),
        ),
      )
      .subscribe();
  }

  onModuleDestroy(): void {
    this.subscription?.unsubscribe();
  }

  /**
   * Signals the projects the pending corrections may touch, once this worker's calendar holds them and every
   * other worker's has had time to (a workflow re-plans on the calendar of the worker that runs it), then marks
   * them propagated. Answers how many projects were signalled.
   */
  async propagatePending(): Promise<number> {
    const pending: { revision: string; years: number[] }[] = await this.dataSource.query(
      `SELECT revision, years FROM calendar_corrections
        WHERE propagated_at IS NULL AND revision <= $1 AND recorded_at <= now() - make_interval(secs => $2)
        ORDER BY revision`,
      [this.calendars.revision, CORRECTION_SETTLE_MS / 1000],
    );
    if (pending.length === 0) return 0;
    const years = [...new Set(pending.flatMap((correction) => correction.years))].sort((a, b) => a - b);
    const signalled = await this.signalAffectedProjects(years, this.calendars.version);
    await this.dataSource.query(`UPDATE calendar_corrections SET propagated_at = now() WHERE revision = ANY($1::bigint[]) AND propagated_at IS NULL`, [
      pending.map((correction) => correction.revision),
    ]);
    return signalled;
  }

  private async signalAffectedProjects(years: number[], version: string): Promise<number> {
    // No upper bound from the stage's own window: a task's statutory limit (环评 60 working days) can run long
    // after its stage's second level, and the board does not keep each task limit's instants.
    const rows: { code: string }[] = await this.dataSource.query(
      `SELECT code FROM project_board
        WHERE status = 'active' AND stage_clock_running
          AND extract(year FROM stage_opened_at AT TIME ZONE 'Asia/Shanghai') <= $1`,
      [Math.max(...years)],
    );
    for (let start = 0; start < rows.length; start += SIGNAL_BATCH) {
      await Promise.all(
        rows.slice(start, start + SIGNAL_BATCH).map(({ code }) => this.signal(code, years, version)),
      );
    }
    this.logger.log(`calendar ${version}: ${rows.length} running projects to re-plan for ${years.join(', ')}`);
    return rows.length;
  }

  private async signal(code: string, years: number[], version: string): Promise<void> {
    try {
      await this.client.workflow.getHandle(projectWorkflowId(code)).signal(calendarCorrectedSignal, { version, years });
    } catch (error) {
      // A project whose workflow an operator ended has no clocks left to move; any other failure is tried again.
      if (!(error instanceof WorkflowNotFoundError)) throw error;
      this.logger.warn(`calendar ${version}: project ${code} has no running workflow to re-plan`);
    }
  }
}
