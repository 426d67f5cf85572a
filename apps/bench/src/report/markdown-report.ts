import { BenchReport, Figure, SECTIONS, Section } from './bench-results';
import { formatRatio, formatValue, ratioOf } from './figure-format';

/** Figures 2 and 4 side by side at each size: how the cost grows with the portfolio. */
const GROWTH_SECTIONS: Section[] = ['decisions', 'read-models'];

/** The report as people read it; every number in it is one in the JSON, formatted. */
export function markdownReport(report: BenchReport): string {
  const { run } = report;
  return [
    `# Keystone benchmark, ${run.date} on ${run.machine}`,
    '',
    `${run.cpu}, ${run.cores} cores, ${run.memoryGiB} GiB; ${run.os}; Node ${run.node}; Temporal ${run.temporalServer}; PostgreSQL ${run.postgres}.`,
    `Mode ${run.mode}: portfolio sizes ${run.sizes.join(' and ')}, ${run.deadlines} deadlines due together; ${run.seconds} s in all.`,
    `Load average (1 min) ${run.load.start.toFixed(1)} at the start and ${run.load.end.toFixed(1)} at the end, on ${run.cores} cores.`,
    '',
    '## Targets',
    '',
    table(['target', 'measured', 'met', 'note'], report.targets.map((t) => [t.target, t.measured, t.met === null ? 'not judged' : t.met ? 'yes' : 'NO', t.note ?? ''])),
    ...(Object.keys(SECTIONS) as Section[]).flatMap((section) => sectionTable(section, report.figures.filter((f) => f.section === section))),
    ...growthTable(report.figures.filter((f) => GROWTH_SECTIONS.includes(f.section))),
    ...unavailableTable(report),
  ].join('\n');
}

function sectionTable(section: Section, figures: Figure[]): string[] {
  if (figures.length === 0) return [];
  const sizes = [...new Set(figures.map((f) => f.size))].sort((a, b) => (a ?? 0) - (b ?? 0));
  const withBare = figures.some((f) => f.bare !== undefined);
  const columns = sizes.flatMap((size) => (withBare ? ['Keystone', 'bare', 'ratio'] : ['Keystone']).map((column) => `${column}${size === undefined ? '' : ` @ N=${size}`}`));
  const labels = [...new Set(figures.map((f) => `${f.label} (${f.unit})`))];
  const rows = labels.map((label) => [
    label,
    ...sizes.flatMap((size) => {
      const figure = figures.find((f) => `${f.label} (${f.unit})` === label && f.size === size);
      if (!figure) return withBare ? ['—', '—', '—'] : ['—'];
      const keystone = formatValue(figure.keystone, figure.unit);
      return withBare ? [keystone, figure.bare === undefined ? '—' : formatValue(figure.bare, figure.unit), formatRatio(ratioOf(figure))] : [keystone];
    }),
  ]);
  return ['', `## ${SECTIONS[section]}`, '', table(['measurement', ...columns], rows)];
}

function growthTable(all: Figure[]): string[] {
  const figures = all.filter((f) => f.unit === 'ms' || f.unit === '/s');
  const sizes = [...new Set(figures.map((f) => f.size!))].sort((a, b) => a - b);
  if (sizes.length < 2) return [];
  const [small, large] = [sizes[0], sizes[sizes.length - 1]];
  const rows = [...new Set(figures.map((f) => f.key))].flatMap((key) => {
    const [from, to] = [small, large].map((size) => figures.find((f) => f.key === key && f.size === size));
    if (!from || !to) return [];
    return [[`${from.label} (${from.unit})`, formatValue(from.keystone, from.unit), formatValue(to.keystone, to.unit), formatRatio(to.keystone / from.keystone)]];
  });
  return ['', `## 7. Cost growth from N=${small} to N=${large} (Keystone)`, '', table(['measurement', `N=${small}`, `N=${large}`, 'growth'], rows)];
}

function unavailableTable({ unavailable }: BenchReport): string[] {
  if (unavailable.length === 0) return [];
  return ['', '## Not measured in this run', '', table(['measurement', 'why'], unavailable.map((u) => [u.label, u.reason]))];
}

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.map((cell) => cell.replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
