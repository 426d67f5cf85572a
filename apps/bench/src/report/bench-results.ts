export const SECTIONS = {
  registration: '1. Registration through the API vs bare workflow starts',
  decisions: '2. A department decision end to end vs a bare Update round trip',
  deadlines: '3. Deadlines falling due in the same second vs bare timers due together',
  'read-models': '4. Board and inboxes',
  rebuild: '5. Projection rebuild vs COPY of the same events',
  footprint: '6. Memory and disk',
} as const;

export type Section = keyof typeof SECTIONS;

export type Unit = 'ms' | 's' | '/s' | 'events/s' | 'MiB' | 'KiB' | 'count' | '%';

/** One measured figure: Keystone's value and, where the engine has one, the bare engine's in the same run. */
export interface Figure {
  key: string;
  section: Section;
  label: string;
  unit: Unit;
  keystone: number;
  /** The bare engine's counterpart; absent where there is none. */
  bare?: number;
  /** The portfolio size it was measured at, for figures that grow with it. */
  size?: number;
}

/** A figure this build cannot give, and why (a feature it does not have, a server it does not own). */
export interface Unavailable {
  key: string;
  section: Section;
  label: string;
  reason: string;
}

export interface TargetCheck {
  target: string;
  measured: string;
  /** null when the run could not judge it, e.g. a figure it could not measure. */
  met: boolean | null;
  note?: string;
}

export interface RunInfo {
  date: string;
  machine: string;
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
  temporalServer: string;
  postgres: string;
  mode: string;
  sizes: number[];
  deadlines: number;
  seconds: number;
  /** The machine's 1-minute load average when the run started and when it ended: other work on it shows here. */
  load: { start: number; end: number };
}

export interface BenchReport {
  run: RunInfo;
  figures: Figure[];
  unavailable: Unavailable[];
  targets: TargetCheck[];
}

/** What the phases have measured so far. */
export class BenchResults {
  readonly figures: Figure[] = [];
  readonly unavailable: Unavailable[] = [];

  add(...figures: Figure[]): void {
    this.figures.push(...figures);
  }

  missing(entry: Unavailable): void {
    this.unavailable.push(entry);
  }

  /** The figure, at the largest portfolio size it was measured at. */
  find(key: string): Figure | undefined {
    return this.figures.filter((figure) => figure.key === key).sort((a, b) => (b.size ?? 0) - (a.size ?? 0))[0];
  }
}
