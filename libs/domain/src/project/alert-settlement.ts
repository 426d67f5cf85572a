import { ClockSubject } from '../escalation';
import { ProjectEvent } from './project-events';

/**
 * The alerts an event settles: once what an alert is about is done (its stage closed, its task decided, the
 * suspension ended, the problem closed, the project ended), it no longer asks anyone to act, whether or not
 * it was acknowledged. Nothing when the event settles none.
 */
export function alertsSettledBy(event: ProjectEvent): ((subject: ClockSubject) => boolean) | undefined {
  switch (event.type) {
    case 'StageClosed':
      return (subject) => subject.kind === 'stage' && subject.stage === event.data.stage;
    case 'TaskDecided':
      // A returned task comes back to its department; its limits' alerts still stand.
      if (event.data.decision === 'returned') return undefined;
      return (subject) => (subject.kind === 'statutory' || subject.kind === 'promised') && subject.taskId === event.data.taskId;
    case 'ProjectResumed':
      return (subject) => subject.kind === 'suspension';
    case 'ProblemClosed':
      return (subject) => subject.kind === 'problem' && subject.problemId === event.data.problemId;
    case 'ProjectCompleted':
    case 'ProjectRefused':
      return () => true;
    default:
      return undefined;
  }
}
