import type { UserActor } from '../actors';
import { finishRollout, projectsDealtWith, startRollout, stopRollout, tallyAdoptions } from './template-rollout';

const office: UserActor = { kind: 'user', userId: 'u-office', username: 'office', role: 'office' };

describe('moving every project under way on a template onto its current revision', () => {
  it('starts running with nothing dealt with, naming who asked', () => {
    const rollout = startRollout('industrial', 3, office, '2026-12-01T02:00:00.000Z');
    expect(rollout).toEqual({
      templateId: 'industrial', status: 'running', requestedBy: 'office (office)', startedAt: '2026-12-01T02:00:00.000Z', projects: 3, adopted: 0, unchanged: 0, refused: [],
    });
    expect(projectsDealtWith(rollout)).toBe(0);
  });

  it('adds each page’s outcomes to those before, keeping every refusal with its reason', () => {
    const first = tallyAdoptions(startRollout('industrial', 5, office, '2026-12-01T02:00:00.000Z'), [
      { code: 'a', outcome: 'adopted' },
      { code: 'b', outcome: 'unchanged' },
      { code: 'c', outcome: 'refused', reason: 'project c is suspended' },
    ]);
    const second = tallyAdoptions(first, [
      { code: 'd', outcome: 'adopted' },
      { code: 'e', outcome: 'refused', reason: 'project e is completed; e can no longer change' },
    ]);
    expect(second).toMatchObject({ adopted: 2, unchanged: 1, refused: [{ code: 'c', reason: 'project c is suspended' }, { code: 'e', reason: 'project e is completed; e can no longer change' }] });
    expect(projectsDealtWith(second)).toBe(5);
    expect(first.refused).toHaveLength(1);
  });

  it('finishes at the instant given, keeping its figures', () => {
    const running = tallyAdoptions(startRollout('industrial', 1, office, '2026-12-01T02:00:00.000Z'), [{ code: 'a', outcome: 'adopted' }]);
    expect(finishRollout(running, '2026-12-01T02:01:00.000Z')).toEqual({ ...running, status: 'finished', finishedAt: '2026-12-01T02:01:00.000Z' });
  });

  it('stops where it had got when its workflow ended early, and leaves a finished one as it was', () => {
    const running = tallyAdoptions(startRollout('industrial', 3, office, '2026-12-01T02:00:00.000Z'), [{ code: 'a', outcome: 'adopted' }]);
    const stopped = stopRollout(running, '2026-12-01T02:00:30.000Z');
    expect(stopped).toEqual({ ...running, status: 'stopped', finishedAt: '2026-12-01T02:00:30.000Z' });
    expect(projectsDealtWith(stopped)).toBe(1);
    const finished = finishRollout(running, '2026-12-01T02:01:00.000Z');
    expect(stopRollout(finished, '2026-12-01T02:02:00.000Z')).toBe(finished);
  });
});
