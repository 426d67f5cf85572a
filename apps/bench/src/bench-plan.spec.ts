import { benchPlan } from './bench-plan';

describe('how much each benchmark run measures', () => {
  it('measures growth at a tenth of N and at N in a full run, at half and N otherwise', () => {
    expect(benchPlan({}).sizes).toEqual([1_000, 10_000]);
    expect(benchPlan({ quick: true }).sizes).toEqual([200, 400]);
    expect(benchPlan({ projects: 2_000 }).sizes).toEqual([200, 2_000]);
  });

  it('takes a part of the first size for each timed series, capped, and never none', () => {
    expect(benchPlan({}).decisions).toEqual({ sequential: 200, concurrent10: 500 });
    expect(benchPlan({ quick: true }).decisions).toEqual({ sequential: 40, concurrent10: 100 });
    const smallest = benchPlan({ projects: 100 });
    expect(smallest.sizes).toEqual([10, 100]);
    expect(Object.values({ ...smallest.registration, ...smallest.decisions }).every((count) => count >= 1)).toBe(true);
    const { sequential, concurrent10 } = smallest.decisions;
    // Decisions through the API, straight to the workflow, and concurrent, each on a task of its own.
    expect(2 * sequential + concurrent10).toBeLessThanOrEqual(smallest.sizes[0]);
  });

  it('refuses a portfolio too small to measure', () => {
    expect(() => benchPlan({ projects: 99 })).toThrow('--projects must be a whole number of at least 100 (20 with --quick)');
    expect(() => benchPlan({ quick: true, projects: 19 })).toThrow('--projects must be a whole number of at least 20');
    expect(benchPlan({ quick: true, projects: 20 }).sizes).toEqual([10, 20]);
  });
});
