import { randomUUID } from 'node:crypto';
import { NewEvent } from '@keystone/contracts';

/** Events as a workflow hands them to the store; the store never looks inside `data`. */
export function newEvents(count: number, type = 'SomethingHappened'): NewEvent[] {
  return Array.from({ length: count }, (_, index) => ({
    eventId: randomUUID(),
    type,
    schemaVersion: 1,
    data: { index },
    actor: { kind: 'system', rule: 'test' },
    occurredAt: new Date(Date.UTC(2026, 2, 1, 8, index)).toISOString(),
    correlationId: 'test-correlation',
    causationId: 'test-causation',
  }));
}
