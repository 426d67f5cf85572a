import { ApplicationFailure, CancellationScope, condition, isCancellation, sleep, workflowInfo } from '@temporalio/workflow';
import { DOMAIN_REJECTION } from '@keystone/contracts';
import { ProjectCommand, pendingLevels, systemActor } from '@keystone/domain';
import { ProjectJournal } from './project-journal';

/**
 * Sleeps until the next level of any clock falls due and raises it, re-planning whenever the state changes
 * or the calendar is corrected. With `stableTimers` one timer stays armed for as long as the next instant
 * stands, so decisions that move no clock cost the server no timer; earlier runs replay one timer per wait.
 */
export async function runClocks(journal: ProjectJournal, corrections: number[][], stableTimers: boolean): Promise<void> {
  const timer = new LevelTimer();
  const active = () => journal.state?.status === 'active' && !workflowInfo().continueAsNewSuggested;
  while (active()) {
    if (corrections.length) {
      await journal.recomputeDeadlines([...new Set(corrections.splice(0).flat())].sort(), new Date().toISOString());
      continue;
    }
    const version = journal.state!.version;
    const changed = () => journal.state!.version !== version || corrections.length > 0 || !active();
    const [next] = pendingLevels(journal.state!.clocks);
    const wait = next ? Date.parse(next.at) - Date.now() : Infinity;
    if (next && wait <= 0) {
      await raise(journal, { type: 'RaiseAlert', clockId: next.clockId, level: next.level, at: new Date().toISOString() });
    } else if (stableTimers) {
      timer.aimAt(next?.at, wait);
      await condition(() => changed() || timer.fired());
    } else if (!next) {
      await condition(changed);
    } else if (!(await condition(changed, wait))) {
      await raise(journal, { type: 'RaiseAlert', clockId: next.clockId, level: next.level, at: new Date().toISOString() });
    }
  }
  timer.aimAt(undefined, 0);
}

async function raise(journal: ProjectJournal, command: ProjectCommand & { type: 'RaiseAlert' }): Promise<void> {
  try {
    await journal.execute(command, { actor: systemActor(`${command.clockId}:${command.level}`), correlationId: workflowInfo().workflowId });
  } catch (error) {
    // An Update may have moved the clock while this timer fired; the loop plans again from the new state.
    if (!(error instanceof ApplicationFailure && error.type === DOMAIN_REJECTION)) throw error;
  }
}

/** One cancellable timer aimed at an instant; re-aiming at the same instant keeps it. */
class LevelTimer {
  private at?: string;
  private scope?: CancellationScope;
  private done = false;
  private failure?: unknown;

  aimAt(at: string | undefined, wait: number): void {
    // Aimed again at an instant it has fired for, the timer fired before the instant by the workflow's clock
    // (a history replayed on code that no longer matches it): it waits again rather than spin.
    if (at === this.at && !this.done) return;
    this.scope?.cancel();
    this.at = at;
    this.done = false;
    this.scope = at ? this.start(wait) : undefined;
  }

  fired(): boolean {
    if (this.failure) throw this.failure;
    return this.done;
  }

  private start(wait: number): CancellationScope {
    const scope = new CancellationScope();
    scope.run(() => sleep(wait)).then(
      () => {
        if (this.scope === scope) this.done = true;
      },
      (error: unknown) => {
        if (!isCancellation(error)) this.failure = error;
      },
    );
    return scope;
  }
}
