import { Injectable } from '@nestjs/common';
import { RecordedEvent } from '@keystone/contracts';
import { CalendarService } from '@keystone/calendar';
import { DomainError, ProjectState, ReverseSchedule, currentStageProgress, fold, reverseSchedule } from '@keystone/domain';
import { EventLog } from '@keystone/event-store';
import { BoardFilters, BoardQuery, BoardRow, ProjectBoardService, bySeverity } from '../board/project-board.service';
import { toProjectEvent } from '../events/project-event-codec';
import { boardRowAsOf } from './board-row-as-of';

/**
 * A project as its page reads it: its state, its stages' 倒排工期 on the working-day calendar, and the working days
 * its running stage has left, counted as the board counts them.
 */
export type ProjectDetail = ProjectState & { plan: ReverseSchedule; stageWorkingDaysLeft?: number };

interface ProjectAsOf {
  state: ProjectState;
  row: BoardRow;
}

/** Projects and the board folded from their events: as they stood at a past instant, or now when Temporal no longer holds them. */
@Injectable()
export class ProjectTimeTravelService {
  constructor(
    private readonly log: EventLog,
    private readonly live: ProjectBoardService,
    private readonly calendars: CalendarService,
  ) {}

  /**
   * The project now: its workflow answers, never behind; once Temporal's retention has removed a finished
   * project's workflow, its events still do.
   */
  async current(code: string): Promise<ProjectDetail> {
    return this.detail(await this.currentState(code), new Date());
  }

  async project(code: string, asOf: Date): Promise<ProjectDetail> {
    const events = await this.log.readStream(code, { until: asOf });
    if (events.length > 0) return this.detail(foldHistory(events), asOf);
    const exists = await this.log.streamExists(code);
    throw DomainError.notFound('code', exists ? `project ${code} was not yet registered at ${asOf.toISOString()}` : `project ${code} does not exist`);
  }

  private async currentState(code: string): Promise<ProjectState> {
    try {
      return await this.live.current(code);
    } catch (error) {
      const workflowGone = error instanceof DomainError && error.details.kind === 'not-found';
      const events = workflowGone ? await this.log.readStream(code) : [];
      if (events.length === 0) throw error;
      return foldHistory(events);
    }
  }

  /** A stopped clock's days are not counted down, so only a running stage has working days left. */
  private detail(state: ProjectState, at: Date): ProjectDetail {
    const { calendar } = this.calendars;
    const plan = reverseSchedule(state.template.stages, state.profile.plannedStart, state.profile.plannedCompletion, calendar);
    const stage = currentStageProgress(state);
    if (!stage?.runningSince) return { ...state, plan };
    return { ...state, plan, stageWorkingDaysLeft: calendar.workingDaysLeft(new Date(stage.deadline.dueAt), at) };
  }

  /** The live board's list, rows and filters alike, for the instant `asOf`. */
  async board(query: BoardQuery, asOf: Date): Promise<{ total: number; items: BoardRow[] }> {
    const projects = byStream(await this.log.readAllStreams(asOf)).map((history): ProjectAsOf => {
      const state = foldHistory(history);
      return { state, row: this.live.present(boardRowAsOf(state, history), asOf) };
    });
    const matching = projects.filter((project) => matches(project, query)).map(({ row }) => row);
    matching.sort((a, b) => (query.order === 'severity' && bySeverity(a, b)) || (a.code < b.code ? -1 : 1));
    return { total: matching.length, items: matching.slice(query.offset, query.offset + query.limit) };
  }
}

function foldHistory(events: readonly RecordedEvent[]): ProjectState {
  return fold(events.map(toProjectEvent))!;
}

/** Splits events read stream after stream into one history per stream. */
function byStream(events: readonly RecordedEvent[]): RecordedEvent[][] {
  const streams = new Map<string, RecordedEvent[]>();
  for (const event of events) streams.set(event.streamId, [...(streams.get(event.streamId) ?? []), event]);
  return [...streams.values()];
}

function matches({ state, row }: ProjectAsOf, filters: BoardFilters): boolean {
  const wanted: [string | undefined, string | null][] = [
    [filters.township, row.township],
    [filters.leader, row.leader],
    [filters.ownerUnit, row.ownerUnit],
    [filters.status, row.status],
    [filters.stage, row.currentStage],
    [filters.light, row.light],
  ];
  const found = !filters.search || row.name.includes(filters.search) || row.code.includes(filters.search);
  return found && wanted.every(([filter, value]) => !filter || filter === value) && (!filters.department || holdsOpenTask(state, filters.department));
}

/** As the live filter reads the task inbox: a task with the department, pending or returned, in a project not refused. */
function holdsOpenTask(state: ProjectState, department: string): boolean {
  return state.status !== 'refused' && state.tasks.some((task) => task.department === department && (task.status === 'pending' || task.status === 'returned'));
}
