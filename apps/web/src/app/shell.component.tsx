import { ReactNode } from 'react';
import type { Actor } from '../api/api.types';
import { LiveMode, POLL_INTERVAL_MS, useLiveMode } from '../live/live-updates.context';
import { useNames } from '../reference/reference-names.context';
import { sessionStore } from '../session/session.store';
import { ROLES } from '../shared/labels';
import { activeItem, navOf } from './landing';
import { Link } from './link.component';
import { useLocation } from './router';

const LIVE_LABELS: Record<LiveMode, string> = {
  connecting: '正在连接…',
  stream: '实时更新',
  polling: `每 ${POLL_INTERVAL_MS / 1000} 秒自动刷新`,
};

/** The frame of every signed-in page: the platform's name, the role's pages, who is signed in. */
export function Shell({ actor, children }: { actor: Actor; children: ReactNode }) {
  const { path, query } = useLocation();
  const nav = navOf(actor);
  const active = activeItem(nav, query.size ? `${path}?${query}` : path);
  const mode = useLiveMode();
  return (
    <div className="shell">
      <header className="masthead">
        <div className="masthead-title">
          <span className="emblem" aria-hidden="true">
            项
          </span>
          <span>重点项目攻坚管理平台</span>
        </div>
        <nav className="masthead-nav">
          {nav.map((item) => (
            <Link key={item.to} to={item.to} className={item === active ? 'active' : ''}>
              {item.label}
            </Link>
          ))}
        </nav>
        <div className="masthead-user">
          <span className={`live live-${mode}`} title="其他人的办理结果无需刷新页面即可显示">
            {LIVE_LABELS[mode]}
          </span>
          <span>
            <ActorName actor={actor} />
          </span>
          <button type="button" className="link-button" onClick={() => sessionStore.end()}>
            退出
          </button>
        </div>
      </header>
      <main className="page">{children}</main>
    </div>
  );
}

function ActorName({ actor }: { actor: Actor }) {
  const names = useNames();
  const unit = actor.department ? names.department(actor.department) : actor.leader ? names.leader(actor.leader) : actor.ownerUnit ? names.ownerUnit(actor.ownerUnit) : '';
  return (
    <>
      {ROLES[actor.role]}
      {unit && ` · ${unit}`}
      <span className="muted"> （{actor.username}）</span>
    </>
  );
}
