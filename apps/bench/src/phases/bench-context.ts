import { BenchPlan } from '../bench-plan';
import { Portfolio } from '../portfolio/portfolio';
import { BenchResults } from '../report/bench-results';
import { BenchEnvironment } from '../stack/bench-environment';
import { BenchSessions } from '../stack/bench-sessions';

/** What every phase works with: the running stack, the signed-in people, the projects so far, the figures so far. */
export interface BenchContext {
  env: BenchEnvironment;
  sessions: BenchSessions;
  portfolio: Portfolio;
  plan: BenchPlan;
  results: BenchResults;
}
