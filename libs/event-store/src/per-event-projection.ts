import { EntityManager } from 'typeorm';
import { RecordedEvent } from '@keystone/contracts';
import { InlineProjection } from './inline-projection';

/** A projection that applies a batch one event at a time, in stream order. */
export abstract class PerEventProjection implements InlineProjection {
  abstract readonly name: string;
  abstract readonly tables: readonly string[];

  async apply(events: readonly RecordedEvent[], manager: EntityManager): Promise<void> {
    for (const recorded of events) await this.applyOne(recorded, manager);
  }

  protected abstract applyOne(recorded: RecordedEvent, manager: EntityManager): Promise<void>;
}
