import { WorkingDayCalendar } from '../calendar/working-day-calendar';

/*
 * The monthly notice (一月一通报): each department and township ranked on the month's record. The first
 * without fault are praised (表扬), everyone at fault is named (点名通报) with the tasks or projects that
 * put them there, and the last at fault is summoned (约谈). How each kind of unit is ranked is data
 * (`DEPARTMENT_RANKING`, `TOWNSHIP_RANKING`), read by one ranking routine.
 */

/** 表扬, 点名通报, 约谈 (named and last), or nothing to say. */
export type NoticeVerdict = 'praised' | 'named' | 'summoned' | 'none';

/** A task still with its department after its deadline when the month ended (or now, for the running month). */
export interface OverdueTask {
  taskId: string;
  taskName: string;
  projectCode: string;
  projectName: string;
  leader: string;
  dueAt: Date;
  /** Working days past the deadline at the month's end. */
  workingDaysOver: number;
}

export interface DepartmentRecord {
  department: string;
  name: string;
  /** Tasks approved or refused in the month. */
  handled: number;
  /** Of those, decided after their deadline. */
  handledLate: number;
  /** Working days those tasks took on average, from assignment to decision, and the average limit they had. */
  averageDays?: number;
  averageLimit?: number;
  overdue: OverdueTask[];
}

/** A task a department decided in the month: when it came, when it was decided, and the deadline it had. */
export interface DecidedTask {
  assignedAt: Date;
  decidedAt: Date;
  dueAt: Date | null;
}

/**
 * What a department's decided tasks say in the notice: how many, how many late, and the average working days taken
 * against the average limit. Both spans run from assignment, so time a task spent with the owner for correction
 * counts in both (its deadline moved by as much).
 */
export function handlingRecord(tasks: DecidedTask[], calendar: WorkingDayCalendar): Pick<DepartmentRecord, 'handled' | 'handledLate' | 'averageDays' | 'averageLimit'> {
  const limited = tasks.filter((task): task is DecidedTask & { dueAt: Date } => task.dueAt !== null);
  return {
    handled: tasks.length,
    handledLate: limited.filter((task) => task.decidedAt > task.dueAt).length,
    averageDays: average(tasks.map((task) => calendar.workingDaysBetween(task.assignedAt, task.decidedAt))),
    // A limit ends at the local midnight after its last working day.
    averageLimit: average(limited.map((task) => calendar.workingDaysBetween(task.assignedAt, new Date(task.dueAt.getTime() - 1)))),
  };
}

function average(values: number[]): number | undefined {
  return values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : undefined;
}

/** A project whose clocks went red in the month: the township and its assigned leader are named with it. */
export interface RedProject {
  projectCode: string;
  projectName: string;
  leader: string;
  redAlerts: number;
}

export interface UnreportedProject {
  projectCode: string;
  projectName: string;
  ownerUnit: string;
}

export interface TownshipRecord {
  township: string;
  name: string;
  /** Projects under way at some point in the month. */
  projects: number;
  stagesClosed: number;
  projectsCompleted: number;
  /** 月报: investment completed in the month (万元), as its projects reported it. */
  investmentReported: number;
  /** Projects under way that have not reported the month's investment (yet, for the running month): chased by name. */
  unreported: UnreportedProject[];
  redProjects: RedProject[];
}

/** 督办 received by a county leader in the month: red escalations on their projects, and those that went on to the second level. */
export interface LeaderRecord {
  leader: string;
  name: string;
  red: number;
  secondLevel: number;
}

export type Ranked<T> = T & { rank: number; verdict: NoticeVerdict };

/** One sort key: lower sorts first; `undefined` (nothing to judge) sorts after every figure. */
type SortKey<T> = (unit: T) => number | undefined;

export interface RankingRule<T> {
  /** Compared in order; units equal on every key share a rank. */
  keys: SortKey<T>[];
  /** Named in the notice: what is to be named with it is on the record. */
  atFault: (unit: T) => boolean;
  /** Did something this month, so being first means something. */
  active: (unit: T) => boolean;
}

/** Share of the month's work done within its limit: late decisions and tasks left overdue both count against it. */
export function onTimeRate(record: DepartmentRecord): number | undefined {
  const judged = record.handled + record.overdue.length;
  return judged === 0 ? undefined : (record.handled - record.handledLate) / judged;
}

/** Red-alert projects per project under way. */
export function redShare(record: TownshipRecord): number | undefined {
  return record.projects === 0 ? undefined : record.redProjects.length / record.projects;
}

const negated = (value: number | undefined) => (value === undefined ? undefined : -value);

export const DEPARTMENT_RANKING: RankingRule<DepartmentRecord> = {
  keys: [(unit) => negated(onTimeRate(unit)), (unit) => unit.overdue.length, (unit) => -unit.handled],
  atFault: (unit) => unit.handledLate > 0 || unit.overdue.length > 0,
  active: (unit) => unit.handled > 0,
};

export const TOWNSHIP_RANKING: RankingRule<TownshipRecord> = {
  keys: [redShare, (unit) => -unit.stagesClosed, (unit) => -unit.projectsCompleted],
  atFault: (unit) => unit.redProjects.length > 0,
  active: (unit) => unit.stagesClosed + unit.projectsCompleted > 0,
};

/** Ranks units best first (ties share a rank: 1, 1, 3) and gives each its verdict. */
export function rank<T>(units: T[], rule: RankingRule<T>): Ranked<T>[] {
  const sorted = [...units].sort((a, b) => compare(a, b, rule.keys));
  const ranks = sorted.map((unit, index) => {
    let first = index;
    while (first > 0 && compare(sorted[first - 1], unit, rule.keys) === 0) first -= 1;
    return first + 1;
  });
  const lastAtFault = Math.max(0, ...sorted.map((unit, index) => (rule.atFault(unit) ? ranks[index] : 0)));
  return sorted.map((unit, index) => ({ ...unit, rank: ranks[index], verdict: verdictOf(unit, ranks[index], lastAtFault, rule) }));
}

function verdictOf<T>(unit: T, rank: number, lastAtFault: number, rule: RankingRule<T>): NoticeVerdict {
  if (rule.atFault(unit)) return rank === lastAtFault ? 'summoned' : 'named';
  return rank === 1 && rule.active(unit) ? 'praised' : 'none';
}

function compare<T>(a: T, b: T, keys: SortKey<T>[]): number {
  for (const key of keys) {
    const [x, y] = [key(a), key(b)];
    if (x === y) continue;
    if (x === undefined) return 1;
    if (y === undefined) return -1;
    return x - y;
  }
  return 0;
}
