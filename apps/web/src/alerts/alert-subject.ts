import { YELLOWS_IN_A_ROW_RULE, alertGeneration } from '@keystone/domain';
import type { Alert } from '../api/api.types';
import { stageName } from '../shared/labels';

const SUBJECTS: Record<Exclude<Alert['subject']['kind'], 'stage'>, string> = {
  statutory: '办件法定时限',
  promised: '办件承诺时限',
  suspension: '项目暂停超过预计恢复日期',
  problem: '问题超过整改期限',
};

/** A stage's red comes over its limit, or before it when the warning before this one was a yellow too. */
const STAGE_LEVELS: Record<'yellow' | 'red' | 'early-red', string> = { yellow: '临近时限', red: '超时', 'early-red': '连续第二次预警（两黄变红）' };

/** What an alert is about, in a few words beside its explanation. */
export function alertSubject(alert: Pick<Alert, 'id' | 'subject' | 'level' | 'explanation'>): string {
  // An extension re-arms the ladder: the same level can come again, from the new deadline.
  const extended = alertGeneration(alert.id) > 1 ? '（延期后）' : '';
  if (alert.subject.kind !== 'stage') return SUBJECTS[alert.subject.kind] + extended;
  const level = alert.explanation.rule === YELLOWS_IN_A_ROW_RULE ? 'early-red' : alert.level === 'yellow' ? 'yellow' : 'red';
  return `${stageName(alert.subject.stage)}阶段${STAGE_LEVELS[level]}${extended}`;
}
