import { Pool } from 'pg';
import { DEMO_LEADERS, DEMO_OWNER_UNITS, DEMO_TOWNSHIPS } from '@keystone/demo';
import { BenchClient } from '../client/bench-client';
import { concurrently, waitFor } from '../measure/latency';

export interface TemplateChoice {
  templateId: string;
  projectType: string;
}

const STANDARD: TemplateChoice[] = [
  { templateId: 'default', projectType: 'general' },
  { templateId: 'default', projectType: 'general' },
  { templateId: 'industrial', projectType: 'industrial' },
];

const SETTLE_TIMEOUT_MS = 300_000;

/**
 * The benchmark's projects, registered by the office through the API as any client registers them. A
 * project counts as registered once its board row shows its first stage open: the whole path, not the
 * HTTP answer alone.
 */
export class Portfolio {
  readonly codes: string[] = [];
  private serial = 0;

  /** @param series the code's type digits, keeping each portfolio's codes apart */
  constructor(
    private readonly office: BenchClient,
    private readonly db: Pool,
    private readonly series: string,
  ) {}

  get size(): number {
    return this.codes.length;
  }

  /** Registers one more project; resolves when the API has answered. */
  async registerNext(template: TemplateChoice = STANDARD[this.serial % STANDARD.length]): Promise<string> {
    const profile = this.nextProfile(template);
    await this.office.post('/api/projects', profile);
    this.codes.push(profile.code);
    return profile.code;
  }

  /** Registers `count` projects with `concurrency` in flight; resolves with the ms until every one is on the board. */
  async registerBatch(count: number, concurrency: number, tick: () => void): Promise<number> {
    const from = this.codes.length;
    const started = performance.now();
    await concurrently(count, concurrency, () => this.registerNext(), tick);
    await this.settled(this.codes.slice(from));
    return performance.now() - started;
  }

  /** Registers until the portfolio holds `size` projects, all on the board. */
  async fillTo(size: number, concurrency: number, tick: () => void): Promise<void> {
    if (this.size < size) await this.registerBatch(size - this.size, concurrency, tick);
  }

  async settled(codes: string[] = this.codes): Promise<void> {
    await waitFor(async () => (await this.onBoard(codes)) >= codes.length, `${codes.length} projects reaching the board`, SETTLE_TIMEOUT_MS);
  }

  private async onBoard(codes: string[]): Promise<number> {
    const [{ count }] = (await this.db.query(`SELECT count(*)::int AS count FROM project_board WHERE code = ANY($1) AND current_stage IS NOT NULL`, [codes])).rows;
    return count;
  }

  private nextProfile(template: TemplateChoice) {
    this.serial += 1;
    const pick = <T>(list: readonly T[]) => list[this.serial % list.length];
    return {
      code: `2026-341521-48-${this.series}-${String(this.serial).padStart(6, '0')}`,
      name: `基准项目 ${this.series}-${this.serial}`,
      township: pick(DEMO_TOWNSHIPS).code,
      ...template,
      totalInvestment: 1000 + (this.serial % 97) * 100,
      ownerUnit: pick(DEMO_OWNER_UNITS).code,
      leader: pick(DEMO_LEADERS).code,
      plannedStart: '2026-03-01',
      plannedCompletion: '2028-12-31',
    };
  }
}
