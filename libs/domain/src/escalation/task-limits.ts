/**
 * The limits a single task carries beside its stage's, as county service guides publish them: 法定时限, the
 * limit in law, red when passed and nothing else; 承诺时限, the county's shorter promise, on which the
 * warning ladder runs (a yellow card for one step over its promise even when the whole case is on time).
 */
export const TASK_LIMIT_KINDS = ['statutory', 'promised'] as const;
export type TaskLimitKind = (typeof TASK_LIMIT_KINDS)[number];

/** Which rungs of the ladder a task limit's clock has. */
export const TASK_LIMIT_LADDER: Record<TaskLimitKind, 'ladder' | 'red-only'> = { statutory: 'red-only', promised: 'ladder' };
