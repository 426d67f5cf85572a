import { readFile, readdir, lstat } from 'node:fs/promises';
import { join } from 'node:path';

/** A process's resident memory now, from /proc/<pid>/status (Linux), in MiB. */
export async function residentMiB(pid: number | undefined): Promise<number> {
  if (pid === undefined) throw new Error('the process has no pid: it did not start');
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kib = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
  if (!kib) throw new Error(`no VmRSS in /proc/${pid}/status`);
  return Number(kib[1]) / 1024;
}

/** Bytes the folder takes on disk, counted in allocated blocks as `du` counts them. */
export async function diskUsageBytes(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    // A file can vanish between the listing and the stat (SQLite's journal, a WAL segment recycled).
    const stats = await lstat(path).catch(() => undefined);
    if (!stats) continue;
    total += stats.blocks * 512;
    if (entry.isDirectory()) total += await diskUsageBytes(path);
  }
  return total;
}
