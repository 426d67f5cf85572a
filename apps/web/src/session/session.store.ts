import type { Actor } from '../api/api.types';

export interface Session {
  token: string;
  actor: Actor;
}

type Listener = () => void;

const KEY = 'keystone.session';

/** The signed-in account, kept across reloads and tabs; ending it says why, so the login page can tell. */
class SessionStore {
  private current: Session | null = read();
  private endedBecause = '';
  private readonly listeners = new Set<Listener>();

  get session(): Session | null {
    return this.current;
  }

  get endReason(): string {
    return this.endedBecause;
  }

  start(session: Session): void {
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
    return JSON.parse(localStorage.getItem(KEY) ?? 'null') as Session | null;
  } catch {
    return null;
  }
}

export const sessionStore = new SessionStore();
