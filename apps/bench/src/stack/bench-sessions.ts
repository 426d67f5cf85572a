import { DEMO_LEADERS, DemoAccount } from '@keystone/demo';
import { BenchClient } from '../client/bench-client';

/** The department whose officer decides in the benchmark: it holds the first two stages' tasks. */
export const DECIDING_DEPARTMENT = 'natural-resources';

/** The people the benchmark acts as, each signed in once as any client would. */
export interface BenchSessions {
  office: BenchClient;
  officer: BenchClient;
  /** Each county leader, who receives the red alerts of the projects assigned to them. */
  leaders: BenchClient[];
}

export async function signIn(apiUrl: string, accounts: DemoAccount[]): Promise<BenchSessions> {
  const as = (username: string) => {
    const account = accounts.find((candidate) => candidate.username === username);
    if (!account) throw new Error(`the demo county has no account ${username}`);
    return BenchClient.login(apiUrl, username, account.password);
  };
  return {
    office: await as('office'),
    officer: await as(`officer-${DECIDING_DEPARTMENT}`),
    leaders: await Promise.all(DEMO_LEADERS.map((leader) => as(leader.code))),
  };
}
