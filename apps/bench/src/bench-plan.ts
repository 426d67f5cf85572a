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
  if (!Number.isInteger(projects) || projects < 20) throw new Error('--projects must be a whole number of at least 20');
  const first = Math.round(projects / (mode === 'full' ? 10 : 2));
  return {
    mode,
    sizes: [first, projects],
    registration: { sequential: Math.min(200, Math.round(first / 5)), concurrent10: Math.min(300, Math.round((first * 3) / 10)), concurrent50: Math.min(500, Math.round(first / 2)) },
    decisions: { sequential: Math.min(200, Math.round(first / 5)), concurrent10: Math.min(500, Math.round(first / 2)) },
    deadlines: DEADLINES[mode],
    reads: READS[mode],
  };
}
