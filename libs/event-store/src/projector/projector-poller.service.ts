import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { KeystoneConfig } from '@keystone/config';
import { AsyncProjector } from './async-projector.service';

/** Keeps the asynchronous read models a poll interval behind the log; a running batch finishes before shutdown. */
@Injectable()
export class ProjectorPoller implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(ProjectorPoller.name);
  private timer?: NodeJS.Timeout;
  private running: Promise<void> = Promise.resolve();
  private stopped = false;

  constructor(
    private readonly projector: AsyncProjector,
    private readonly config: KeystoneConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.schedule();
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  private schedule(): void {
    this.timer = setTimeout(() => {
      this.running = this.projector
        .catchUp()
        .then(
          () => undefined,
          (error: unknown) => this.logger.error(`projection failed, retrying next poll: ${(error as Error).stack ?? error}`),
        )
        .finally(() => {
          if (!this.stopped) this.schedule();
        });
    }, this.config.PROJECTOR_POLL_INTERVAL_MS);
  }
}
