import { Pool } from 'pg';
import { BenchClient } from '../client/bench-client';
import { concurrently, until } from '../measure/latency';
import { Portfolio } from '../portfolio/portfolio';
import { DeadlineTemplates } from './deadline-templates';
import { leadTimeMs, measuredRate } from './lead-time';
import { OpeningLag } from './opening-lag';

export interface DeadlinesFired {
  codes: string[];
  /** The latest and earliest red instants the projects' clocks planned, ms since the epoch. */
  lastDueAt: number;
  firstDueAt: number;
  /** When the last red alert was recorded, with its inbox row, in the store. */
  lastAlertAt: number;
  inInbox: number;
  doubled: number;
}

const REGISTER_MARGIN_MS = 10_000;
/** Registrations in flight: each lane waits for its project's stage to open before it registers the next. */
const LANES = 10;
/** The lead assumes registration at this share of the rate figure 1 measured, for the yellow alerts' extra work. */
const RATE_SHARE = 0.5;
const OPEN_TIMEOUT_MS = 60_000;
const FIRE_TIMEOUT_MS = 300_000;

/**
 * Figure 3 in Keystone: `count` projects registered through the API on second-scale templates so that
 * their red instants coincide, then watched until every red alert is in its county leader's inbox. Each
 * limit is counted back from the common instant, less the lag from request to opening lately seen.
 */
export async function keystoneDeadlines(
  { office, leaders, db, portfolio }: { office: BenchClient; leaders: BenchClient[]; db: Pool; portfolio: Portfolio },
  count: number,
  registrationsPerSecond: number | undefined,
  tick: () => void,
): Promise<DeadlinesFired> {
  const templates = new DeadlineTemplates(office);
  const lag = new OpeningLag();
  const dueAt = Date.now() + leadTimeMs(count, RATE_SHARE * measuredRate(registrationsPerSecond), REGISTER_MARGIN_MS);
  const from = portfolio.size;
  await concurrently(count, LANES, async () => {
    const requestedAt = Date.now();
    const code = await portfolio.registerNext(await templates.forLimit(dueAt - requestedAt - lag.expected()));
    lag.record((await openedAt(db, code)) - requestedAt);
  }, tick);
  const codes = portfolio.codes.slice(from);
  const planned = await plannedRedInstants(db, codes);
  await until(async () => (await inLeadersInboxes(leaders)) >= count, planned.lastDueAt - Date.now() + FIRE_TIMEOUT_MS, 250);
  return { codes, ...planned, ...(await redAlerts(db, codes)) };
}

/** When the project's first stage opened, as its board row says once it has. */
async function openedAt(db: Pool, code: string): Promise<number> {
  let opened: Date | null = null;
  const query = async () => {
    const { rows } = await db.query(`SELECT stage_opened_at FROM project_board WHERE code = $1`, [code]);
    opened = rows[0]?.stage_opened_at ?? null;
    return opened !== null;
  };
  if (!(await until(query, OPEN_TIMEOUT_MS, 20))) throw new Error(`project ${code} did not open its first stage within ${OPEN_TIMEOUT_MS / 1000} s`);
  return opened!.getTime();
}

async function plannedRedInstants(db: Pool, codes: string[]): Promise<{ firstDueAt: number; lastDueAt: number }> {
  const { rows } = await db.query(`SELECT min(stage_due_at) AS first, max(stage_due_at) AS last FROM project_board WHERE code = ANY($1)`, [codes]);
  return { firstDueAt: rows[0].first.getTime(), lastDueAt: rows[0].last.getTime() };
}

/** Red alerts as each leader's own inbox counts them. */
async function inLeadersInboxes(leaders: BenchClient[]): Promise<number> {
  const totals = await Promise.all(leaders.map((leader) => leader.get<{ total: number }>('/api/alerts?level=red&limit=1')));
  return totals.reduce((sum, { total }) => sum + total, 0);
}

async function redAlerts(db: Pool, codes: string[]): Promise<{ lastAlertAt: number; inInbox: number; doubled: number }> {
  const { rows } = await db.query(
    `SELECT max(recorded_at) AS last, count(*)::int - count(DISTINCT data->>'alertId')::int AS doubled,
            (SELECT count(*)::int FROM alerts WHERE project_code = ANY($1) AND level = 'red') AS in_inbox
       FROM events WHERE stream_id = ANY($1) AND type = 'EscalationRaised' AND data->>'level' = 'red'`,
    [codes],
  );
  if (!rows[0].last) throw new Error(`none of the ${codes.length} projects raised its red alert`);
  return { lastAlertAt: rows[0].last.getTime(), inInbox: rows[0].in_inbox, doubled: rows[0].doubled };
}
