/**
 * What a project (its code, an SQL expression) reported from one month to another, both included (YYYY-MM, SQL
 * expressions), in 万元, 0 when nothing: the year so far beside its plan, on the plan sheet and the monthly reports.
 */
export function reportedBetween(code: string, from: string, through: string): string {
  return `COALESCE((SELECT sum(reported.amount) FROM investment_reports reported WHERE reported.project_code = ${code} AND reported.month BETWEEN ${from} AND ${through}), 0)`;
}
