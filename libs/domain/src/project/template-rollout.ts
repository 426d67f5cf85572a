import { UserActor, describeActor } from '../actors';

/** What became of one project asked to follow its template's current revision. */
export type AdoptionOutcome = { code: string; outcome: 'adopted' | 'unchanged' } | { code: string; outcome: 'refused'; reason: string };

/**
 * Moving every project under way on a template onto its current revision: started by the office, carried out a page of
 * projects at a time, so a portfolio of thousands is followed as it goes rather than waited on in one request.
 */
export interface TemplateRollout {
  templateId: string;
  /** `stopped`: ended before every project was dealt with (an operator terminated it, or it failed); may be started again. */
  status: 'running' | 'finished' | 'stopped';
  /** Who asked for it, as `username (role)`. */
  requestedBy: string;
  startedAt: string;
  /** When it finished or stopped. */
  finishedAt?: string;
  /** Projects under way on the template when it started. */
  projects: number;
  adopted: number;
  /** Already following the revision wherever they still can. */
  unchanged: number;
  refused: { code: string; reason: string }[];
}

export function startRollout(templateId: string, projects: number, requestedBy: UserActor, at: string): TemplateRollout {
  return { templateId, status: 'running', requestedBy: describeActor(requestedBy), startedAt: at, projects, adopted: 0, unchanged: 0, refused: [] };
}

export function tallyAdoptions(rollout: TemplateRollout, outcomes: AdoptionOutcome[]): TemplateRollout {
  const count = (kind: AdoptionOutcome['outcome']) => outcomes.filter(({ outcome }) => outcome === kind).length;
  const refused = outcomes.flatMap((outcome) => (outcome.outcome === 'refused' ? [{ code: outcome.code, reason: outcome.reason }] : []));
  return { ...rollout, adopted: rollout.adopted + count('adopted'), unchanged: rollout.unchanged + count('unchanged'), refused: [...rollout.refused, ...refused] };
}

export function finishRollout(rollout: TemplateRollout, at: string): TemplateRollout {
  return { ...rollout, status: 'finished', finishedAt: at };
}

/** A rollout whose workflow closed while it still said it was running: what it had done stands, the rest was not done. */
export function stopRollout(rollout: TemplateRollout, at: string): TemplateRollout {
  return rollout.status === 'running' ? { ...rollout, status: 'stopped', finishedAt: at } : rollout;
}

/** Projects dealt with so far; more than `projects` when some were registered on the template meanwhile. */
export function projectsDealtWith(rollout: TemplateRollout): number {
  return rollout.adopted + rollout.unchanged + rollout.refused.length;
}
