import { FormEvent, useState } from 'react';
import { apiPost } from '../api/api.client';
import type { Actor } from '../api/api.types';
import { landingOf } from '../app/landing';
import { navigate, useLocation } from '../app/router';
import { RefusalNotice } from '../shared/refusal-notice.component';
import { useAction } from '../shared/use-action.hook';
import { sessionStore } from './session.store';

/** Signs in and lands each role on its own page, or on the page the link pointed to. */
export function LoginPage() {
  const { path } = useLocation();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const login = useAction(async () => {
    const { accessToken, actor } = await apiPost<{ accessToken: string; actor: Actor }>('/api/auth/login', { username, password });
    sessionStore.start({ token: accessToken, actor });
    navigate(path === '/' || path === '/login' ? landingOf(actor.role) : path, { replace: true });
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void login.perform();
  };
  return (
    <main className="login">
      <form className="login-card" onSubmit={submit} aria-label="登录">
        <h1>重点项目攻坚管理平台</h1>
        <p className="muted">项目攻坚领导小组办公室 · 挂图作战 · 限时办结 · 逐级督办</p>
        {sessionStore.endReason && <p className="notice">{sessionStore.endReason}</p>}
        <label className="field">
          <span className="field-label">用户名</span>
          <input name="username" autoComplete="username" value={username} onChange={(event) => setUsername(event.target.value)} />
        </label>
        <label className="field">
          <span className="field-label">密码</span>
          <input name="password" type="password" autoComplete="current-password" value={password} onChange={(event) => setPassword(event.target.value)} />
        </label>
        {login.refusal && <RefusalNotice action="登录" refusal={login.refusal} />}
        <button type="submit" className="primary" disabled={login.pending}>
          {login.pending ? '正在登录…' : '登录'}
        </button>
      </form>
    </main>
  );
}
