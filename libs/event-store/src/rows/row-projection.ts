import { EntityManager } from 'typeorm';
import { RecordedEvent } from '@keystone/contracts';
import { Projection } from '../projection';
import { ReadModelRows, RowTable } from './read-model-rows';

/**
 * A read model folded from events into rows held in memory, written back once per batch. The append, the
 * asynchronous projector and the rebuild all run the same `fold`; only where the rows come from differs.
 */
export abstract class RowProjection implements Projection {
  abstract readonly name: string;
  abstract readonly rowTables: readonly RowTable[];

  get tables(): string[] {
    return this.rowTables.map((table) => table.name);
  }

  async apply(events: readonly RecordedEvent[], manager: EntityManager): Promise<void> {
    const rows = ReadModelRows.stored(manager);
    await this.fold(events, rows);
    await rows.save(manager);
  }

  async fold(events: readonly RecordedEvent[], rows: ReadModelRows): Promise<void> {
    for (const event of events) await this.foldOne(event, rows);
  }

  protected abstract foldOne(event: RecordedEvent, rows: ReadModelRows): Promise<void>;
}
