import { Ranked, periodTitle, portfolioSummaryText } from '@keystone/domain';
import { NoticeDigest, pageLink } from '../delivery/robot-message';
import type { Notice } from './notice.service';

/** What the group robots are told when a notice is issued: its title, the county's figures, who is praised, named and summoned. */
export function noticeDigest(notice: Notice, publicUrl: string | undefined): NoticeDigest {
  const units: Ranked<{ name: string }>[] = [...notice.departments, ...notice.townships];
  const withVerdict = (verdict: string) => units.filter((unit) => unit.verdict === verdict).map((unit) => unit.name);
  return {
    title: `${periodTitle(notice.period)}重点项目推进情况通报`,
    figures: portfolioSummaryText(notice.portfolio),
    praised: withVerdict('praised'),
    named: withVerdict('named'),
    summoned: withVerdict('summoned'),
    link: pageLink(publicUrl, `/notice?period=${encodeURIComponent(notice.period)}`),
  };
}
