import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource } from 'typeorm';
import { KeystoneConfig } from '@keystone/config';
import { AsyncProjector, ProjectionLag } from '@keystone/event-store';
import { StoreFinding, StoreVerification } from './store-finding';
import { StreamHead, WorkflowStateCheck } from './workflow-state-check';

const STREAM_HEADS = `
  SELECT h.stream_id AS code, h.head, h.events, b.status
  FROM (SELECT stream_id, max(stream_version) AS head, count(*)::int AS events FROM events GROUP BY stream_id) h
  LEFT JOIN project_board b ON b.code = h.stream_id
  ORDER BY h.stream_id`;

const MISSING_VERSIONS = `
  SELECT e.stream_id AS code, array_agg(v ORDER BY v) AS missing
  FROM (SELECT stream_id, max(stream_version) AS head FROM events GROUP BY stream_id HAVING count(*) <> max(stream_version)) e
  CROSS JOIN LATERAL generate_series(1, e.head) AS v
  WHERE NOT EXISTS (SELECT 1 FROM events x WHERE x.stream_id = e.stream_id AND x.stream_version = v)
  GROUP BY e.stream_id
  ORDER BY e.stream_id`;

const BOARD_MISMATCHES = `
  SELECT coalesce(h.stream_id, b.code) AS code, h.head, b.stream_version AS board
  FROM (SELECT stream_id, max(stream_version) AS head FROM events GROUP BY stream_id) h
  FULL JOIN project_board b ON b.code = h.stream_id
  WHERE b.stream_version IS DISTINCT FROM h.head
  ORDER BY 1`;

/** The operator's audit of the store: the log itself, the read models against it, the workflows against it. */
@Injectable()
export class StoreVerificationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly projector: AsyncProjector,
    private readonly workflows: WorkflowStateCheck,
    private readonly config: KeystoneConfig,
  ) {}

  async verify(): Promise<StoreVerification> {
    const heads: (StreamHead & { events: number })[] = await this.dataSource.query(STREAM_HEADS);
    const findings = [...(await this.streamGaps()), ...(await this.projectionsBehind()), ...(await this.boardBehind()), ...(await this.workflows.run(heads))];
    return { streams: heads.length, events: heads.reduce((sum, head) => sum + head.events, 0), findings };
  }

  private async streamGaps(): Promise<StoreFinding[]> {
    const gaps: { code: string; missing: number[] }[] = await this.dataSource.query(MISSING_VERSIONS);
    return gaps.map(({ code, missing }) => ({ check: 'stream-gap', subject: code, message: `stream versions ${missing.join(', ')} are missing` }));
  }

  /** The worker's projector runs a poll interval behind the log; only a lag that outlasts two polls is a finding. */
  private async projectionsBehind(): Promise<StoreFinding[]> {
    const behind = (lags: ProjectionLag[]) => lags.filter((lag) => lag.behind > 0);
    if (behind(await this.projector.lag()).length === 0) return [];
    await sleep(2 * this.config.PROJECTOR_POLL_INTERVAL_MS);
    return behind(await this.projector.lag()).map(({ projection, behind: count }) => ({
      check: 'projection-behind',
      subject: projection,
      message: `${count} stored events not yet applied (is the worker's projector running?)`,
    }));
  }

  private async boardBehind(): Promise<StoreFinding[]> {
    const rows: { code: string; head: number | null; board: number | null }[] = await this.dataSource.query(BOARD_MISMATCHES);
    return rows.map(({ code, head, board }) => ({
      check: 'board-behind',
      subject: code,
      message: board === null ? `no board row for a stream at version ${head}` : head === null ? 'a board row with no events' : `board row at version ${board}, the stream's head is ${head}`,
    }));
  }
}
