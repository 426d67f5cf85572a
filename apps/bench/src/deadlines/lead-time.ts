/**
 * How far ahead the common due instant is set: time to start every timer or register every project at the
 * given rate, with room for a slower moment, plus a margin.
 */
export function leadTimeMs(count: number, perSecond: number, marginMs: number): number {
  return Math.round((1.2 * count * 1000) / perSecond) + marginMs;
}

/** A rate measured in figure 1, or a cautious one when it could not be. */
export function measuredRate(perSecond: number | undefined): number {
  return perSecond && perSecond > 0 ? perSecond : 10;
}
