import { Projection } from './projection';

/**
 * A read model kept in the append's own transaction: it can never lag behind, or run ahead of, the
 * events it is built from. A rebuild feeds it the same events in the same order.
 */
export type InlineProjection = Projection;

export const INLINE_PROJECTIONS = Symbol('INLINE_PROJECTIONS');
