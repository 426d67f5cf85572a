import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { performance } from 'node:perf_hooks';
import { DataSource, EntityManager } from 'typeorm';
import { KeystoneConfig } from '@keystone/config';
import { RecordedEvent } from '@keystone/contracts';
import { INLINE_PROJECTIONS, InlineProjection } from '../inline-projection';
import { ASYNC_PROJECTIONS, AsyncProjection } from '../projector/async-projection';
import { LOG_START, LogPosition } from '../projector/log-position';
import { LogReader, LoggedEvent, settledHorizon } from '../projector/log-reader';
import { saveCheckpoint } from '../projector/projection-checkpoints';
import { Projection } from '../projection';
import { ReadModelRows, copyChanges } from '../rows/read-model-rows';
import { RowProjection } from '../rows/row-projection';
import { StreamsLeft } from './streams-left';

export interface RebuildProgress {
  replayed: number;
  total: number;
}

export interface RebuildResult {
  projections: string[];
  events: number;
  millis: number;
}

const APPENDS_BETWEEN_IO = 200;

/**
 * Rebuilds every read model from position zero in one transaction, through the same projection code as
 * the incremental path. Row models fold the log in memory; a stream's rows are copied in once its last event
 * is folded, so memory holds the streams still in progress rather than the whole store;
 * projections that own no tables (notifications, the delivery outbox) did their work when the events
 * were first appended and have nothing to rebuild. Writers wait until it commits; readers keep seeing the
 * old models until then.
 */
@Injectable()
export class ProjectionRebuilder {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(INLINE_PROJECTIONS) private readonly inline: InlineProjection[],
    @Inject(ASYNC_PROJECTIONS) private readonly async: AsyncProjection[],
    private readonly log: LogReader,
    private readonly config: KeystoneConfig,
  ) {}

  /** Every read-model table, in the order the rebuild locks them. */
  get tables(): string[] {
    return [...this.inline, ...this.async].flatMap((projection) => projection.tables);
  }

  async rebuild(onProgress: (progress: RebuildProgress) => void = () => undefined): Promise<RebuildResult> {
    const started = performance.now();
    const events = await this.dataSource.transaction(async (manager) => {
      await this.empty(manager);
      return this.replay(manager, onProgress);
    });
    return { projections: [...this.inline, ...this.async].map(({ name }) => name), events, millis: performance.now() - started };
  }

  /**
   * Checkpoints are locked first, as the projector takes them, and the inline tables in the order appends
   * write them, so a rebuild waits for running writers rather than deadlocking with them.
   */
  private async empty(manager: EntityManager): Promise<void> {
    await manager.query(`LOCK TABLE projection_checkpoints, ${this.tables.join(', ')} IN EXCLUSIVE MODE`);
    for (const table of this.tables) await manager.query(`DELETE FROM ${table}`);
  }

  /**
   * Inline models get every committed event: appends still running will apply their own after this commits.
   * Asynchronous ones stop at the settled horizon, as the projector would, and it carries on from there.
   */
  private async replay(manager: EntityManager, onProgress: (progress: RebuildProgress) => void): Promise<number> {
    const horizon = await settledHorizon(manager);
    const streams = await StreamsLeft.count(manager);
    const rows = ReadModelRows.empty();
    let settledUpTo = LOG_START;
    let replayed = 0;
    let written: Promise<void> = Promise.resolve();
    let next = inBackground(this.readWholeTransactions(manager, LOG_START, horizon));
    for (;;) {
      const batch = await next;
      if (batch.length === 0) break;
      // PostgreSQL reads out the next batch, and copies in the rows of the streams this one finished, while it is folded.
      next = inBackground(this.readWholeTransactions(manager, batch[batch.length - 1].position, horizon));
      settledUpTo = await this.applyBatch(manager, rows, batch, settledUpTo);
      const finished = rows.takeStreams(streams.countOff(batch.map(({ event }) => event)));
      written = inBackground(written.then(() => copyChanges(manager, finished)));
      replayed += batch.length;
      onProgress({ replayed, total: Math.max(streams.total, replayed) });
    }
    await written;
    await rows.save(manager);
    for (const projection of this.async) await saveCheckpoint(manager, projection.name, settledUpTo);
    return replayed;
  }

  private async readWholeTransactions(manager: EntityManager, after: LogPosition, horizon: string): Promise<LoggedEvent[]> {
    const batch = await this.log.committedAfter(manager, after, this.config.REBUILD_BATCH_SIZE, horizon);
    if (batch.length < this.config.REBUILD_BATCH_SIZE) return batch;
    return [...batch, ...(await this.log.restOfTransaction(manager, batch[batch.length - 1].position, horizon))];
  }

  /**
   * Inline models are fed append by append, as the appends fed them: some read another model's row as it
   * stood after that append (a task's due time from the board), never as it stood after later ones.
   */
  private async applyBatch(manager: EntityManager, rows: ReadModelRows, batch: LoggedEvent[], settledUpTo: LogPosition): Promise<LogPosition> {
    for (const [index, append] of byTransaction(batch).entries()) {
      for (const projection of this.inline) await replayInto(projection, append, rows, manager);
      // The connection's I/O runs now and then, so the next batch streams in and finished rows stream out while this one folds.
      if (index % APPENDS_BETWEEN_IO === APPENDS_BETWEEN_IO - 1) await new Promise(setImmediate);
    }
    const settled = batch.filter((logged) => logged.settled);
    if (settled.length === 0) return settledUpTo;
    for (const projection of this.async) await replayInto(projection, settled.map(({ event }) => event), rows, manager);
    return settled[settled.length - 1].position;
  }
}

/** Work left running while the fold goes on: its failure, if the fold fails first, is not left unhandled; awaiting it still throws. */
function inBackground<T>(work: Promise<T>): Promise<T> {
  work.catch(() => undefined);
  return work;
}

async function replayInto(projection: Projection, events: RecordedEvent[], rows: ReadModelRows, manager: EntityManager): Promise<void> {
  if (projection instanceof RowProjection) await projection.fold(events, rows);
  else if (projection.tables.length > 0) await projection.apply(events, manager);
}

function byTransaction(batch: LoggedEvent[]): RecordedEvent[][] {
  const appends: RecordedEvent[][] = [];
  batch.forEach((logged, index) => {
    if (index === 0 || logged.position.transactionId !== batch[index - 1].position.transactionId) appends.push([]);
    appends[appends.length - 1].push(logged.event);
  });
  return appends;
}
