import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/**
 * A list's filters on its read model: each given field must equal its value, and an owner unit narrows the rows
 * to its own projects (rows copy the project code; the board holds the owner unit).
 */
export function withRowFilters<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  fields: Partial<Record<string, string>>,
  ownerUnit: string | undefined,
): SelectQueryBuilder<T> {
  for (const [field, value] of Object.entries(fields)) {
    if (value) query.andWhere(`${query.alias}.${field} = :${field}`, { [field]: value });
  }
  if (ownerUnit) query.andWhere(`${query.alias}.project_code IN (SELECT code FROM project_board WHERE owner_unit = :ownerUnit)`, { ownerUnit });
  return query;
}
