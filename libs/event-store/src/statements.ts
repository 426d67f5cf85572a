import { createHash } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';

/** How the event store sends the statements every append repeats. */
export type RunStatement = <T>(manager: EntityManager, text: string, values: unknown[]) => Promise<T[]>;

/** Through TypeORM, PostgreSQL parsing and planning the statement each time. */
export const unprepared: RunStatement = (manager, text, values) => manager.query(text, values);

/**
 * As a named prepared statement on the transaction's connection: parsed and planned once per connection
 * instead of on every append, where planning took a third of an append's time. Named by a hash of the
 * text, so no two texts share a name on any connection. Outside a transaction there is no connection to
 * prepare it on, and it goes unprepared.
 */
export const prepared: RunStatement = async <T>(manager: EntityManager, text: string, values: unknown[]): Promise<T[]> => {
  const runner = manager.queryRunner;
  if (!(runner instanceof PostgresQueryRunner)) return unprepared<T>(manager, text, values);
  const connection = await runner.connect();
  const { rows } = await connection.query({ name: statementName(text), text, values });
  return rows as T[];
};

const names = new Map<string, string>();

function statementName(text: string): string {
  let name = names.get(text);
  if (!name) {
    name = `keystone-${createHash('sha256').update(text).digest('hex').slice(0, 24)}`;
    names.set(text, name);
  }
  return name;
}
