import { AlertLevel, ClockSubject } from './alert';
import { TaskLimitKind } from './task-limits';

/** The instants a clock's levels fall due; clocks that only escalate have no yellow, a statutory limit only red. */
export interface ClockInstants {
  yellow?: string;
  red: string;
  'second-level'?: string;
}

/**
 * A running or stopped clock. Each level fires once per generation; re-arming (an extension) starts a new
 * generation, so the same level can fire again from the new deadline.
 */
export interface Clock {
  id: string;
  subject: ClockSubject;
  /** Absent while the clock is stopped (补正, special procedure, suspension). */
  instants?: ClockInstants;
  fired: AlertLevel[];
  generation: number;
  calendarVersion: string;
  fallbackYears: number[];
}

export interface DueLevel {
  clockId: string;
  level: AlertLevel;
  at: string;
}

const ORDER: AlertLevel[] = ['yellow', 'red', 'second-level'];

/** Every level not yet fired on a running clock, earliest first. */
export function pendingLevels(clocks: readonly Clock[]): DueLevel[] {
  return clocks
    .flatMap((clock) =>
      ORDER.filter((level) => clock.instants?.[level] && !clock.fired.includes(level)).map((level) => ({
        clockId: clock.id,
        level,
        at: clock.instants![level]!,
      })),
    )
    .sort((a, b) => a.at.localeCompare(b.at) || ORDER.indexOf(a.level) - ORDER.indexOf(b.level));
}

export function stageClockId(stage: string): string {
  return `stage-${stage}`;
}

/** The clock of a task's own limit (法定时限 or 承诺时限), beside its stage's clock. */
export function taskClockId(kind: TaskLimitKind, stage: string, taskKey: string): string {
  return `${kind}-${stage}-${taskKey}`;
}
