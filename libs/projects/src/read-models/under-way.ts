/**
 * The board rows of projects under way between $1 and $2: registered before the end, neither completed nor
 * refused before the start. The notice and the monthly reports count the same projects.
 */
export const UNDER_WAY = `registered_at < $2 AND (completed_at IS NULL OR completed_at >= $1) AND NOT (status = 'refused' AND updated_at < $1)`;
