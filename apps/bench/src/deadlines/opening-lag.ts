/**
 * How long after its registration was sent a project's first stage opened, lately: a stage opens when its
 * workflow's first task runs, so a limit counted from the request would land that much late.
 */
export class OpeningLag {
  private readonly recent: number[] = [];

  constructor(private readonly window = 20) {}

  record(millis: number): void {
    this.recent.push(millis);
    if (this.recent.length > this.window) this.recent.shift();
  }

  /** The median of the recent lags; zero before the first. */
  expected(): number {
    if (this.recent.length === 0) return 0;
    const sorted = [...this.recent].sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)];
  }
}
