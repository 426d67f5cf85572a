import { INestApplicationContext } from '@nestjs/common';
import { Writable } from 'node:stream';
import { ProjectHistoryModule, ProjectHistoryService, TimelineEntry } from '@keystone/projects';
import { TemporalClientModule } from '@keystone/temporal';
import { OperatorModules } from '../operations/operator-context';

export const HISTORY_MODULES: OperatorModules = [TemporalClientModule, ProjectHistoryModule];

/** The same timeline as GET /api/projects/{code}/history, one line per entry. */
export async function printHistory(context: INestApplicationContext, code: string, out: Writable): Promise<void> {
  const history = await context.get(ProjectHistoryService).history(code);
  out.write(`project ${history.code}, workflow ${history.workflowId}\n${history.temporalUiUrl}\n`);
  if (!history.workflowHistoryAvailable) out.write('Temporal no longer holds this workflow: domain events only\n');
  for (const entry of history.entries) out.write(`${line(entry)}\n`);
}

function line(entry: TimelineEntry): string {
  if (entry.source === 'domain') return `${entry.at}  domain    #${String(entry.streamVersion).padEnd(4)} ${entry.type.padEnd(22)} ${entry.actor}: ${entry.summary}`;
  return `${entry.at}  workflow  ${entry.kind.padEnd(28)} ${entry.summary}`;
}
