import { EntityManager } from 'typeorm';
import { RecordedEvent } from '@keystone/contracts';

/**
 * A read model kept in the append's own transaction: it can never lag behind, or run ahead of, the
 * events it is built from. A rebuild feeds it the same events in the same order.
 */
export interface InlineProjection {
  readonly name: string;
  /** The tables it owns, emptied before a rebuild. */
  readonly tables: readonly string[];
  apply(events: readonly RecordedEvent[], manager: EntityManager): Promise<void>;
}

export const INLINE_PROJECTIONS = Symbol('INLINE_PROJECTIONS');
