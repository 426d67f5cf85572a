import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectWorkflowId } from '@keystone/domain';
import { temporalCliPath } from '@keystone/stack';

/** Histories of real project runs, kept in git so every later workflow change must still replay them. */
export const HISTORIES_DIR = join(__dirname, 'histories');

export function recordedHistoryFiles(): string[] {
  return readdirSync(HISTORIES_DIR).filter((file) => file.endsWith('.json')).sort();
}

export function readRecordedHistory(file: string): unknown {
  return JSON.parse(readFileSync(join(HISTORIES_DIR, file), 'utf8'));
}

/**
 * Writes a project's history as `<scenario>-<version>.json` when KEYSTONE_RECORD_HISTORIES names a version
 * (see README.md beside this file); does nothing otherwise.
 */
export function recordScenario(temporalAddress: string, code: string, scenario: string): void {
  recordWorkflowHistory(temporalAddress, projectWorkflowId(code), scenario);
}

/** As `recordScenario`, for the latest run of any workflow. */
export function recordWorkflowHistory(temporalAddress: string, workflowId: string, scenario: string): void {
  const version = process.env.KEYSTONE_RECORD_HISTORIES;
  if (!version) return;
  // The CLI's export is the format replay reads; the SDK's own converter trips over two protobufjs copies.
  const history = execFileSync(temporalCliPath(), ['workflow', 'show', '--address', temporalAddress, '--workflow-id', workflowId, '--output', 'json']);
  writeFileSync(join(HISTORIES_DIR, `${scenario}-${version}.json`), history);
}
