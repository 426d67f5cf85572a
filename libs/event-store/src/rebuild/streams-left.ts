import { EntityManager } from 'typeorm';
import { RecordedEvent } from '@keystone/contracts';

/**
 * How many events of each stream a rebuild has still to fold. A stream with none left is finished: its rows
 * are final and can be written while the rebuild folds on.
 */
export class StreamsLeft {
  readonly total: number;

  constructor(private readonly left: Map<string, number>) {
    this.total = [...left.values()].reduce((sum, count) => sum + count, 0);
  }

  static async count(manager: EntityManager): Promise<StreamsLeft> {
    const counts: { stream_id: string; events: number }[] = await manager.query(`SELECT stream_id, count(*)::int AS events FROM events GROUP BY stream_id`);
    return new StreamsLeft(new Map(counts.map(({ stream_id, events }) => [stream_id, events])));
  }

  /** Counts these events off; the streams they leave with none. */
  countOff(events: readonly RecordedEvent[]): Set<string> {
    const finished = new Set<string>();
    for (const { streamId } of events) {
      const left = (this.left.get(streamId) ?? 0) - 1;
      // Appends wait for the rebuild's locks before they commit; an event it did not count means they did not.
      if (left < 0) throw new Error(`stream ${streamId} has more events than the rebuild counted: the log changed while it ran`);
      this.left.set(streamId, left);
      if (left === 0) finished.add(streamId);
    }
    return finished;
  }
}
