import type { Actor } from '../api/api.types';

export interface Session {
  token: string;
  actor: Actor;
  /** When the token arrived, by this PC's clock (ms). */
  receivedAt: number;
}

type Listener = () => void;

const KEY = 'keystone.session';

/** The signed-in account, kept across reloads and shared by the tabs; ending it says why, so the login page can tell. */
class SessionStore {
  private current: Session | null = read();
  private endedBecause = '';
  private readonly listeners = new Set<Listener>();
  /** When the holder last clicked or typed on the page (ms): a session is kept alive by use, not by an open tab or a reload. */
  private usedAt = 0;

  constructor() {
    // `input` as well: text from an input method or a paste may come without a keydown.
    for (const kind of ['pointerdown', 'keydown', 'input'] as const) window.addEventListener(kind, () => (this.usedAt = Date.now()), { capture: true, passive: true });
    // Another tab signed in, renewed the token or signed out: every tab follows, so one in use keeps them all signed in.
    window.addEventListener('storage', (event) => event.key === KEY && this.set(read()));
  }

  get lastUse(): number {
    return this.usedAt;
  }

  get session(): Session | null {
    return this.current;
  }

  get endReason(): string {
    return this.endedBecause;
  }

  start(signedIn: Omit<Session, 'receivedAt'>): void {
    const session = { ...signedIn, receivedAt: Date.now() };
    localStorage.setItem(KEY, JSON.stringify(session));
    this.endedBecause = '';
    this.set(session);
  }

  end(reason = ''): void {
    localStorage.removeItem(KEY);
    this.endedBecause = reason;
    this.set(null);
  }

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(session: Session | null): void {
    this.current = session;
    this.listeners.forEach((listener) => listener());
  }
}

function read(): Session | null {
  try {
    const stored = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Session | null;
    // Kept by an earlier version of the page: timed from now, which may renew it sooner than needed, never later.
    return stored && { ...stored, receivedAt: stored.receivedAt ?? Date.now() };
  } catch {
    return null;
  }
}

export const sessionStore = new SessionStore();
