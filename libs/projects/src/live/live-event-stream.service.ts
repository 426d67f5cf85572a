import { Injectable, MessageEvent } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { concatMap, filter, from, interval, map, merge, Observable, of, takeUntil } from 'rxjs';
import { DataSource } from 'typeorm';
import { UserActor } from '@keystone/domain';
import { LiveEventsListener, ProjectChange } from './live-events-listener.service';

/** Proxies and load balancers close a connection idle for a minute or so; a comment keeps it busy. */
const HEARTBEAT_MS = 15_000;

/** What an open page receives: each change it may see, as server-sent events. */
@Injectable()
export class LiveEventStream {
  /** A project's owner unit never changes, so it is looked up once per process. */
  private readonly ownerUnits = new Map<string, string>();

  constructor(
    private readonly listener: LiveEventsListener,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** Opens with a comment, so the response starts at once rather than at the first change; ends at shutdown. */
  for(actor: UserActor): Observable<MessageEvent> {
    const changes = this.visibleTo(actor).pipe(map((change): MessageEvent => ({ data: change })));
    const heartbeats = interval(HEARTBEAT_MS).pipe(map((): MessageEvent => ({ comment: 'heartbeat' })));
    return merge(of<MessageEvent>({ comment: 'connected' }), changes, heartbeats).pipe(takeUntil(this.listener.closed));
  }

  /** The visibility policy's rule for the board: an owner sees only its own unit's projects. */
  private visibleTo(actor: UserActor): Observable<ProjectChange> {
    if (actor.role !== 'owner') return this.listener.changes;
    return this.listener.changes.pipe(
      concatMap((change) => from(this.ownerUnitOf(change.projectCode)).pipe(filter((unit) => unit === actor.ownerUnit), map(() => change))),
    );
  }

  private async ownerUnitOf(projectCode: string): Promise<string | undefined> {
    const known = this.ownerUnits.get(projectCode);
    if (known !== undefined) return known;
    const [row]: { owner_unit: string }[] = await this.dataSource.query(`SELECT owner_unit FROM project_board WHERE code = $1`, [projectCode]);
    if (row) this.ownerUnits.set(projectCode, row.owner_unit);
    return row?.owner_unit;
  }
}
