import { StageKey } from '../stages';

/** The rungs of the escalation ladder (DOMAIN.md, "Time limits and escalation"). */
export const ALERT_LEVELS = ['yellow', 'red', 'second-level'] as const;
export type AlertLevel = (typeof ALERT_LEVELS)[number];

/** Who an alert goes to: a department, the assigned county leader, or the office with top leadership. */
export type Recipient = { kind: 'department'; code: string } | { kind: 'leader'; code: string } | { kind: 'office' };

/** What a clock watches. */
export type ClockSubject =
  | { kind: 'stage'; stage: StageKey }
  | { kind: 'statutory'; taskId: string }
  | { kind: 'promised'; taskId: string }
  | { kind: 'suspension' }
  | { kind: 'problem'; problemId: string };

/** Why a light or an alert is what it is: the rule and the facts that triggered it. */
export interface AlertExplanation {
  rule: string;
  summary: string;
  dueAt: string;
  taskIds: string[];
  fallbackYears: number[];
}

export interface AlertState {
  id: string;
  clockId: string;
  level: AlertLevel;
  subject: ClockSubject;
  recipients: Recipient[];
  raisedAt: string;
  explanation: AlertExplanation;
  status: 'open' | 'acknowledged';
  acknowledgedAt?: string;
  instructions: { text: string; by: string; at: string }[];
}

/** Alert ids carry the project code first, so an action on an alert reaches its workflow without a lookup. */
export function alertId(code: string, clockId: string, level: AlertLevel, generation: number): string {
  return `${code}.${clockId}.${level}.${generation}`;
}

/** Which generation of its clock's ladder an alert belongs to: 1, or more after each extension re-armed it. */
export function alertGeneration(id: string): number {
  return Number(id.slice(id.lastIndexOf('.') + 1));
}

export function recipientCode(recipient: Recipient): string {
  return recipient.kind === 'office' ? 'office' : recipient.code;
}
