import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { temporalCliPath } from '@keystone/stack';

/** Histories of real project runs, kept in git so every later workflow change must still replay them. */
export const HISTORIES_DIR = join(__dirname, 'histories');

export function recordedHistoryFiles(): string[] {
  return readdirSync(HISTORIES_DIR).filter((file) => file.endsWith('.json')).sort();
}

export function readRecordedHistory(file: string): unknown {
  return JSON.parse(readFileSync(join(HISTORIES_DIR, file), 'utf8'));
}

/** Writes a finished run's history when KEYSTONE_RECORD_HISTORIES is set (see README.md beside this file). */
export function recordHistory(address: string, workflowId: string, name: string, record: string | undefined): void {
  if (!record) return;
  // The CLI's export is the format replay reads; the SDK's own converter trips over two protobufjs copies.
  const history = execFileSync(temporalCliPath(), ['workflow', 'show', '--address', address, '--workflow-id', workflowId, '--output', 'json']);
  writeFileSync(join(HISTORIES_DIR, `${name}.json`), history);
}
