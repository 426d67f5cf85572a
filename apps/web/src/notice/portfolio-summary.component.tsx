import { percentText as percent } from '@keystone/domain';
import type { Notice } from '../api/api.types';
import { Link } from '../app/link.component';
import { useNames } from '../reference/reference-names.context';
import { LightBadge } from '../shared/light-badge.component';
import { formatWan as wan } from '../shared/amount-format';
import { TableHead } from '../shared/table-head.component';

/** 总体情况: 开工率, 竣工率 and 投资完成率 against 序时进度 (its light as counties practise it), late starts by name, then 督办 by county leader. */
export function PortfolioSummary({ notice }: { notice: Notice }) {
  const names = useNames();
  const { portfolio, leaders } = notice;
  return (
    <>
      <div className="summary-counts notice-figures" data-testid="portfolio">
        <div className="count-card count-done">
          <span className="count-number">{portfolio.projects}</span>
          <span className="count-label">在建项目</span>
        </div>
        <div className="count-card count-done" data-testid="start-rate">
          <span className="count-number">{percent(portfolio.startRate)}</span>
          <span className="count-label">
            开工率 · 应开工 {portfolio.startsDue} 个，已开工 {portfolio.started} 个
          </span>
        </div>
        <div className="count-card count-done">
          <span className="count-number">{percent(portfolio.completionRate)}</span>
          <span className="count-label">
            竣工率 · 应竣工 {portfolio.completionsDue} 个，已竣工 {portfolio.completed} 个
          </span>
        </div>
        <div className={`count-card count-${portfolio.investmentLight ?? 'done'}`} data-testid="investment-rate">
          <span className="count-number">{percent(portfolio.investmentRate)}</span>
          <span className="count-label">
            投资完成率 · 序时进度 {percent(portfolio.scheduledRate)}（按计划工期）· 已完成 {wan(portfolio.investedToDate)} / 计划 {wan(portfolio.plannedInvestment)}
          </span>
        </div>
        <div className={`count-card count-${portfolio.annualLight ?? 'done'}`} data-testid="annual-rate">
          <span className="count-number">{percent(portfolio.annualRate)}</span>
          <span className="count-label">
            {portfolio.annualPlan > 0
              ? `年度投资完成率 · 序时进度 ${percent(portfolio.yearElapsed)}（按时间）· 本年已完成 ${wan(portfolio.investedThisYear)} / 年度计划 ${wan(portfolio.annualPlan)}`
              : '年度投资完成率 · 尚未设定年度计划投资'}
            {portfolio.unplanned > 0 && portfolio.annualPlan > 0 && ` · ${portfolio.unplanned} 个项目未设年度计划`}
          </span>
        </div>
      </div>
      {portfolio.lateStarts.length > 0 && (
        <ul className="named-list" data-testid="late-starts">
          <li>
            <strong>计划开工滞后</strong> {portfolio.lateStarts.length} 个（滞后一个月黄灯，三个月红灯）：
            {portfolio.lateStarts.map((late) => (
              <span key={late.projectCode} className="named-item">
                <LightBadge light={late.light} /> <Link to={`/projects/${late.projectCode}`}>{late.projectName}</Link>，计划 {late.plannedStart} 开工，滞后{' '}
                {late.monthsLate} 个月（包抓县领导 {names.leader(late.leader)}）
              </span>
            ))}
          </li>
        </ul>
      )}
      <table className="compact-table notice-table" data-testid="leader-escalations">
        <TableHead columns={['包抓县领导', '本月红色督办', '其中升级集体协调']} />
        <tbody>
          {leaders.map((leader) => (
            <tr key={leader.leader} data-leader={leader.leader}>
              <td>{leader.name}</td>
              <td>{leader.red}</td>
              <td>{leader.secondLevel}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
