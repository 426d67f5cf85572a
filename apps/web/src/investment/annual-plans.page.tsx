import { FormEvent, useState } from 'react';
import { percentText as percent } from '@keystone/domain';
import { apiPut } from '../api/api.client';
import { ApiRefusal } from '../api/api-refusal.error';
import type { Actor, AnnualPlanRow, AnnualPlanSheet } from '../api/api.types';
import { useApi } from '../api/use-api.hook';
import { Link } from '../app/link.component';
import { navigate, useLocation } from '../app/router';
import { useNames } from '../reference/reference-names.context';
import { formatWan as wan } from '../shared/amount-format';
import { ChoiceFilter } from '../shared/choice-filter.component';
import { readableReason } from '../shared/labels';
import { LoadState } from '../shared/load-state.component';
import { TableHead } from '../shared/table-head.component';
import { currentMonth } from '../shared/time-format';

// As the API allows: the office sets the plans, leaders read them, owners read their own projects'.
export const ANNUAL_PLAN_READERS: Actor['role'][] = ['office', 'county-leader', 'owner'];

/** What became of one row's new figure. */
type Outcome = { saved: true } | { saved: false; reason: string };

/**
 * 年度计划投资: the year's plan for every project under way on one sheet, as the office draws it up at the start of
 * a year (and adjusts it mid-year); each figure saved goes to its project, and what was refused is said on its row.
 */
export function AnnualPlansPage({ actor }: { actor: Actor }) {
  const { query } = useLocation();
  const thisYear = Number(currentMonth().slice(0, 4));
  const year = Number(query.get('year')) || thisYear;
  const sheet = useApi<AnnualPlanSheet>(`/api/annual-plans?year=${year}`, { keepPrevious: true });
  const years = [thisYear + 1, thisYear, thisYear - 1, thisYear - 2];
  return (
    <>
      <div className="page-heading">
        <h1>年度计划投资</h1>
        <ChoiceFilter
          label="年度"
          name="year"
          value={String(year)}
          choices={[...new Set([year, ...years])].map((option) => [String(option), `${option} 年`] as const)}
          onChange={(chosen) => navigate(`/annual-plans?year=${chosen}`)}
        />
        {sheet.data && (
          <span className="muted" data-testid="plan-totals">
            在建项目 {sheet.data.projects} 个，已定计划 {sheet.data.planned} 个，计划合计 {wan(sheet.data.plannedInvestment)}，本年已完成 {wan(sheet.data.investedThisYear)}（
            {percent(sheet.data.plannedInvestment ? sheet.data.investedThisYear / sheet.data.plannedInvestment : undefined)}）
          </span>
        )}
      </div>
      {!sheet.data && <LoadState what="年度计划" error={sheet.error} />}
      {sheet.data && sheet.data.year === year && <PlanSheet key={year} sheet={sheet.data} editable={actor.role === 'office'} onSaved={sheet.reload} />}
    </>
  );
}

function PlanSheet({ sheet, editable, onSaved }: { sheet: AnnualPlanSheet; editable: boolean; onSaved: () => void }) {
  const names = useNames();
  // Only what was typed; a row untouched (or new on the sheet since it opened: it follows changes live) shows its plan.
  const [typed, setTyped] = useState<Record<string, string>>({});
  const typedOf = (row: AnnualPlanRow) => (typed[row.projectCode] ?? planText(row)).trim();
  const [outcomes, setOutcomes] = useState<Record<string, Outcome>>({});
  const [saving, setSaving] = useState(false);
  const changed = sheet.items.filter((row) => typedOf(row) !== '' && typedOf(row) !== planText(row));
  const save = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    const results: Record<string, Outcome> = {};
    // One project after another: a sheet is saved a few times a year, and each figure is its project's own command.
    for (const row of changed) results[row.projectCode] = await savePlan(row.projectCode, sheet.year, typedOf(row));
    setOutcomes(results);
    setSaving(false);
    onSaved();
  };
  const saved = Object.values(outcomes).filter((outcome) => outcome.saved).length;
  const refused = Object.keys(outcomes).length - saved;
  return (
    <form onSubmit={(event) => void save(event)} aria-label="年度投资计划">
      <table className="compact-table">
        <TableHead columns={['项目', '乡镇/街道', '项目业主', '总投资', `${sheet.year} 年计划投资（万元）`, '本年已完成', '']} />
        <tbody>
          {sheet.items.map((row) => (
            <tr key={row.projectCode} data-project={row.projectCode}>
              <td>
                <Link to={`/projects/${row.projectCode}`}>{row.projectName}</Link>
              </td>
              <td>{names.township(row.township)}</td>
              <td>{names.ownerUnit(row.ownerUnit)}</td>
              <td>{wan(row.totalInvestment)}</td>
              <td data-label="计划投资">
                {editable ? (
                  <input
                    aria-label={`${row.projectName} · 计划投资`}
                    inputMode="decimal"
                    value={typed[row.projectCode] ?? planText(row)}
                    onChange={(event) => setTyped((before) => ({ ...before, [row.projectCode]: event.target.value }))}
                  />
                ) : row.plan === null ? (
                  '未定'
                ) : (
                  wan(row.plan)
                )}
              </td>
              <td>{wan(row.investedThisYear)}</td>
              <td data-label="结果">{outcomes[row.projectCode] && <OutcomeText outcome={outcomes[row.projectCode]} />}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {editable && (
        <div className="form-buttons">
          <button type="submit" className="primary" disabled={saving || changed.length === 0}>
            {saving ? '保存中…' : `保存修改（${changed.length} 个项目）`}
          </button>
          <span className="muted small">计划一经设定不能清空，可改为 0；每个项目的计划记入其事件记录。</span>
        </div>
      )}
      {Object.keys(outcomes).length > 0 && (
        <p className={refused ? 'refusal' : 'success'} role="status">
          已保存 {saved} 个项目的计划{refused > 0 && `，${refused} 个未保存，原因见各行`}。
        </p>
      )}
    </form>
  );
}

function OutcomeText({ outcome }: { outcome: Outcome }) {
  return outcome.saved ? <span className="ontime">已保存</span> : <span className="overdue">未保存：{outcome.reason}</span>;
}

async function savePlan(code: string, year: number, typed: string): Promise<Outcome> {
  try {
    await apiPut(`/api/projects/${encodeURIComponent(code)}/annual-plans/${year}`, { amount: Number(typed) });
    return { saved: true };
  } catch (error) {
    if (!(error instanceof ApiRefusal)) throw error;
    return { saved: false, reason: readableReason(error.problems[0]?.reason ?? error.message) };
  }
}

function planText(row: AnnualPlanRow): string {
  return row.plan === null ? '' : String(row.plan);
}
