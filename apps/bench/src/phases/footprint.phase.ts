import { diskUsageBytes, residentMiB } from '../measure/resources';
import { BenchContext } from './bench-context';

interface DiskSnapshot {
  projects: number;
  temporalBytes?: number;
  postgresBytes: number;
}

/** Figure 6, memory: the worker's and the API's resident memory with the portfolio at this size. */
export async function measureMemory({ env, results }: BenchContext, size: number): Promise<void> {
  const [worker, api] = await Promise.all([residentMiB(env.keystone.worker.pid), residentMiB(env.keystone.api.pid)]);
  results.add(
    { key: 'memory.worker', section: 'footprint', label: 'worker resident memory', unit: 'MiB', keystone: worker, size },
    { key: 'memory.api', section: 'footprint', label: 'API resident memory', unit: 'MiB', keystone: api, size },
  );
  console.log(`  ✓ 6 memory at ${size}: worker ${worker.toFixed(0)} MiB, API ${api.toFixed(0)} MiB`);
}

/** Disk use now: the dev server's data folder, and Keystone's database as PostgreSQL counts it (WAL aside). */
export async function diskSnapshot({ env, portfolio }: BenchContext): Promise<DiskSnapshot> {
  const temporalDir = env.keystone.temporalDataDir;
  const { rows } = await env.db.query(`SELECT pg_database_size(current_database())::bigint AS bytes`);
  return { projects: portfolio.size, temporalBytes: temporalDir === undefined ? undefined : await diskUsageBytes(temporalDir), postgresBytes: Number(rows[0].bytes) };
}

/** Figure 6, disk: what each project registered between the two snapshots added to Temporal's and PostgreSQL's data. */
export function recordDiskPerProject({ results }: BenchContext, before: DiskSnapshot, after: DiskSnapshot): void {
  const added = after.projects - before.projects;
  const perProject = (from: number, to: number) => (to - from) / 1024 / Math.max(added, 1);
  const section = 'footprint' as const;
  results.add({ key: 'disk.postgres', section, label: 'PostgreSQL disk per project', unit: 'KiB', keystone: perProject(before.postgresBytes, after.postgresBytes), size: after.projects });
  if (before.temporalBytes === undefined || after.temporalBytes === undefined) {
    results.missing({ key: 'disk.temporal', section, label: 'Temporal disk per project', reason: 'Temporal is a given server (TEMPORAL_ADDRESS), whose data folder the benchmark cannot see' });
    return;
  }
  results.add({ key: 'disk.temporal', section, label: 'Temporal disk per project', unit: 'KiB', keystone: perProject(before.temporalBytes, after.temporalBytes), size: after.projects });
}
