import { ApiClient } from './api-client';

let serial = 0;

/** A unique valid project code per call, so tests never collide on the shared Temporal server. */
export function nextProjectCode(): string {
  serial += 1;
  const random = String(Math.floor(Math.random() * 9000) + 1000);
  return `2026-341521-48-${random.slice(0, 2)}-${random.slice(2)}${String(serial).padStart(4, '0')}`;
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
