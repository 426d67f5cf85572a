import { Injectable } from '@nestjs/common';
import { Client, WorkflowNotFoundError } from '@temporalio/client';
import { projectWorkflowId } from '@keystone/domain';
import { projectStateQuery } from '@keystone/workflows';
import { StoreFinding } from './store-finding';

/** A closed workflow is replayed by a worker to answer; this is ample for one, and bounds a stuck worker. */
const QUERY_TIMEOUT_MS = 10_000;
const PARALLEL_QUERIES = 8;

export interface StreamHead {
  code: string;
  head: number;
  /** The board's status; a closed project's workflow may be gone once Temporal's retention has run out. */
  status: string | null;
}

/** Asks each project's workflow for its state and compares its version with the stream's head. */
@Injectable()
export class WorkflowStateCheck {
  constructor(private readonly client: Client) {}

  async run(heads: readonly StreamHead[]): Promise<StoreFinding[]> {
    const findings: StoreFinding[] = [];
    for (let start = 0; start < heads.length; start += PARALLEL_QUERIES) {
      const answers = await Promise.all(heads.slice(start, start + PARALLEL_QUERIES).map((head) => this.check(head)));
      findings.push(...answers.flat());
    }
    return findings;
  }

  private async check({ code, head, status }: StreamHead): Promise<StoreFinding[]> {
    const workflowId = projectWorkflowId(code);
    const finding = (message: string): StoreFinding[] => [{ check: 'workflow-disagrees', subject: code, message }];
    try {
      const state = await this.client.connection.withDeadline(Date.now() + QUERY_TIMEOUT_MS, () =>
        this.client.workflow.getHandle(workflowId).query(projectStateQuery),
      );
      const version = state?.version ?? 0;
      return version === head ? [] : finding(`workflow ${workflowId} holds version ${version}, the stream's head is ${head}`);
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) return status === 'active' ? finding(`workflow ${workflowId} not found, yet the project is active`) : [];
      return finding(`workflow ${workflowId} did not answer its state query: ${(error as Error).message}`);
    }
  }
}
