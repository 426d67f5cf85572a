import { awaitedApplication, awaitingApplicationSummary } from '@keystone/domain';
import type { Light, ProjectState } from '../api/api.types';
import { LIGHTS, stageName } from '../shared/labels';

/**
 * The light of the open stage as the board computes it (libs/projects, lightOf): the last level its clock fired
 * since it was armed, explained by the alert that level raised. A stage waiting for the owner's application is on
 * schedule, with no clock.
 */
export function projectLight(state: ProjectState): { light: Light | null; summary: string } {
  const waiting = awaitedApplication(state);
  if (waiting) {
    return { light: 'green', summary: awaitingApplicationSummary(stageName(waiting.stage), waiting.application) };
  }
  if (state.status !== 'active' || !state.currentStage) return { light: null, summary: '' };
  const clockId = `stage-${state.currentStage}`;
  const fired = state.clocks.find((clock) => clock.id === clockId)?.fired ?? [];
  const level = fired[fired.length - 1];
  if (!level) return { light: 'green', summary: LIGHTS.green.meaning };
  const alert = [...state.alerts].reverse().find((candidate) => candidate.clockId === clockId && candidate.level === level);
  const light: Light = level === 'yellow' ? 'yellow' : 'red';
  return { light, summary: alert?.explanation.summary ?? LIGHTS[light].meaning };
}
