import { BenchResults, Figure, TargetCheck } from './bench-results';

/** The portfolio size the size-bound targets are stated for. */
const TARGET_PORTFOLIO = 10_000;

/** The targets of issue 9, each judged from this run's figures; one the run could not measure is left open. */
export function checkTargets(results: BenchResults): TargetCheck[] {
  const at = (key: string) => results.find(key);
  return [
    sized(at('memory.worker'), 'worker RSS ≤ 1 GiB at 10,000 active projects', (worker) => worker.keystone <= 1024, (worker) => `${fixed(worker.keystone, 0)} MiB`),
    ...[10, 50].map((concurrency) => ratio(at(`registration.concurrent${concurrency}.throughput`), `registration ≥ 0.7× bare starts/s (${concurrency} concurrent)`, (r) => r >= 0.7)),
    judged(at('decision.sequential.p50'), 'decision p50 ≤ bare Update p50 + 5 ms', (f) => f.keystone <= f.bare! + 5, (f) => `${fixed(f.keystone)} ms vs ${fixed(f.bare!)} ms + 5 ms`),
    ratio(at('decision.sequential.p99'), 'decision p99 ≤ 1.3× bare Update p99', (r) => r <= 1.3),
    ratio(at('decision.concurrent10.throughput'), 'decision throughput ≥ 0.8× bare Updates/s', (r) => r >= 0.8),
    ratio(at('deadline.webhook.lag') ?? at('deadline.inbox.lag'), 'simultaneous deadlines delivered in ≤ 1.2× the bare timers’ time', (r) => r <= 1.2),
    zero(results, 'simultaneous deadlines: 0 lost, 0 doubled', ['deadline.inbox.lost', 'deadline.inbox.doubled', 'deadline.webhook.lost', 'deadline.webhook.doubled']),
    sized(at('board.p99'), 'board p99 ≤ 50 ms at 10,000 projects', (board) => board.keystone <= 50, (board) => `${fixed(board.keystone)} ms`),
    judged(at('rebuild.rate'), 'projection rebuild ≥ 20,000 events/s', (f) => f.keystone >= 20_000, (f) => `${fixed(f.keystone, 0)} events/s`),
  ];
}

function judged(figure: Figure | undefined, target: string, met: (figure: Figure) => boolean, measured: (figure: Figure) => string): TargetCheck {
  if (!figure) return { target, measured: 'not measured', met: null };
  return { target, measured: measured(figure), met: met(figure), ...(figure.size !== undefined && { note: `at N = ${figure.size}` }) };
}

function ratio(figure: Figure | undefined, target: string, met: (ratio: number) => boolean): TargetCheck {
  return judged(figure, target, (f) => met(f.keystone / f.bare!), (f) => `${fixed(f.keystone)} vs bare ${fixed(f.bare!)} ${f.unit} (${fixed(f.keystone / f.bare!, 2)}×)`);
}

/** A target stated for 10,000 projects, judged at the size measured and said so when that is smaller. */
function sized(figure: Figure | undefined, target: string, met: (figure: Figure) => boolean, measured: (figure: Figure) => string): TargetCheck {
  const check = judged(figure, target, met, measured);
  if (figure?.size !== undefined && figure.size < TARGET_PORTFOLIO) check.note = `at N = ${figure.size}, not the target’s ${TARGET_PORTFOLIO}`;
  return check;
}

function zero(results: BenchResults, target: string, keys: string[]): TargetCheck {
  const counted = keys.map((key) => results.find(key)).filter((figure): figure is Figure => figure !== undefined);
  const unmeasured = keys.filter((key) => !results.find(key));
  return {
    target,
    measured: counted.map((figure) => `${figure.label}: ${figure.keystone}`).join('; '),
    met: counted.every((figure) => figure.keystone === 0),
    ...(unmeasured.length > 0 && { note: `not measured: ${unmeasured.join(', ')}` }),
  };
}

function fixed(value: number, digits = 1): string {
  return value.toFixed(digits);
}
