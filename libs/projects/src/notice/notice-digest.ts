import { Ranked, percentText as percent, periodTitle } from '@keystone/domain';
import { NoticeDigest, pageLink } from '../delivery/robot-message';
import type { Notice } from './notice.service';

/** What the group robots are told when a notice is issued: its title, the county's figures, who is praised, named and summoned. */
export function noticeDigest(notice: Notice, publicUrl: string | undefined): NoticeDigest {
  const { portfolio } = notice;
  const units: Ranked<{ name: string }>[] = [...notice.departments, ...notice.townships];
  const withVerdict = (verdict: string) => units.filter((unit) => unit.verdict === verdict).map((unit) => unit.name);
  return {
    title: `${periodTitle(notice.period)}重点项目推进情况通报`,
    figures: `在建项目 ${portfolio.projects} 个，开工率 ${percent(portfolio.startRate)}，竣工率 ${percent(portfolio.completionRate)}，投资完成率 ${percent(portfolio.investmentRate)}（序时进度 ${percent(portfolio.scheduledRate)}）`,
    praised: withVerdict('praised'),
    named: withVerdict('named'),
    summoned: withVerdict('summoned'),
    link: pageLink(publicUrl, `/notice?period=${encodeURIComponent(notice.period)}`),
  };
}
