/** A share as the notice prints it; — where nothing was due. */
export const percent = (rate: number | undefined) => (rate === undefined ? '—' : `${Math.round(rate * 100)}%`);
