import type { TimeLimit } from '../api/api.types';

export const DAY_MS = 86_400_000;

/** ISO 8601 durations as templates write them (demonstration and test templates use them instead of working days). */
const DURATION = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

const UNITS: { name: string; ms: number }[] = [
  { name: '周', ms: 7 * DAY_MS },
  { name: '天', ms: DAY_MS },
  { name: '小时', ms: 3_600_000 },
  { name: '分钟', ms: 60_000 },
  { name: '秒', ms: 1000 },
];

function durationParts(duration: string): number[] {
  const [, ...parts] = DURATION.exec(duration) ?? [];
  return UNITS.map((_, index) => Number(parts[index] ?? 0));
}

export function durationMs(duration: string): number {
  return durationParts(duration).reduce((sum, count, index) => sum + count * UNITS[index].ms, 0);
}

/** A limit in the words of the page: 10 个工作日, or 5 分钟（演示时长） for a duration. */
export function describeLimit(limit: TimeLimit): string {
  if ('workingDays' in limit) return `${limit.workingDays} 个工作日`;
  const parts = durationParts(limit.duration).flatMap((count, index) => (count ? [`${count} ${UNITS[index].name}`] : []));
  return `${parts.length ? parts.join(' ') : limit.duration}（演示时长）`;
}
