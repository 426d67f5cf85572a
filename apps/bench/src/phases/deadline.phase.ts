import { bareTimers, TimersFired } from '../deadlines/bare-timers';
import { DeadlinesFired, keystoneDeadlines } from '../deadlines/keystone-deadlines';
import { WebhookReceiver } from '../deadlines/webhook-receiver';
import { until } from '../measure/latency';
import { PhaseProgress } from '../measure/phase-progress';
import { Portfolio } from '../portfolio/portfolio';
import { Figure } from '../report/bench-results';
import { BenchContext } from './bench-context';

const WEBHOOKS = '/api/webhooks';
const DELIVERY_TIMEOUT_MS = 180_000;
/** After the last delivery, how long a repeat still counts as doubled rather than as a later retry. */
const REPEAT_GRACE_MS = 3_000;

const WEBHOOK_FIGURES = {
  'webhook.lag': 'last red alert delivered by webhook, after due (bare: last timer fired)',
  'webhook.lost': 'webhook deliveries lost',
  'webhook.doubled': 'webhook deliveries doubled',
};

/**
 * Figure 3: deadlines falling due in the same second, from the due instant until the last red alert is in
 * its leader's inbox and, where this build delivers alerts by webhook, at the benchmark's receiver.
 */
export async function measureDeadlines(context: BenchContext): Promise<void> {
  const { env, sessions, plan, results } = context;
  const count = plan.deadlines;
  const progress = PhaseProgress.start('3 deadlines due together', 2 * count, 'starts');
  const receiver = await webhookReceiver(context);
  try {
    const startRates = results.find('registration.concurrent50.throughput');
    const bare = await bareTimers(env.bare, count, startRates?.bare, progress.tick);
    const portfolio = new Portfolio(sessions.office, env.db, '03');
    const keystone = await keystoneDeadlines({ ...sessions, db: env.db, portfolio }, count, startRates?.keystone, progress.tick);
    results.add(...inboxFigures(count, keystone, bare));
    if (receiver) await recordDeliveries(context, receiver, count, keystone, bare);
    progress.done(`last red alert ${seconds(keystone.lastAlertAt - keystone.lastDueAt)} s after due (bare timers ${seconds(bare.lagMs)} s)`);
  } finally {
    await receiver?.stop();
  }
}

/** A receiver registered as a webhook, when this build has webhooks; otherwise the figures are marked missing. */
async function webhookReceiver({ sessions, results }: BenchContext): Promise<WebhookReceiver | undefined> {
  if (!(await sessions.office.serves(WEBHOOKS))) {
    for (const [key, label] of Object.entries(WEBHOOK_FIGURES)) {
      results.missing({ key: `deadline.${key}`, section: 'deadlines', label, reason: `this build has no ${WEBHOOKS}` });
    }
    return undefined;
  }
  const receiver = await WebhookReceiver.start();
  await sessions.office.post(WEBHOOKS, { name: '基准测试接收器', kind: 'wecom', url: receiver.url });
  return receiver;
}

function figure(key: string, label: string, unit: Figure['unit'], keystone: number, bare?: number): Figure {
  return { key: `deadline.${key}`, section: 'deadlines', label, unit, keystone, bare };
}

function inboxFigures(count: number, keystone: DeadlinesFired, bare: TimersFired): Figure[] {
  return [
    figure('count', 'deadlines due together', 'count', count, count),
    figure('spread', 'spread of the planned red instants', 's', (keystone.lastDueAt - keystone.firstDueAt) / 1000, 0),
    figure('inbox.lag', 'last red alert in its leader’s inbox, after due (bare: last timer fired)', 's', (keystone.lastAlertAt - keystone.lastDueAt) / 1000, bare.lagMs / 1000),
    figure('inbox.lost', 'red alerts lost (bare: timers not fired)', 'count', count - keystone.inInbox, count - bare.fired),
    figure('inbox.doubled', 'red alerts doubled', 'count', keystone.doubled),
  ];
}

async function recordDeliveries({ results }: BenchContext, receiver: WebhookReceiver, count: number, keystone: DeadlinesFired, bare: TimersFired): Promise<void> {
  const red = (deliveryId: string) => deliveryId.includes('.red.');
  await until(async () => receiver.receipts(red).distinct >= count, DELIVERY_TIMEOUT_MS, 100);
  await new Promise((resolve) => setTimeout(resolve, REPEAT_GRACE_MS));
  const received = receiver.receipts(red);
  results.add(
    figure('webhook.lost', WEBHOOK_FIGURES['webhook.lost'], 'count', count - received.distinct),
    figure('webhook.doubled', WEBHOOK_FIGURES['webhook.doubled'], 'count', received.total - received.distinct),
  );
  const label = WEBHOOK_FIGURES['webhook.lag'];
  if (received.distinct === 0) {
    results.missing({ key: 'deadline.webhook.lag', section: 'deadlines', label, reason: `no delivery arrived within ${DELIVERY_TIMEOUT_MS / 1000} s` });
    return;
  }
  results.add(figure('webhook.lag', label, 's', (received.lastFirstArrival - keystone.lastDueAt) / 1000, bare.lagMs / 1000));
}

function seconds(millis: number): string {
  return (millis / 1000).toFixed(1);
}
