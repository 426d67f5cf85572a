import { percentText as percent } from '@keystone/domain';
import type { NoticeDepartment } from '../api/api.types';
import { Link } from '../app/link.component';
import { useNames } from '../reference/reference-names.context';
import { formatDeadline } from '../shared/time-format';
import { RankingColumn, RankingTable } from './ranking-table.component';

const days = (value: number | undefined) => (value === undefined ? '—' : value.toFixed(1));

const COLUMNS: RankingColumn<NoticeDepartment>[] = [
  { label: '本月办结', value: (unit) => unit.handled },
  { label: '其中超时办结', value: (unit) => unit.handledLate },
  { label: '逾期未办', value: (unit) => unit.overdue.length },
  { label: '按时办结率', value: (unit) => percent(unit.onTimeRate) },
  { label: '平均用时 / 时限（工作日）', value: (unit) => `${days(unit.averageDays)} / ${days(unit.averageLimit)}` },
];

/** 部门办件情况: departments ranked on deciding within their limits, then 点名道姓: each overdue task by name. */
export function DepartmentRanking({ departments }: { departments: NoticeDepartment[] }) {
  const names = useNames();
  const named = departments
    .filter((department) => department.overdue.length > 0)
    .map((department) => ({
      key: department.department,
      name: department.name,
      count: `逾期未办 ${department.overdue.length} 件`,
      items: department.overdue.map((task) => ({
        key: task.taskId,
        text: (
          <>
            <Link to={`/projects/${task.projectCode}`}>{task.projectName}</Link>「{task.taskName}」限办 {formatDeadline(task.dueAt)}，
            {task.workingDaysOver > 0 ? `逾期 ${task.workingDaysOver} 个工作日` : '当日逾期'}（包抓县领导 {names.leader(task.leader)}）
          </>
        ),
      })),
    }));
  return <RankingTable kind="department" unitLabel="部门" units={departments} keyOf={(unit) => unit.department} columns={COLUMNS} named={named} />;
}
