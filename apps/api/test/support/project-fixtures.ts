import { randomInt } from 'node:crypto';
import { STAGE_KEYS } from '@keystone/domain';
import { ApiClient } from './api-client';

const issued = new Set<string>();

/**
 * A unique valid project code per call. Test files run in separate processes against one Temporal server,
 * so the eight free digits are drawn at random (a clash between files is about one in a thousand runs at
 * most) and never repeated within a file.
 */
export function nextProjectCode(): string {
  for (;;) {
    const digits = String(randomInt(100_000_000)).padStart(8, '0');
    const code = `2026-341521-48-${digits.slice(0, 2)}-${digits.slice(2)}`;
    if (!issued.has(code)) {
      issued.add(code);
      return code;
    }
  }
}

export function projectProfile(overrides: Record<string, unknown> = {}) {
  return {
    code: nextProjectCode(),
    name: '城东新能源产业园',
    township: 'dongcheng',
    projectType: 'general',
    templateId: 'default',
    totalInvestment: 52000,
    ownerUnit: 'county-investment-group',
    leader: 'leader-wang',
    plannedStart: '2026-03-01',
    plannedCompletion: '2027-12-31',
    ...overrides,
  };
}

/** Polls until the check passes: the read model is written by the workflow moments after a start returns. */
export async function eventually<T>(check: () => Promise<T>, what: string, timeoutMs = 15_000): Promise<T> {
  const started = Date.now();
  let lastError: unknown;
  while (Date.now() - started < timeoutMs) {
    try {
      return await check();
    } catch (error) {
      lastError = error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  throw new Error(`${what} did not happen within ${timeoutMs} ms: ${(lastError as Error)?.message}`);
}

/** Registers a project as the office and waits until its first stage is open. */
export async function registerProject(office: ApiClient, overrides: Record<string, unknown> = {}) {
  const profile = projectProfile(overrides);
  const response = await office.post('/api/projects', profile);
  if (response.status !== 201) throw new Error(`registration failed: ${JSON.stringify(response.body)}`);
  const project = await eventually(async () => {
    const current = await office.get(`/api/projects/${profile.code}`);
    if (current.status !== 200 || !current.body.currentStage) throw new Error(`status ${current.status}`);
    return current.body;
  }, `project ${profile.code} opening its first stage`);
  return { profile, project };
}

export function officerOf(department: string): string {
  return `officer-${department}`;
}

/**
 * Adds a template whose every stage has one natural-resources task: the first stage runs `firstStageLimit`
 * (an ISO duration, seconds in tests) and the rest a day, the task carrying `taskLimits` if given.
 */
export async function addFastTemplate(office: ApiClient, id: string, firstStageLimit: string, taskLimits: Record<string, unknown> = {}): Promise<void> {
  const task = { key: 'main', name: '选址意见书', department: 'natural-resources', ...taskLimits };
  const stages = STAGE_KEYS.map((stage, index) => ({ stage, name: stage, timeLimit: { duration: index === 0 ? firstStageLimit : 'P1D' }, tasks: [task] }));
  const response = await office.post('/api/templates', { id, name: `秒级时限 ${id}`, projectType: id, stages });
  if (response.status !== 201) throw new Error(`template ${id}: ${JSON.stringify(response.body)}`);
}
