import { ALERT_LEVELS, AlertLevel, ClockSubject } from '@keystone/domain';

/** The clocks whose alerts colour a stage's light: its own, and its tasks' statutory and promised limits. */
export function lightsStage(subject: ClockSubject): boolean {
  return subject.kind === 'stage' || isTaskLimit(subject);
}

export function isTaskLimit(subject: ClockSubject): subject is Extract<ClockSubject, { kind: 'statutory' | 'promised' }> {
  return subject.kind === 'statutory' || subject.kind === 'promised';
}

/** A light only ever brightens from an alert: a task's yellow never hides the stage's red, and passing a statutory limit turns a green stage red. */
export function brightens(current: AlertLevel | null | undefined, level: AlertLevel): boolean {
  return ALERT_LEVELS.indexOf(current as AlertLevel) < ALERT_LEVELS.indexOf(level);
}
