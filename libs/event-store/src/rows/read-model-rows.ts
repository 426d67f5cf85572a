import { EntityManager } from 'typeorm';
import { RunStatement, unprepared } from '../statements';
import { CopyColumn, copyRows } from './copy-rows';

/** A read-model row as PostgreSQL's to_jsonb gives it: column names as keys, values in their JSON form. */
export type Row = Record<string, unknown>;

/** A row read by `streamRowsQuery`: the index of its table in the tables asked for, and the row. */
export type StoredRow = [number, Row];

/** Rows taken out to be written: a table's changed rows. */
export interface TableChanges {
  table: RowTable;
  changed: Row[];
}

/** A table whose every row belongs to one project stream. */
export interface RowTable {
  name: string;
  /** The primary key's columns. */
  key: readonly string[];
  /** The column holding the stream (project code) a row belongs to. */
  stream: string;
}

interface TableRows {
  table: RowTable;
  byKey: Map<string, Row>;
  /** The keys of each stream's rows, so `all` and `takeStreams` find them without a scan. */
  byStream: Map<string, Set<string>>;
  loadedStreams: Set<string>;
  dirty: Set<string>;
}

const KEY_SEPARATOR = '\u0000';

/** Rows of a table upserted in one statement: the projector's batches stay a few statements. */
const WRITE_CHUNK = 5_000;

const columnsCache = new Map<string, CopyColumn[]>();

/**
 * The rows of read models that projections fold events into: loaded stream by stream on first use, changed in
 * memory, and written back once, changed rows only, all tables in one statement. An append reads and
 * writes them once whatever the number of its events; a rebuild starts from empty tables and copies each
 * stream's rows in once the log has no more events of it (`takeStreams`).
 */
export class ReadModelRows {
  private readonly tables = new Map<string, TableRows>();

  private constructor(
    private readonly source: EntityManager | undefined,
    private readonly run: RunStatement = unprepared,
  ) {}

  /** Rows as stored, read through `manager` when first asked for; written back by `run`. */
  static stored(manager: EntityManager, run?: RunStatement): ReadModelRows {
    return new ReadModelRows(manager, run);
  }

  /** Rows of tables that start out empty (a rebuild). */
  static empty(): ReadModelRows {
    return new ReadModelRows(undefined);
  }

  // get and all answer at once, not through a promise, when the stream is held: a rebuild asks millions of times.

  /** The row with this key (its columns' values in the table's key order). */
  get(table: RowTable, stream: string, ...key: string[]): Row | undefined | Promise<Row | undefined> {
    const rows = this.rowsOf(table);
    const find = () => rows.byKey.get(key.join(KEY_SEPARATOR));
    return this.holds(rows, stream) ? find() : this.load(rows, stream).then(find);
  }

  /** Every row of the stream in the table, in no particular order. */
  all(table: RowTable, stream: string): Row[] | Promise<Row[]> {
    const rows = this.rowsOf(table);
    const list = () => [...(rows.byStream.get(stream) ?? [])].map((key) => rows.byKey.get(key)!);
    return this.holds(rows, stream) ? list() : this.load(rows, stream).then(list);
  }

  /** Adds a row, or replaces the row with its key. */
  put(table: RowTable, row: Row): void {
    const rows = this.remember(this.rowsOf(table), row);
    rows.dirty.add(keyOf(table, row));
    // Keyed by its stream alone (the board), the table holds no other row of it: nothing is left to read.
    if (table.key.length === 1 && table.key[0] === table.stream) rows.loadedStreams.add(String(row[table.stream]));
  }

  /** Changes a row got from `get` or `all` in place: a rebuild folds hundreds of thousands of changes. */
  update(table: RowTable, row: Row, change: Row): void {
    Object.assign(row, change);
    this.rowsOf(table).dirty.add(keyOf(table, row));
  }

  /**
   * Takes a stream's rows of these tables as `streamRowsQuery` read them (none for a stream with no events yet):
   * nothing more of the stream is read from those tables.
   */
  holdStream(tables: readonly RowTable[], stream: string, stored: readonly StoredRow[]): void {
    for (const table of tables) this.rowsOf(table).loadedStreams.add(stream);
    for (const [tab, row] of stored) this.rememberStored(this.rowsOf(tables[tab]), row);
  }

  /**
   * Writes every changed row: tables that started empty (a rebuild) by COPY; otherwise upserted on their
   * keys, the tables together, one statement for up to WRITE_CHUNK rows of each.
   */
  async save(manager: EntityManager): Promise<void> {
    const pending = this.changes((rows) => {
      const changed = [...rows.dirty].map((key) => rows.byKey.get(key)!);
      rows.dirty.clear();
      return changed;
    });
    if (!this.source) return copyChanges(manager, pending);
    for (let start = 0; pending.some(({ changed }) => changed.length > start); start += WRITE_CHUNK) {
      const chunks = pending.filter(({ changed }) => changed.length > start);
      const writes: string[] = [];
      for (const { table } of chunks) writes.push(upsertStatement(table, await columnsOf(manager, table.name), writes.length + 1));
      const statement = writes.length === 1 ? writes[0] : `WITH ${writes.map((write, index) => `w${index} AS (${write})`).join(', ')} SELECT 1`;
      await this.run(manager, statement, chunks.map(({ changed }) => JSON.stringify(changed.slice(start, start + WRITE_CHUNK))));
    }
  }

  /**
   * Takes the changed rows of these streams out and forgets every row of theirs: a rebuild that has folded a
   * stream's last event writes them (`copyChanges`) while it folds on, and holds no stream longer than it must.
   */
  takeStreams(streams: ReadonlySet<string>): TableChanges[] {
    return this.changes((rows) => {
      const changed: Row[] = [];
      for (const stream of streams) {
        for (const key of rows.byStream.get(stream) ?? []) {
          if (rows.dirty.delete(key)) changed.push(rows.byKey.get(key)!);
          rows.byKey.delete(key);
        }
        rows.byStream.delete(stream);
      }
      return changed;
    });
  }

  private changes(take: (rows: TableRows) => Row[]): TableChanges[] {
    return [...this.tables.values()].map((rows) => ({ table: rows.table, changed: take(rows) })).filter(({ changed }) => changed.length > 0);
  }

  private holds(rows: TableRows, stream: string): boolean {
    return !this.source || rows.loadedStreams.has(stream);
  }

  private async load(rows: TableRows, stream: string): Promise<void> {
    rows.loadedStreams.add(stream);
    const { name, stream: column } = rows.table;
    const stored: { row: Row }[] = await this.source!.query(`SELECT to_jsonb(t) AS row FROM ${name} t WHERE ${column} = $1`, [stream]);
    for (const { row } of stored) this.rememberStored(rows, row);
  }

  /** A row read from the table, unless the batch already holds a newer version of it. */
  private rememberStored(rows: TableRows, row: Row): void {
    if (!rows.byKey.has(keyOf(rows.table, row))) this.remember(rows, row);
  }

  private remember(rows: TableRows, row: Row): TableRows {
    const key = keyOf(rows.table, row);
    const stream = String(row[rows.table.stream]);
    rows.byKey.set(key, row);
    rows.byStream.set(stream, (rows.byStream.get(stream) ?? new Set()).add(key));
    return rows;
  }

  private rowsOf(table: RowTable): TableRows {
    let rows = this.tables.get(table.name);
    if (!rows) {
      rows = { table, byKey: new Map(), byStream: new Map(), loadedStreams: new Set(), dirty: new Set() };
      this.tables.set(table.name, rows);
    }
    return rows;
  }
}

/** Inserts rows into tables that started out empty in this transaction, by COPY. */
export async function copyChanges(manager: EntityManager, pending: readonly TableChanges[]): Promise<void> {
  for (const { table, changed } of pending) await copyRows(manager, table.name, await columnsOf(manager, table.name), changed);
}

/**
 * A scalar subquery for a stream's rows of these tables, as a jsonb array of `StoredRow`s: an append embeds it
 * in its insert, so the rows its projections fold come back with the events, in the same round trip.
 */
export function streamRowsQuery(tables: readonly RowTable[], streamParameter: number): string {
  const selects = tables.map(({ name, stream }, index) => `SELECT ${index} AS tab, to_jsonb(t) AS row FROM ${name} t WHERE ${stream} = $${streamParameter}`);
  return `(SELECT coalesce(jsonb_agg(jsonb_build_array(tab, row)), '[]') FROM (${selects.join(' UNION ALL ')}) stored)`;
}

function upsertStatement({ name, key }: RowTable, columns: readonly CopyColumn[], parameter: number): string {
  const names = columns.map((column) => column.name);
  return `INSERT INTO ${name} SELECT * FROM jsonb_populate_recordset(NULL::${name}, $${parameter}::jsonb)
    ON CONFLICT (${key.join(', ')}) DO UPDATE SET (${names.join(', ')}) = ROW(${names.map((column) => `EXCLUDED.${column}`).join(', ')})`;
}

function keyOf(table: RowTable, row: Row): string {
  return table.key.map((column) => String(row[column])).join(KEY_SEPARATOR);
}

async function columnsOf(manager: EntityManager, table: string): Promise<CopyColumn[]> {
  let columns = columnsCache.get(table);
  if (!columns) {
    columns = await manager.query(
      `SELECT attname::text AS name,
              CASE WHEN t.typcategory = 'A' THEN 'array' WHEN a.atttypid IN ('json'::regtype, 'jsonb'::regtype) THEN 'json' ELSE 'scalar' END AS kind
         FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid
        WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped
        ORDER BY a.attnum`,
      [table],
    );
    columnsCache.set(table, columns!);
  }
  return columns!;
}
