import { useState } from 'react';
import type { Actor, Alert, Page } from '../api/api.types';
import { useApi } from '../api/use-api.hook';
import { ProblemList } from '../problems/problem-list.component';
import { ALERT_STATUS } from '../shared/labels';
import { LoadState } from '../shared/load-state.component';
import { AlertCard } from './alert-card.component';
import { ChoiceFilter } from '../shared/choice-filter.component';

const HEADINGS: Partial<Record<Actor['role'], string>> = { 'county-leader': '领导督办', office: '督办事项', 'department-officer': '预警提醒' };

/** The API answers at most this many at once: open alerts first, the most severe and newest first within each status. */
const LIMIT = 500;

/** A leader's alerts (the API gives each person their own) with the actions on each, and the problems they raised. */
export function LeaderInboxPage({ actor }: { actor: Actor }) {
  const [status, setStatus] = useState('');
  const { data, error } = useApi<Page<Alert>>(`/api/alerts?order=urgency&limit=${LIMIT}${status ? `&status=${status}` : ''}`);
  const canAct = actor.role === 'county-leader' || actor.role === 'office';
  return (
    <>
      <div className="page-heading">
        <h1>{HEADINGS[actor.role] ?? '督办事项'}</h1>
        {data && (
          <span className="muted">
            共 {data.total} 件{data.total > data.items.length && `，显示最紧急的 ${data.items.length} 件`}
          </span>
        )}
        <ChoiceFilter label="状态" name="status" value={status} choices={Object.entries(ALERT_STATUS)} all="全部" onChange={setStatus} />
      </div>
      {data ? (
        <div className="alert-list">
          {data.items.length ? data.items.map((alert) => <AlertCard key={alert.id} alert={alert} canAct={canAct} />) : <p className="empty">没有督办事项。</p>}
        </div>
      ) : (
        <LoadState what="督办事项" error={error} />
      )}
      {canAct && (
        <section className="panel" aria-label="问题清单">
          <h2>问题清单 · 整改中</h2>
          <ProblemList query={`status=open&limit=500${actor.leader ? `&leader=${actor.leader}` : ''}`} canClose showProject />
        </section>
      )}
    </>
  );
}
