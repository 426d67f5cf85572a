import { apiPost } from '../api/api.client';
import type { ProjectState } from '../api/api.types';
import { CommandBar } from '../shared/command-bar.component';
import { formatWan as wan } from '../shared/amount-format';
import { currentMonth } from '../shared/time-format';

/** 投资月报: the months reported, newest first, and what they add up to against the planned total; the owner (or the office) reports here. */
export function InvestmentReports({ project, canReport, onReported }: { project: ProjectState; canReport: boolean; onReported: () => void }) {
  const months = Object.entries(project.investmentByMonth).sort(([a], [b]) => b.localeCompare(a));
  const completed = months.reduce((sum, [, amount]) => sum + amount, 0);
  const share = Math.round((completed / project.profile.totalInvestment) * 100);
  const path = `/api/projects/${encodeURIComponent(project.code)}/investment-reports`;
  return (
    <section className="panel" aria-label="投资月报">
      <h2>投资月报</h2>
      <p data-testid="investment-completed">
        累计完成投资 {wan(completed)}，占计划总投资 {share}%
      </p>
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
      {canReport && (
        <CommandBar
          onDone={onReported}
          commands={[
            {
              label: '填报投资月报',
              fields: [
                { name: 'month', label: '填报月份', kind: 'month', initial: currentMonth(), hint: '已填报的月份再次填报即为更正' },
                { name: 'amount', label: '当月完成投资（万元）', kind: 'number' },
                { name: 'note', label: '形象进度', kind: 'textarea' },
              ],
              submit: ({ month, amount, note }) => apiPost(path, { month, amount: amount === '' ? undefined : Number(amount), note }),
            },
          ]}
        />
      )}
    </section>
  );
}
