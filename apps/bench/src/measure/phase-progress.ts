import { Presets, SingleBar } from 'cli-progress';

/**
 * One phase's progress bar on a terminal; elsewhere (CI, a test's pipe) a line when the phase starts
 * and one when it ends, since bars draw only on a TTY.
 */
export class PhaseProgress {
  private readonly started = Date.now();

  private constructor(
    private readonly label: string,
    private readonly bar: SingleBar | undefined,
  ) {}

  static start(label: string, total: number, unit: string): PhaseProgress {
    if (!process.stdout.isTTY) {
      console.log(`▸ ${label} (${total} ${unit})`);
      return new PhaseProgress(label, undefined);
    }
    const bar = new SingleBar({ format: `${label.padEnd(34)} [{bar}] {value}/{total} ${unit} | {duration_formatted}`, hideCursor: true }, Presets.shades_classic);
    bar.start(total, 0);
    return new PhaseProgress(label, bar);
  }

  tick = (count = 1): void => {
    this.bar?.increment(count);
  };

  setTotal(total: number): void {
    this.bar?.setTotal(total);
  }

  done(summary = ''): void {
    this.bar?.stop();
    const seconds = ((Date.now() - this.started) / 1000).toFixed(1);
    console.log(`  ✓ ${this.label}: ${summary ? `${summary}, ` : ''}${seconds} s`);
  }
}
