import { Projection } from '../projection';

/**
 * A read model the projector builds behind the log in its own transactions, each moving the projection's
 * checkpoint with its rows: for models no append should wait for (reports, figures).
 */
export type AsyncProjection = Projection;

export const ASYNC_PROJECTIONS = Symbol('ASYNC_PROJECTIONS');
