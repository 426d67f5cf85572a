import { STAGE_KEYS, StageKey } from '../stages';

export const LIGHTS = ['green', 'yellow', 'red'] as const;
export type Light = (typeof LIGHTS)[number];

/** 红黄绿灯 as the board, the notice and an export name them. */
export const LIGHT_NAMES: Record<Light, string> = { green: '绿灯', yellow: '黄灯', red: '红灯' };

/** Projects counted by light, as the board's cards and chart show them. */
export type LightCounts = Record<Light, number>;

/** The board's counts over every project the filters match, however many pages they fill. */
export interface BoardSummary {
  total: number;
  lights: LightCounts;
  completed: number;
  refused: number;
  /** Projects whose current stage this is, in all and by light. */
  stages: Record<StageKey, LightCounts & { total: number }>;
}

/** One group of the board's rows: how many share a status, a current stage and a light. */
export interface BoardGroup {
  status: string;
  stage: string | null;
  light: Light | null;
  count: number;
}

export function summarize(groups: readonly BoardGroup[]): BoardSummary {
  const noLights = (): LightCounts => ({ green: 0, yellow: 0, red: 0 });
  const summary: BoardSummary = {
    total: 0,
    lights: noLights(),
    completed: 0,
    refused: 0,
    stages: Object.fromEntries(STAGE_KEYS.map((stage) => [stage, { total: 0, ...noLights() }])) as BoardSummary['stages'],
  };
  for (const { status, stage, light, count } of groups) {
    summary.total += count;
    if (status === 'completed') summary.completed += count;
    if (status === 'refused') summary.refused += count;
    if (light) summary.lights[light] += count;
    const stageCounts = stage ? summary.stages[stage as StageKey] : undefined;
    if (!stageCounts) continue;
    stageCounts.total += count;
    if (light) stageCounts[light] += count;
  }
  return summary;
}
