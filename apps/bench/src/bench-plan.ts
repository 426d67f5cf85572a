/** How much of each measurement one run does; every count is bounded, so every loop ends. */
export interface BenchPlan {
  mode: 'full' | 'quick' | 'tiny';
  /** Portfolio sizes at which decisions, the board and the inboxes are measured; the last is N. */
  sizes: number[];
  registration: { sequential: number; concurrent10: number; concurrent50: number };
  decisions: { sequential: number; concurrent10: number };
  /** Deadlines falling due together, and as many bare timers. */
  deadlines: number;
  /** Requests per read-model query kind (board, inbox) at each size. */
  reads: number;
}

export interface BenchOptions {
  quick?: boolean;
  tiny?: boolean;
  projects?: number;
}

const DEFAULT_PROJECTS = { full: 10_000, quick: 400, tiny: 40 };
const DEADLINES = { full: 1_000, quick: 200, tiny: 10 };
const READS = { full: 300, quick: 100, tiny: 20 };

/**
 * Full runs measure growth at N/10 and N (1,000 and 10,000 by default); quick and tiny runs at N/2 and N.
 * The registration measurement itself builds the first size's portfolio, through the API.
 */
export function benchPlan(options: BenchOptions): BenchPlan {
  const mode = options.tiny ? 'tiny' : options.quick ? 'quick' : 'full';
  const projects = options.projects ?? DEFAULT_PROJECTS[mode];
  const growthStep = mode === 'full' ? 10 : 2;
  // The first size must hold a task for every decision timed there: a tenth (or half) of N, at least ten projects.
  const least = 10 * growthStep;
  if (!Number.isInteger(projects) || projects < least) throw new Error(`--projects must be a whole number of at least ${least}${mode === 'full' ? ' (20 with --quick)' : ''}`);
  const first = Math.round(projects / growthStep);
  return {
    mode,
    sizes: [first, projects],
    registration: { sequential: share(first, 1 / 5, 200), concurrent10: share(first, 3 / 10, 300), concurrent50: share(first, 1 / 2, 500) },
    decisions: { sequential: share(first, 1 / 5, 200), concurrent10: share(first, 1 / 2, 500) },
    deadlines: DEADLINES[mode],
    reads: READS[mode],
  };
}

/** A part of the first portfolio size, at least one run (a percentile needs a sample) and at most `cap`. */
function share(first: number, part: number, cap: number): number {
  return Math.max(1, Math.min(cap, Math.round(first * part)));
}
