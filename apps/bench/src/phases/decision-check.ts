import { Pool } from 'pg';
import { BenchClient } from '../client/bench-client';

export interface PendingTask {
  id: string;
  projectCode: string;
}

/**
 * Whether a decision is whole when its call returns: the TaskDecided event in the store, and the inbox, read
 * through the API, showing the task approved. Checked untimed, after each timed call.
 */
export class DecisionCheck {
  private checked = 0;
  private visible = 0;

  constructor(
    private readonly db: Pool,
    private readonly officer: BenchClient,
  ) {}

  async visibleNow(task: PendingTask): Promise<void> {
    const [stored, listed] = await Promise.all([this.decidedInStore([task]), this.inboxStatus(task)]);
    this.checked += 1;
    if (stored === 1 && listed === 'approved') this.visible += 1;
  }

  /** Concurrent decisions are checked together once they have all returned. */
  async allRecorded(tasks: PendingTask[]): Promise<void> {
    const [stored, approved] = await Promise.all([this.decidedInStore(tasks), this.approvedInInbox(tasks.map((task) => task.id))]);
    if (stored !== tasks.length || approved !== tasks.length) {
      throw new Error(`of ${tasks.length} concurrent decisions, ${stored} are in the store and ${approved} approved in the inbox`);
    }
  }

  /** The share of checked decisions that were whole when their call returned, in percent. */
  visibleShare(): number {
    return this.checked === 0 ? 0 : (100 * this.visible) / this.checked;
  }

  private async decidedInStore(tasks: PendingTask[]): Promise<number> {
    const { rows } = await this.db.query(
      `SELECT count(DISTINCT data->>'taskId')::int AS count FROM events WHERE stream_id = ANY($1) AND type = 'TaskDecided' AND data->>'taskId' = ANY($2)`,
      [tasks.map((task) => task.projectCode), tasks.map((task) => task.id)],
    );
    return rows[0].count;
  }

  private async approvedInInbox(taskIds: string[]): Promise<number> {
    const { rows } = await this.db.query(`SELECT count(*)::int AS count FROM task_inbox WHERE id = ANY($1) AND status = 'approved'`, [taskIds]);
    return rows[0].count;
  }

  private async inboxStatus(task: PendingTask): Promise<string | undefined> {
    const { items } = await this.officer.get<{ items: { id: string; status: string }[] }>(`/api/tasks?projectCode=${task.projectCode}&limit=100`);
    return items.find((item) => item.id === task.id)?.status;
  }
}
