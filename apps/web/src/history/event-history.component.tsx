import type { DomainHistoryEntry, ProjectHistory, WorkflowHistoryEntry } from '../api/api.types';

type Entry = ProjectHistory['entries'][number];
import { ReferenceNames, useNames } from '../reference/reference-names.context';
import { ROLES } from '../shared/labels';
import { formatDateTime } from '../shared/time-format';
import { describeEvent } from './event-descriptions';

const WORKFLOW_KINDS: Record<string, string> = {
  'workflow-started': '工作流启动',
  'workflow-completed': '工作流结束',
  'workflow-continued-as-new': '工作流续新',
  'timer-started': '定时器启动',
  'timer-fired': '定时器触发',
  'timer-canceled': '定时器取消',
  'update-accepted': '更新受理',
  'update-completed': '更新完成',
  'update-rejected': '更新拒绝',
  'local-activity': '本地活动',
  'activity-scheduled': '活动排队',
  'activity-started': '活动开始',
  'activity-completed': '活动完成',
  'activity-failed': '活动失败',
};

/** A project's history in time order: domain events in words and workflow events; `detailed` adds each event as stored. */
export function EventHistory({ entries, detailed }: { entries: Entry[]; detailed: boolean }) {
  if (!entries.length) return <p className="empty">没有记录。</p>;
  return (
    <ol className="history">
      {entries.map((entry) => (entry.source === 'domain' ? <DomainEntry key={`d${entry.streamVersion}`} entry={entry} raw={detailed} /> : <WorkflowEntry key={`w${entry.runId}:${entry.eventId}`} entry={entry} />))}
    </ol>
  );
}

function DomainEntry({ entry, raw }: { entry: DomainHistoryEntry; raw: boolean }) {
  const names = useNames();
  return (
    <li className="history-entry history-domain" data-type={entry.type}>
      <time>{formatDateTime(entry.at)}</time>
      <div>
        <p>{describeEvent(entry.type, entry.event.data, names, entry.summary)}</p>
        <p className="muted small">
          {entry.type} · 第 {entry.streamVersion} 条 · {actorLabel(entry.actor, names)}
        </p>
        {raw && (
          <details>
            <summary>事件原文</summary>
            <pre>{JSON.stringify(entry.event, null, 2)}</pre>
          </details>
        )}
      </div>
    </li>
  );
}

/** The API describes an actor as `username (role)` or `system:rule`; people read a name and a role, or 系统. */
function actorLabel(actor: string, names: ReferenceNames): string {
  const user = /^(.*) \((.+)\)$/.exec(actor);
  if (user) return `${names.readable(user[1])}（${ROLES[user[2] as keyof typeof ROLES] ?? user[2]}）`;
  return actor.startsWith('system:') ? `系统规则（${actor.slice('system:'.length)}）` : actor;
}

function WorkflowEntry({ entry }: { entry: WorkflowHistoryEntry }) {
  return (
    <li className="history-entry history-workflow" data-kind={entry.kind}>
      <time>{formatDateTime(entry.at)}</time>
      <div>
        <p>
          <span className="tag">{WORKFLOW_KINDS[entry.kind] ?? entry.kind}</span> {entry.summary}
        </p>
        <p className="muted small">
          工作流事件 #{entry.eventId}
          {entry.attempt && entry.attempt > 1 ? ` · 第 ${entry.attempt} 次尝试` : ''}
        </p>
      </div>
    </li>
  );
}
