import { parse } from 'iso8601-duration';
import type { TimeLimit } from '../api/api.types';

const UNITS = [
  ['weeks', '周'],
  ['days', '天'],
  ['hours', '小时'],
  ['minutes', '分钟'],
  ['seconds', '秒'],
] as const;

/** A limit in the words of the page: 10 个工作日, or 5 分钟（演示时长） for a duration (demonstration and test templates). */
export function describeLimit(limit: TimeLimit): string {
  if ('workingDays' in limit) return `${limit.workingDays} 个工作日`;
  return `${durationWords(limit.duration) ?? limit.duration}（演示时长）`;
}

function durationWords(duration: string): string | undefined {
  try {
    const parts = parse(duration);
    return UNITS.flatMap(([unit, word]) => (parts[unit] ? [`${parts[unit]} ${word}`] : [])).join(' ') || undefined;
  } catch {
    return undefined;
  }
}
