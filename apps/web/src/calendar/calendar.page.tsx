import { FormEvent, useState } from 'react';
import { beijingDate } from '@keystone/domain';
import { apiPut } from '../api/api.client';
import { withFieldLabels } from '../api/api-refusal.error';
import type { Actor, CalendarCoverageView, CalendarYearView } from '../api/api.types';
import { useApi } from '../api/use-api.hook';
import { navigate, useLocation } from '../app/router';
import { LoadState } from '../shared/load-state.component';
import { RefusalNotice } from '../shared/refusal-notice.component';
import { formatDateTime } from '../shared/time-format';
import { useAction } from '../shared/use-action.hook';
import { UnreadLine, readScheduleLines, scheduleText } from './schedule-lines';
import { YearGrid } from './year-grid.component';
import { ChoiceFilter } from '../shared/choice-filter.component';

// As the API allows: the operator keeps the calendar, the office may correct it, an administrator reads it.
export const CALENDAR_READERS: Actor['role'][] = ['office', 'operator', 'admin'];
const EDITORS: Actor['role'][] = ['office', 'operator'];

/**
 * 工作日历: the working-day calendar every time limit is counted on. The operator sees which years lack the State
 * Council's schedule (their deadlines assume Monday to Friday), checks a year on a wall calendar, and enters or
 * corrects one; running projects' deadlines are then planned again on it.
 */
export function CalendarPage({ actor }: { actor: Actor }) {
  const { query } = useLocation();
  const coverage = useApi<CalendarCoverageView>('/api/calendar', { live: false });
  if (!coverage.data) return <LoadState what="工作日历" error={coverage.error} />;
  const { missingYears, unconfirmedYears, version } = coverage.data;
  const years = [...new Set([...coverage.data.years.map((covered) => covered.year), ...missingYears])].sort((a, b) => b - a);
  const year = Number(query.get('year')) || missingYears[0] || Number(beijingDate(new Date()).slice(0, 4));
  return (
    <>
      <div className="page-heading">
        <h1>工作日历</h1>
        <span className="muted">办理时限按此日历计算：周末与法定节假日不计，调休上班日计入 · 数据版本 {version}</span>
      </div>
      {missingYears.map((missing) => (
        <p key={missing} className="notice" data-testid="missing-year">
          尚未录入 {missing} 年节假日安排：落在该年的办理期限暂按周一至周五计算。国务院办公厅通知发布后请在此录入，在办项目的期限将自动重算。
        </p>
      ))}
      {unconfirmedYears.length > 0 && (
        <p className="muted" data-testid="unconfirmed-years">
          {unconfirmedYears.join('、')} 年的安排尚未按国务院办公厅通知核对确认。
        </p>
      )}
      <ChoiceFilter
        label="年份"
        name="year"
        value={String(year)}
        choices={[...new Set([year, ...years])].map((option) => [String(option), `${option} 年${missingYears.includes(option) ? '（未录入）' : ''}`] as const)}
        onChange={(chosen) => navigate(`/calendar?year=${chosen}`)}
      />
      <YearSchedule key={year} year={year} canEdit={EDITORS.includes(actor.role)} onSaved={coverage.reload} />
    </>
  );
}

function YearSchedule({ year, canEdit, onSaved }: { year: number; canEdit: boolean; onSaved: () => void }) {
  const schedule = useApi<CalendarYearView>(`/api/calendar/${year}`, { live: false });
  const absent = schedule.error?.status === 404;
  if (!schedule.data && !absent) return <LoadState what={`${year} 年日历`} error={schedule.error} />;
  const saved = () => {
    schedule.reload();
    onSaved();
  };
  return (
    <section className="panel" aria-label={`${year} 年日历`}>
      {schedule.data ? (
        <>
          <p className="muted" data-testid="year-source">
            {schedule.data.confirmed ? '已按通知确认' : '未确认'} · 依据：{schedule.data.source} · {schedule.data.updatedBy} 于 {formatDateTime(schedule.data.updatedAt)} 录入
            {schedule.data.region && ` · 含本地区（${schedule.data.region}）增减的日子`}
          </p>
          <YearGrid schedule={schedule.data} />
        </>
      ) : (
        <p className="empty">尚无 {year} 年的节假日安排，该年按周一至周五计算。</p>
      )}
      {canEdit && <ScheduleForm year={year} stored={schedule.data} onSaved={saved} />}
    </section>
  );
}

interface ScheduleBody {
  holidays: string[];
  makeUpWorkdays: string[];
  confirmed: boolean;
  source: string;
}

const LISTS = { holidays: '放假日期', makeUpWorkdays: '调休上班日期' } as const;
const LISTED = /^(holidays|makeUpWorkdays)\[(\d+)\]$/;

/** The API names a listed date by its place in the list sent; the form's lines hold spans, so the date itself is named. */
function listedDate(body: ScheduleBody) {
  return (field: string): string | undefined => {
    const [, list, index] = LISTED.exec(field) ?? [];
    const key = list as keyof typeof LISTS | undefined;
    return key && `${LISTS[key]} ${body[key][Number(index)]}`;
  };
}

function ScheduleForm({ year, stored, onSaved }: { year: number; stored?: CalendarYearView; onSaved: () => void }) {
  const [holidays, setHolidays] = useState(stored ? scheduleText(stored.holidays) : '');
  const [makeUpWorkdays, setMakeUpWorkdays] = useState(stored ? scheduleText(stored.makeUpWorkdays) : '');
  const [source, setSource] = useState(stored?.source ?? '');
  const [confirmed, setConfirmed] = useState(stored?.confirmed ?? false);
  const [unread, setUnread] = useState<{ list: string; line: UnreadLine }[]>([]);
  const [done, setDone] = useState('');
  const action = useAction((body: ScheduleBody) => withFieldLabels(apiPut(`/api/calendar/${year}`, body), listedDate(body)));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone('');
    const read = { holidays: readScheduleLines(holidays), makeUpWorkdays: readScheduleLines(makeUpWorkdays) };
    const lines = (Object.keys(LISTS) as (keyof typeof LISTS)[]).flatMap((key) => read[key].unread.map((line) => ({ list: LISTS[key], line })));
    setUnread(lines);
    if (lines.length) return;
    if (await action.perform({ holidays: read.holidays.dates, makeUpWorkdays: read.makeUpWorkdays.dates, confirmed, source })) {
      setDone(`${year} 年节假日安排已保存；在办项目的期限按新安排重算，有变动的记入其事件记录。`);
      onSaved();
    }
  };
  return (
    <form className="calendar-form" onSubmit={(event) => void submit(event)} aria-label={`录入 ${year} 年节假日安排`}>
      <h2>{stored ? `更正 ${year} 年节假日安排` : `录入 ${year} 年节假日安排`}</h2>
      <p className="muted small">每行一个日期或一段日期，如「春节：{year}-02-06 至 {year}-02-14」；放假日期照通知列全（含周末），调休上班日期只列上班的周末。</p>
      <div className="calendar-lists">
        <label className="field">
          <span className="field-label">放假日期</span>
          <textarea name="holidays" rows={10} value={holidays} onChange={(event) => setHolidays(event.target.value)} />
        </label>
        <label className="field">
          <span className="field-label">调休上班日期</span>
          <textarea name="makeUpWorkdays" rows={10} value={makeUpWorkdays} onChange={(event) => setMakeUpWorkdays(event.target.value)} />
        </label>
      </div>
      <label className="field">
        <span className="field-label">依据</span>
        <input name="source" value={source} onChange={(event) => setSource(event.target.value)} placeholder="如 国办发明电〔2026〕X号" />
      </label>
      <label className="field checkbox">
        <input type="checkbox" name="confirmed" checked={confirmed} onChange={(event) => setConfirmed(event.target.checked)} />
        <span>已逐日核对国务院办公厅通知（确认）</span>
      </label>
      {unread.length > 0 && (
        <div className="refusal" role="alert">
          <p className="refusal-title">以下各行未能识别为日期，请改为 YYYY-MM-DD 或「YYYY-MM-DD 至 YYYY-MM-DD」：</p>
          <ul>
            {unread.map(({ list, line }) => (
              <li key={`${list}:${line.line}`}>
                {list} 第 {line.line} 行：{line.text}
              </li>
            ))}
          </ul>
        </div>
      )}
      {action.refusal && <RefusalNotice action={`保存 ${year} 年安排`} refusal={action.refusal} />}
      {done && (
        <p className="success" role="status">
          {done}
        </p>
      )}
      <div className="form-buttons">
        <button type="submit" className="primary" disabled={action.pending}>
          {action.pending ? '保存中…' : `保存 ${year} 年安排`}
        </button>
      </div>
    </form>
  );
}
