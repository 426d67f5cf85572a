import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { from as copyFrom } from 'pg-copy-streams';
import { PoolClient } from 'pg';
import { EntityManager } from 'typeorm';
import type { Row } from './read-model-rows';

/** How a column's value is spelled in COPY's text format. */
type CopyKind = 'scalar' | 'json' | 'array';

export interface CopyColumn {
  name: string;
  kind: CopyKind;
}

const ESCAPES: Record<string, string> = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };
const ROWS_PER_CHUNK = 1_000;

/**
 * Inserts rows into a table with COPY: a rebuild writes tens of thousands of rows into emptied tables, where
 * COPY takes less than half the server time of inserting from a JSON parameter.
 */
export async function copyRows(manager: EntityManager, table: string, columns: readonly CopyColumn[], rows: readonly Row[]): Promise<void> {
  if (!manager.queryRunner) throw new Error(`COPY into ${table} needs the rows' transaction`);
  const client = (await manager.queryRunner.connect()) as PoolClient;
  const copy = client.query(copyFrom(`COPY ${table} (${columns.map(({ name }) => name).join(', ')}) FROM STDIN`));
  await pipeline(Readable.from(copyLines(columns, rows)), copy);
}

function* copyLines(columns: readonly CopyColumn[], rows: readonly Row[]): Generator<string> {
  for (let start = 0; start < rows.length; start += ROWS_PER_CHUNK) {
    yield rows
      .slice(start, start + ROWS_PER_CHUNK)
      .map((row) => `${columns.map(({ name, kind }) => copyField(row[name], kind)).join('\t')}\n`)
      .join('');
  }
}

/** A value as `to_jsonb` gives it (strings for times and dates, arrays for arrays), in COPY's text format. */
function copyField(value: unknown, kind: CopyKind): string {
  if (value === null || value === undefined) return '\\N';
  const text = kind === 'json' ? JSON.stringify(value) : kind === 'array' ? arrayLiteral(value as unknown[]) : String(value);
  return text.replace(/[\\\n\r\t]/g, (character) => ESCAPES[character]);
}

function arrayLiteral(elements: unknown[]): string {
  const quoted = elements.map((element) => (element === null ? 'NULL' : `"${String(element).replace(/["\\]/g, '\\$&')}"`));
  return `{${quoted.join(',')}}`;
}
