import { Figure, Unit } from './bench-results';

const DIGITS: Record<Unit, number> = { ms: 1, s: 2, '/s': 1, 'events/s': 0, MiB: 1, KiB: 1, count: 0, '%': 1 };

/** A figure's value as the markdown and the console show it: fixed digits per unit, no grouping. */
export function formatValue(value: number, unit: Unit): string {
  return value.toFixed(DIGITS[unit]);
}

/** Units whose ratio says something: times and rates, not counts or shares. */
const COMPARABLE: Unit[] = ['ms', 's', '/s', 'events/s', 'MiB', 'KiB'];

/** Keystone's value over the bare engine's, where both exist, the bare one is not zero and the unit compares. */
export function ratioOf(figure: Figure): number | undefined {
  if (figure.bare === undefined || figure.bare === 0 || !COMPARABLE.includes(figure.unit)) return undefined;
  return figure.keystone / figure.bare;
}

export function formatRatio(ratio: number | undefined): string {
  return ratio === undefined ? '—' : `${ratio.toFixed(2)}×`;
}
