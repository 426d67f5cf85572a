import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { KeystoneConfig } from '@keystone/config';
import { ASYNC_PROJECTIONS, AsyncProjection } from './async-projection';
import { LogReader, settledHorizon } from './log-reader';
import { eventsBehind, lockCheckpoint, saveCheckpoint } from './projection-checkpoints';

export interface ProjectionLag {
  projection: string;
  behind: number;
}

/**
 * Builds the asynchronous read models from the log. It reads only below the oldest running transaction,
 * so an event that commits after a later one was read is still applied, in transaction order.
 */
@Injectable()
export class AsyncProjector {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(ASYNC_PROJECTIONS) private readonly projections: AsyncProjection[],
    private readonly log: LogReader,
    private readonly config: KeystoneConfig,
  ) {}

  /** Applies everything settled to every projection; returns how many events were applied. */
  async catchUp(): Promise<number> {
    let applied = 0;
    for (const projection of this.projections) {
      let batch: number;
      do {
        batch = await this.step(projection);
        applied += batch;
      } while (batch === this.config.PROJECTOR_BATCH_SIZE);
    }
    return applied;
  }

  lag(): Promise<ProjectionLag[]> {
    return Promise.all(this.projections.map(async ({ name }) => ({ projection: name, behind: await eventsBehind(this.dataSource.manager, name) })));
  }

  /** One batch in one transaction: the read model and its checkpoint move together or not at all. */
  private step(projection: AsyncProjection): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      // Taken before the checkpoint lock gives this transaction an id of its own.
      const horizon = await settledHorizon(manager);
      const checkpoint = await lockCheckpoint(manager, projection.name);
      const batch = await this.log.settledAfter(manager, checkpoint, this.config.PROJECTOR_BATCH_SIZE, horizon);
      if (batch.length === 0) return 0;
      await projection.apply(batch.map(({ event }) => event), manager);
      await saveCheckpoint(manager, projection.name, batch[batch.length - 1].position);
      return batch.length;
    });
  }
}
