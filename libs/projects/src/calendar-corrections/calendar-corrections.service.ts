import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client } from '@temporalio/client';
import { EMPTY, Subscription, catchError, concatMap, from } from 'rxjs';
import { DataSource } from 'typeorm';
import { CalendarChange, CalendarService } from '@keystone/calendar';
import { projectWorkflowId } from '@keystone/domain';
import { calendarCorrectedSignal } from '@keystone/workflows';

/** Signals sent at once; enough to keep the server busy without flooding it after a large correction. */
const SIGNAL_BATCH = 50;

/**
 * When an operator corrects the calendar, every project whose running clocks the corrected years may touch
 * plans them again in its own workflow (which records what moved and why). Runs in the worker only; a workflow ignores
 * a correction that moves nothing, so several workers signalling is harmless.
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
    this.subscription = this.calendars.changedYears$
      .pipe(
        concatMap((change) =>
          from(this.signalAffectedProjects(change)).pipe(
            catchError((error: Error) => {
              this.logger.error(`calendar correction not propagated: ${error.message}`);
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

  async signalAffectedProjects({ years, version }: CalendarChange): Promise<number> {
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
        rows.slice(start, start + SIGNAL_BATCH).map(({ code }) => this.client.workflow.getHandle(projectWorkflowId(code)).signal(calendarCorrectedSignal, { version, years })),
      );
    }
    this.logger.log(`calendar ${version}: ${rows.length} running stage clocks to re-plan for ${years.join(', ')}`);
    return rows.length;
  }
}
