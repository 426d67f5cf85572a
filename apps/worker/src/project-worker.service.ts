import { Injectable, Logger, OnApplicationBootstrap, OnModuleInit, BeforeApplicationShutdown } from '@nestjs/common';
import { NativeConnection, Worker } from '@temporalio/worker';
import { KeystoneConfig } from '@keystone/config';
import { ProjectActivitiesService, TemplateRolloutActivitiesService } from '@keystone/projects';
import { loadWorkflowBundle } from '@keystone/temporal';

/** The Temporal worker of projects and template rollouts: created on init, run on bootstrap, drained and awaited on shutdown. */
@Injectable()
export class ProjectWorkerService implements OnModuleInit, OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(ProjectWorkerService.name);
  private connection?: NativeConnection;
  private worker?: Worker;
  private running?: Promise<void>;

  constructor(
    private readonly config: KeystoneConfig,
    private readonly activities: ProjectActivitiesService,
    private readonly rollouts: TemplateRolloutActivitiesService,
  ) {}

  async onModuleInit(): Promise<void> {
    this.connection = await NativeConnection.connect({ address: this.config.TEMPORAL_ADDRESS });
    this.worker = await Worker.create({
      connection: this.connection,
      namespace: this.config.TEMPORAL_NAMESPACE,
      taskQueue: this.config.TEMPORAL_TASK_QUEUE,
      workflowBundle: await loadWorkflowBundle(this.config.KEYSTONE_WORKFLOW_BUNDLE, this.config.WORKFLOW_STACK_TRACE_LIMIT),
      activities: { ...this.activities.asActivities(), ...this.rollouts.asActivities() },
      maxCachedWorkflows: this.config.WORKER_MAX_CACHED_WORKFLOWS,
    });
  }

  onApplicationBootstrap(): void {
    this.running = this.worker!.run().catch((error: unknown) => {
      this.logger.error(`worker stopped: ${(error as Error).stack ?? error}`);
      throw error;
    });
    this.logger.log(`polling task queue ${this.config.TEMPORAL_TASK_QUEUE} on ${this.config.TEMPORAL_ADDRESS}`);
  }

  async beforeApplicationShutdown(): Promise<void> {
    if (this.worker && this.worker.getState() === 'RUNNING') this.worker.shutdown();
    await this.running?.catch(() => undefined);
    await this.connection?.close();
  }
}
