import { EntityManager } from 'typeorm';
import { RecordedEvent } from '@keystone/contracts';

/** A read model built from the events alone; a rebuild empties its tables and feeds it the whole log again. */
export interface Projection {
  readonly name: string;
  /** The tables it owns, emptied before a rebuild. */
  readonly tables: readonly string[];
  apply(events: readonly RecordedEvent[], manager: EntityManager): Promise<void>;
}
