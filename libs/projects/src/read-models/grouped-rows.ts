/** Rows in order, shaped and gathered under their unit (a department, a township, an owner unit). */
export function grouped<Row, Item>(rows: Row[], unitOf: (row: Row) => string, shape: (row: Row) => Item): Map<string, Item[]> {
  const byUnit = new Map<string, Item[]>();
  for (const row of rows) {
    const items = byUnit.get(unitOf(row)) ?? [];
    items.push(shape(row));
    byUnit.set(unitOf(row), items);
  }
  return byUnit;
}
