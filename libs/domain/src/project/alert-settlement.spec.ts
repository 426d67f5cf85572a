import { ClockSubject } from '../escalation';
import { alertsSettledBy } from './alert-settlement';
import { ProjectEvent } from './project-events';

const subjects: Record<string, ClockSubject> = {
  siting: { kind: 'stage', stage: 'siting' },
  land: { kind: 'stage', stage: 'land-pre-review' },
  statutory: { kind: 'statutory', taskId: 'P.siting.main' },
  promised: { kind: 'promised', taskId: 'P.siting.main' },
  otherTask: { kind: 'promised', taskId: 'P.siting.other' },
  suspension: { kind: 'suspension' },
  problem: { kind: 'problem', problemId: 'P.problem.1' },
  otherProblem: { kind: 'problem', problemId: 'P.problem.2' },
};

function settled(event: ProjectEvent): string[] {
  const settles = alertsSettledBy(event);
  return settles ? Object.keys(subjects).filter((name) => settles(subjects[name])) : [];
}

const decided = (decision: 'approved' | 'returned' | 'refused'): ProjectEvent => ({
  type: 'TaskDecided',
  data: { taskId: 'P.siting.main', stage: 'siting', department: 'natural-resources', decision, comment: '', decidedAt: '2026-12-01T02:00:00.000Z' },
});

describe('which alerts an event settles', () => {
  it('settles a stage’s alerts when the stage closes, and no other stage’s', () => {
    expect(settled({ type: 'StageClosed', data: { stage: 'siting', closedAt: '2026-12-01T02:00:00.000Z' } })).toEqual(['siting']);
  });

  it('settles a task’s own limits when it is approved or refused, but not when it is returned for correction', () => {
    expect(settled(decided('approved'))).toEqual(['statutory', 'promised']);
    expect(settled(decided('refused'))).toEqual(['statutory', 'promised']);
    expect(settled(decided('returned'))).toEqual([]);
  });

  it('settles the suspension’s alert on resumption and a problem’s when that problem closes', () => {
    expect(settled({ type: 'ProjectResumed', data: { suspensionId: 's', note: '', resumedAt: '2026-12-01T02:00:00.000Z' } })).toEqual(['suspension']);
    expect(settled({ type: 'ProblemClosed', data: { problemId: 'P.problem.1', note: '', closedAt: '2026-12-01T02:00:00.000Z' } })).toEqual(['problem']);
  });

  it('settles every alert when the project is completed, and none on an event about something else', () => {
    expect(settled({ type: 'ProjectCompleted', data: { completedAt: '2026-12-01T02:00:00.000Z' } })).toEqual(Object.keys(subjects));
    expect(settled({ type: 'StageClockStopped', data: { stage: 'siting', stoppedAt: '2026-12-01T02:00:00.000Z', used: 1, reason: '' } })).toEqual([]);
  });
});
