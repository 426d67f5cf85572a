import { apiPost, apiPut } from '../api/api.client';
import { withFieldLabels } from '../api/api-refusal.error';
import type { ProjectState } from '../api/api.types';
import { Command, CommandBar } from '../shared/command-bar.component';
import { formatWan as wan } from '../shared/amount-format';
import { currentMonth } from '../shared/time-format';

/** Who may do what here: the owner (or the office) reports a month; the office, which draws up the county's annual investment plan, sets a year's. */
export interface InvestmentRights {
  report: boolean;
  plan: boolean;
}

/**
 * 投资月报: the months reported, newest first, and what they add up to against the planned total; each year's
 * planned investment (年度计划投资) and how much of it is done. The owner (or the office) reports here; the office
 * sets a year's plan.
 */
export function InvestmentReports({ project, may, onChanged }: { project: ProjectState; may: InvestmentRights; onChanged: () => void }) {
  const months = Object.entries(project.investmentByMonth).sort(([a], [b]) => b.localeCompare(a));
  const plans = Object.entries(project.annualPlans ?? {}).sort(([a], [b]) => b.localeCompare(a));
  const doneIn = (year: string) => months.filter(([month]) => month.startsWith(`${year}-`)).reduce((sum, [, amount]) => sum + amount, 0);
  const completed = months.reduce((sum, [, amount]) => sum + amount, 0);
  const share = Math.round((completed / project.profile.totalInvestment) * 100);
  const commands = [...(may.plan ? [annualPlanCommand(project)] : []), ...(may.report ? [monthlyReportCommand(project)] : [])];
  return (
    <section className="panel" aria-label="投资月报">
      <h2>投资月报</h2>
      <p data-testid="investment-completed">
        累计完成投资 {wan(completed)}，占计划总投资 {share}%
      </p>
      {plans.length > 0 && (
        <ul className="plain-list" data-testid="annual-plans">
          {plans.map(([year, amount]) => (
            <li key={year} data-year={year}>
              {year} 年计划投资 {wan(amount)}，已完成 {wan(doneIn(year))}
              {amount > 0 && `（${Math.round((doneIn(year) / amount) * 100)}%）`}
            </li>
          ))}
        </ul>
      )}
      {months.length ? (
        <table className="compact-table">
          <tbody>
            {months.map(([month, amount]) => (
              <tr key={month} data-month={month}>
                <td>{month}</td>
                <td>{wan(amount)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="empty">尚未填报投资月报。</p>
      )}
      {commands.length > 0 && <CommandBar onDone={onChanged} commands={commands} />}
    </section>
  );
}

/** An amount as typed: left empty, it is left out, for the API to say it is required. */
function amountOf(typed: string): number | undefined {
  return typed === '' ? undefined : Number(typed);
}

function monthlyReportCommand(project: ProjectState): Command {
  return {
    label: '填报投资月报',
    fields: [
      { name: 'month', label: '填报月份', kind: 'month', initial: currentMonth(), hint: '已填报的月份再次填报即为更正' },
      { name: 'amount', label: '当月完成投资（万元）', kind: 'number' },
      { name: 'note', label: '形象进度', kind: 'textarea' },
    ],
    submit: ({ month, amount, note }) => apiPost(`/api/projects/${encodeURIComponent(project.code)}/investment-reports`, { month, amount: amountOf(amount), note }),
  };
}

/** The plan form's words for the fields the API names. */
const PLAN_FIELDS: Record<string, string> = { year: '年度', amount: '年度计划投资', note: '依据' };

function annualPlanCommand(project: ProjectState): Command {
  const year = currentMonth().slice(0, 4);
  return {
    label: '设定年度计划投资',
    fields: [
      { name: 'year', label: '年度', kind: 'number', initial: year },
      { name: 'amount', label: '年度计划投资（万元）', kind: 'number', initial: project.annualPlans?.[year] === undefined ? '' : String(project.annualPlans[year]) },
      { name: 'note', label: '依据', kind: 'text', hint: '如 县重点项目年度投资计划' },
    ],
    submit: ({ year: planned, amount, note }) =>
      withFieldLabels(apiPut(`/api/projects/${encodeURIComponent(project.code)}/annual-plans/${encodeURIComponent(planned)}`, { amount: amountOf(amount), note }), (field) => PLAN_FIELDS[field]),
  };
}
