import { INestApplicationContext } from '@nestjs/common';
import { once } from 'node:events';
import { Writable } from 'node:stream';
import { DomainError } from '@keystone/domain';
import { EventLog, EventLogModule } from '@keystone/event-store';
import { OperatorModules } from '../operations/operator-context';

export const EXPORT_MODULES: OperatorModules = [EventLogModule];

/** Writes a project's stored events as JSON lines, oldest first; returns how many. */
export async function exportEvents(context: INestApplicationContext, code: string, out: Writable): Promise<number> {
  const events = await context.get(EventLog).readStream(code);
  if (events.length === 0) throw DomainError.notFound('code', `project ${code} does not exist`);
  for (const event of events) {
    if (!out.write(`${JSON.stringify(event)}\n`)) await once(out, 'drain');
  }
  return events.length;
}
