import { cpus, loadavg, release, totalmem, type as osType } from 'node:os';
import { BenchPlan } from '../bench-plan';
import { RunInfo } from './bench-results';
import { BenchEnvironment } from '../stack/bench-environment';

/** What the figures were measured on, so a reader can tell one machine's results from another's. */
export async function runInfo(env: BenchEnvironment, plan: BenchPlan, startedAt: Date, loadAtStart: number): Promise<RunInfo> {
  const processors = cpus();
  const cores = processors.length;
  const memoryGiB = Math.round(totalmem() / 2 ** 30);
  const cpu = processors[0]?.model.trim() || 'unknown CPU';
  const { serverVersion } = await env.temporalClient.workflowService.getSystemInfo({});
  const { rows } = await env.db.query(`SHOW server_version`);
  return {
    date: startedAt.toISOString().slice(0, 10),
    machine: `${cores}cpu-${memoryGiB}gib-${cpuFamily(cpu)}`,
    cpu,
    cores,
    memoryGiB,
    os: `${osType()} ${release()}`,
    node: process.versions.node,
    temporalServer: serverVersion ?? 'unknown',
    postgres: String(rows[0].server_version),
    mode: plan.mode,
    sizes: plan.sizes,
    deadlines: plan.deadlines,
    seconds: Math.round((Date.now() - startedAt.getTime()) / 1000),
    load: { start: loadAtStart, end: loadavg()[0] },
  };
}

/**
 * The CPU's maker and family, e.g. `amd-epyc` or `intel-xeon`: cloud machines of one size come on different
 * processors, and one day's runs on each must not overwrite each other.
 */
export function cpuFamily(model: string): string {
  const words = model.replace(/\([^)]*\)/g, ' ').toLowerCase().match(/[a-z0-9]+/g) ?? [];
  return words.filter((word) => !['cpu', 'processor'].includes(word)).slice(0, 2).join('-') || 'cpu';
}
