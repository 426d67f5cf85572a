import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BenchReport } from './bench-results';
import { markdownReport } from './markdown-report';

const FULL_PORTFOLIO = 10_000;

/**
 * Writes `<date>-<machine>.json` and `.md` into the folder. Runs other than the full default one say so in
 * the name (`-quick`, `-n2000`), so they never overwrite the full results.
 */
export async function writeResults(folder: string, report: BenchReport): Promise<{ json: string; markdown: string }> {
  const { date, machine, mode, sizes } = report.run;
  const portfolio = sizes[sizes.length - 1];
  const variant = mode !== 'full' ? `-${mode}` : portfolio !== FULL_PORTFOLIO ? `-n${portfolio}` : '';
  const base = join(folder, `${date}-${machine}${variant}`);
  await mkdir(folder, { recursive: true });
  const files = { json: `${base}.json`, markdown: `${base}.md` };
  await writeFile(files.json, `${JSON.stringify(report, null, 2)}\n`);
  await writeFile(files.markdown, `${markdownReport(report)}\n`);
  return files;
}
