/**
 * The board rows of projects under way between `start` and `end` (SQL expressions): registered before the end,
 * neither completed nor refused before the start. The notice and the monthly reports count the same projects.
 */
export function underWay(start: string, end: string): string {
  return `registered_at < ${end} AND (completed_at IS NULL OR completed_at >= ${start}) AND NOT (status = 'refused' AND updated_at < ${start})`;
}

/** Under way between the parameters $1 and $2. */
export const UNDER_WAY = underWay('$1', '$2');
