import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

export interface Page<T> {
  total: number;
  items: T[];
}

/**
 * One page of what the query matches and how many it matches in all, asked at once on two connections.
 * Counted with COUNT(*) where TypeORM's getManyAndCount counts distinct keys: a read-model table holds one row
 * per key, and sorting 10,000 project codes only to count them took longer than reading the page.
 */
export async function pageOf<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, limit: number, offset: number): Promise<Page<T>> {
  const [items, counted] = await Promise.all([
    query.clone().take(limit).skip(offset).getMany(),
    query.clone().orderBy().select('COUNT(*)::int', 'total').getRawOne<{ total: number }>(),
  ]);
  return { total: counted?.total ?? 0, items };
}
