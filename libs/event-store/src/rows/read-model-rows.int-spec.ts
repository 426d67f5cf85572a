import { DataSource } from 'typeorm';
import { StoreTestDatabase } from '../../test/store-test-database';
import { ReadModelRows, RowTable, copyChanges, streamRowsQuery } from './read-model-rows';

const SCORES: RowTable = { name: 'scores', key: ['stream', 'item'], stream: 'stream' };
const TOTALS: RowTable = { name: 'totals', key: ['stream'], stream: 'stream' };
const NOTES: RowTable = { name: 'notes', key: ['stream'], stream: 'stream' };

describe('ReadModelRows on PostgreSQL', () => {
  let database: StoreTestDatabase;
  let dataSource: DataSource;

  const stored = async () =>
    (await dataSource.query(`SELECT stream, item, points, tags, noted_at FROM scores ORDER BY stream, item`)).map(
      (row: { noted_at: Date }) => ({ ...row, noted_at: row.noted_at.toISOString() }),
    );

  beforeAll(async () => {
    database = await StoreTestDatabase.create();
    dataSource = await new DataSource({ type: 'postgres', url: database.url, logging: false }).initialize();
    await dataSource.query(`CREATE TABLE scores (stream text, item text, points int NOT NULL, tags text[] NOT NULL, noted_at timestamptz NOT NULL, PRIMARY KEY (stream, item))`);
    await dataSource.query(`CREATE TABLE totals (stream text PRIMARY KEY, points int NOT NULL)`);
    await dataSource.query(
      `CREATE TABLE notes (stream text PRIMARY KEY, body text, labels text[], detail jsonb, done boolean, amount numeric(14,2), due date, noted_at timestamptz)`,
    );
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  beforeEach(() => dataSource.query(`DELETE FROM scores; DELETE FROM totals; DELETE FROM notes`));

  it('inserts every row of tables that start empty, typed by the table', async () => {
    const rows = ReadModelRows.empty();
    rows.put(SCORES, { stream: 'a', item: '1', points: 1, tags: ['x'], noted_at: '2026-03-02T01:00:00.000Z' });
    rows.put(SCORES, { stream: 'b', item: '1', points: 2, tags: [], noted_at: '2026-03-02T02:00:00.000Z' });
    const first = await rows.get(SCORES, 'a', 'a', '1');
    rows.update(SCORES, first!, { points: 5 });
    await dataSource.transaction((manager) => rows.save(manager));
    expect(await stored()).toEqual([
      { stream: 'a', item: '1', points: 5, tags: ['x'], noted_at: '2026-03-02T01:00:00.000Z' },
      { stream: 'b', item: '1', points: 2, tags: [], noted_at: '2026-03-02T02:00:00.000Z' },
    ]);
  });

  it('hands over a finished stream’s changed rows, forgets its rows, and keeps the other streams’ for the final save', async () => {
    const rows = ReadModelRows.empty();
    const score = (stream: string, item: string, points: number) => ({ stream, item, points, tags: [], noted_at: '2026-03-02T01:00:00.000Z' });
    rows.put(SCORES, score('a', '1', 1));
    rows.put(SCORES, score('a', '2', 2));
    rows.put(TOTALS, { stream: 'a', points: 3 });
    rows.put(SCORES, score('b', '1', 4));

    const taken = rows.takeStreams(new Set(['a']));

    expect(taken.map(({ table, changed }) => [table.name, changed])).toEqual([
      ['scores', [score('a', '1', 1), score('a', '2', 2)]],
      ['totals', [{ stream: 'a', points: 3 }]],
    ]);
    expect(await rows.all(SCORES, 'a')).toEqual([]);
    expect(rows.takeStreams(new Set(['a']))).toEqual([]);
    await dataSource.transaction(async (manager) => {
      await copyChanges(manager, taken);
      await rows.save(manager);
    });
    expect(await stored()).toEqual([score('a', '1', 1), score('a', '2', 2), score('b', '1', 4)]);
  });

  it('reads a stream’s stored rows once, and writes back only those that changed', async () => {
    await dataSource.query(`INSERT INTO scores VALUES ('a', '1', 1, '{}', now()), ('a', '2', 2, '{}', now()), ('b', '1', 3, '{}', now())`);
    const before = await stored();
    await dataSource.transaction(async (manager) => {
      const rows = ReadModelRows.stored(manager);
      const streamA = await rows.all(SCORES, 'a');
      expect(streamA.map((row) => row.item).sort()).toEqual(['1', '2']);
      await manager.query(`UPDATE scores SET points = 99 WHERE stream = 'a' AND item = '2'`);
      rows.update(SCORES, streamA.find((row) => row.item === '1')!, { points: 10, tags: ['moved'] });
      rows.put(SCORES, { stream: 'a', item: '3', points: 7, tags: [], noted_at: '2026-03-02T03:00:00.000Z' });
      expect((await rows.get(SCORES, 'a', 'a', '2'))!.points).toBe(2);
      await rows.save(manager);
    });
    const after = await stored();
    expect(after.map(({ stream, item, points, tags }: { stream: string; item: string; points: number; tags: string[] }) => [stream, item, points, tags])).toEqual([
      ['a', '1', 10, ['moved']],
      ['a', '2', 99, []],
      ['a', '3', 7, []],
      ['b', '1', 3, []],
    ]);
    expect(after[0].noted_at).toBe(before[0].noted_at);
  });

  it('folds a stream’s rows of several tables read by one subquery, and writes them back in one statement', async () => {
    await dataSource.query(`INSERT INTO scores VALUES ('a', '1', 1, '{}', now()), ('b', '1', 3, '{}', now()); INSERT INTO totals VALUES ('a', 1), ('b', 3)`);
    const statements: string[] = [];
    await dataSource.transaction(async (manager) => {
      const counted = new Proxy(manager, {
        get: (target, property) => (property === 'query' ? (sql: string, parameters?: unknown[]) => (statements.push(sql), target.query(sql, parameters)) : Reflect.get(target, property)),
      });
      const rows = ReadModelRows.stored(counted);
      const [{ stored }] = await manager.query(`SELECT ${streamRowsQuery([SCORES, TOTALS], 1)} AS stored`, ['a']);
      rows.holdStream([SCORES, TOTALS], 'a', stored);
      const total = await rows.get(TOTALS, 'a', 'a');
      const [score, ...others] = await rows.all(SCORES, 'a');
      expect(others).toEqual([]);
      expect(statements).toEqual([]);
      rows.update(TOTALS, total!, { points: 8 });
      rows.update(SCORES, score, { points: 8 });
      await rows.save(counted);
    });
    expect(statements.filter((sql) => sql.startsWith('WITH'))).toHaveLength(1);
    expect(await dataSource.query(`SELECT stream, points FROM totals ORDER BY stream`)).toEqual([{ stream: 'a', points: 8 }, { stream: 'b', points: 3 }]);
    expect((await stored()).map(({ stream, points }: { stream: string; points: number }) => [stream, points])).toEqual([['a', 8], ['b', 3]]);
  });

  it('reads nothing more of a stream it holds', async () => {
    await dataSource.transaction(async (manager) => {
      const rows = ReadModelRows.stored(manager);
      rows.holdStream([SCORES, TOTALS], 'new', []);
      await manager.query(`INSERT INTO totals VALUES ('new', 5)`);
      expect(await rows.get(TOTALS, 'new', 'new')).toBeUndefined();
    });
  });

  it('copies every kind of column into tables that start empty, text escaped as COPY needs', async () => {
    const tricky = 'tab\there, line\nbreak, back\\slash, "quoted", {braces}, comma,';
    const written = [
      { stream: 'a', body: tricky, labels: [tricky, 'plain', null], detail: { note: tricky, list: [1, 'two'] }, done: true, amount: 1234.5, due: '2026-03-02', noted_at: '2026-03-02T01:00:00.000Z' },
      { stream: 'b', body: null, labels: [], detail: null, done: false, amount: null, due: null, noted_at: null },
    ];
    const rows = ReadModelRows.empty();
    for (const row of written) rows.put(NOTES, row);
    await dataSource.transaction((manager) => rows.save(manager));
    const read = await dataSource.query(`SELECT to_jsonb(n) AS row FROM notes n ORDER BY stream`);
    expect(read.map(({ row }: { row: Record<string, unknown> }) => ({ ...row, noted_at: row.noted_at && new Date(row.noted_at as string).toISOString() }))).toEqual(written);
  });
});
