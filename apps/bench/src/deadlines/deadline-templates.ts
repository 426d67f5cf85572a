import { STAGE_KEYS, STAGE_NAMES } from '@keystone/domain';
import { BenchClient } from '../client/bench-client';
import { TemplateChoice } from '../portfolio/portfolio';
import { DECIDING_DEPARTMENT } from '../stack/bench-sessions';

/** Limits are rounded to this step, so a run needs a few hundred templates at most, not one per project. */
const STEP_MS = 200;
const SHORTEST_MS = 1_000;
const PROJECT_TYPE = 'bench-deadline';

/**
 * Stage templates whose first stage runs on a limit in seconds, one per limit, made through the API when
 * first needed. A project registered later gets a shorter limit, so every red instant lands on the same
 * moment. Yellow comes early (5% of the limit) and the second level far beyond the run, so the red
 * alerts are the only ones falling due together.
 */
export class DeadlineTemplates {
  private readonly made = new Map<number, Promise<TemplateChoice>>();

  constructor(private readonly office: BenchClient) {}

  /** The template whose first stage is due `limitMs` from now, to the step. */
  forLimit(limitMs: number): Promise<TemplateChoice> {
    const step = Math.max(SHORTEST_MS, Math.round(limitMs / STEP_MS) * STEP_MS);
    if (!this.made.has(step)) this.made.set(step, this.create(step));
    return this.made.get(step)!;
  }

  private async create(limitMs: number): Promise<TemplateChoice> {
    const id = `bench-deadline-${limitMs}`;
    await this.office.post('/api/templates', {
      id,
      name: `基准测试时限 ${limitMs / 1000} 秒`,
      projectType: PROJECT_TYPE,
      stages: STAGE_KEYS.map((stage, index) => ({
        stage,
        name: STAGE_NAMES[stage],
        timeLimit: index === 0 ? { duration: `PT${limitMs / 1000}S` } : { workingDays: 10 },
        ...(index === 0 && { escalation: { warningShare: 0.05, secondLevelAfterWorkingDays: 1000 } }),
        tasks: [{ key: 'main', name: `${STAGE_NAMES[stage]}审批事项`, department: DECIDING_DEPARTMENT }],
      })),
    });
    return { templateId: id, projectType: PROJECT_TYPE };
  }
}
