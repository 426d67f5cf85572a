import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Client, Notification } from 'pg';
import { Observable, ReplaySubject, Subject } from 'rxjs';
import { KeystoneConfig } from '@keystone/config';

/** The channel every append announces itself on (the events table's trigger, migration LiveChangeTrigger). */
export const LIVE_CHANNEL = 'keystone_events';

/** What an append announces when it commits. */
export interface ProjectChange {
  projectCode: string;
  globalPosition: string;
  types: string[];
}

const RECONNECT_DELAY_MS = 1_000;

/**
 * The API process's one connection listening on the live channel, fanned out to every open page. It is a
 * connection of its own, outside the pool: LISTEN holds it for the life of the process.
 */
@Injectable()
export class LiveEventsListener implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(LiveEventsListener.name);
  private readonly subject = new Subject<ProjectChange>();
  private readonly shutdown = new ReplaySubject<void>(1);
  private client?: Client;
  private reconnectTimer?: NodeJS.Timeout;
  private stopped = false;

  /** Every change committed from now on; completes when the process shuts down. */
  readonly changes: Observable<ProjectChange> = this.subject.asObservable();

  /** Emits once, when the process shuts down. */
  readonly closed: Observable<void> = this.shutdown.asObservable();

  constructor(private readonly config: KeystoneConfig) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.connect();
  }

  /** Completing first ends every open stream, so the HTTP server has no response left to wait for. */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.reconnectTimer);
    this.shutdown.next();
    this.subject.complete();
    const client = this.client;
    this.client = undefined;
    await client?.query(`UNLISTEN ${LIVE_CHANNEL}`).catch(() => undefined);
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const client = new Client({ connectionString: this.config.DATABASE_URL });
    client.on('notification', (message) => this.publish(message));
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client));
    await client.connect();
    await client.query(`LISTEN ${LIVE_CHANNEL}`);
    if (this.stopped) {
      await client.end();
      return;
    }
    this.client = client;
  }

  private publish({ channel, payload }: Notification): void {
    if (channel !== LIVE_CHANNEL || !payload) return;
    try {
      this.subject.next(JSON.parse(payload) as ProjectChange);
    } catch (error) {
      this.logger.error(`unreadable notification on ${LIVE_CHANNEL}: ${(error as Error).message}`);
    }
  }

  /** Open pages miss the changes made while the connection is down; they see them on their next read. */
  private lost(client: Client, error?: Error): void {
    if (this.stopped || client !== this.client) return;
    this.client = undefined;
    client.end().catch(() => undefined);
    this.logger.warn(`lost the ${LIVE_CHANNEL} listener${error ? `: ${error.message}` : ''}; reconnecting`);
    this.reconnect();
  }

  private reconnect(): void {
    this.reconnectTimer = setTimeout(() => {
      this.connect().catch((error: unknown) => {
        this.logger.warn(`reconnecting the ${LIVE_CHANNEL} listener failed: ${(error as Error).message}`);
        if (!this.stopped) this.reconnect();
      });
    }, RECONNECT_DELAY_MS);
  }
}
