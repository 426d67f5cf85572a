import { summarize } from './board-summary';

describe('summarize', () => {
  it('adds the groups up by light, by finished status and by current stage', () => {
    const summary = summarize([
      { status: 'active', stage: 'siting', light: 'green', count: 3 },
      { status: 'active', stage: 'siting', light: 'red', count: 2 },
      { status: 'active', stage: 'approval', light: 'yellow', count: 1 },
      { status: 'completed', stage: null, light: null, count: 4 },
      { status: 'refused', stage: 'environmental-assessment', light: null, count: 1 },
    ]);
    expect(summary).toMatchObject({ total: 11, lights: { green: 3, yellow: 1, red: 2 }, completed: 4, refused: 1 });
    expect(summary.stages.siting).toEqual({ total: 5, green: 3, yellow: 0, red: 2 });
    expect(summary.stages.approval).toEqual({ total: 1, green: 0, yellow: 1, red: 0 });
    // A refused project stays where it stopped, without a light.
    expect(summary.stages['environmental-assessment']).toEqual({ total: 1, green: 0, yellow: 0, red: 0 });
    expect(summary.stages.completion.total).toBe(0);
  });

  it('counts nothing for an empty board', () => {
    expect(summarize([])).toMatchObject({ total: 0, lights: { green: 0, yellow: 0, red: 0 }, completed: 0, refused: 0 });
  });
});
