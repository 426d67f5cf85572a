import { Provider, Type } from '@nestjs/common';
import { Projection } from './projection';

/** The instances of a list of projection classes under one token, in the order given (the order they apply in). */
export function projectionList(token: symbol, projections: Type<Projection>[]): Provider {
  return { provide: token, inject: projections, useFactory: (...instances: Projection[]) => instances };
}
