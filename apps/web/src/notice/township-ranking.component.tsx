import type { NoticeTownship } from '../api/api.types';
import { Link } from '../app/link.component';
import { useNames } from '../reference/reference-names.context';
import { NamedList, RankingColumn, RankingTable } from './ranking-table.component';

const COLUMNS: RankingColumn<NoticeTownship>[] = [
  { label: '在建项目', value: (unit) => unit.projects },
  { label: '本月完成阶段', value: (unit) => unit.stagesClosed },
  { label: '本月竣工', value: (unit) => unit.projectsCompleted },
  { label: '本月完成投资（万元）', value: (unit) => unit.investmentReported.toLocaleString('zh-CN') },
  { label: '未报月报项目', value: (unit) => unit.unreported.length },
  { label: '亮红灯项目', value: (unit) => unit.redProjects.length },
];

/**
 * 乡镇（街道）推进情况: townships ranked on how few of their projects went red, then on stages closed; red projects by
 * name, and the projects without the month's investment report (late once the month has ended).
 */
export function TownshipRanking({ townships, inProgress }: { townships: NoticeTownship[]; inProgress: boolean }) {
  const names = useNames();
  const named = townships
    .filter((township) => township.redProjects.length > 0)
    .map((township) => ({
      key: township.township,
      name: township.name,
      count: `亮红灯项目 ${township.redProjects.length} 个`,
      items: township.redProjects.map((project) => ({
        key: project.projectCode,
        text: (
          <>
            <Link to={`/projects/${project.projectCode}`}>{project.projectName}</Link>（红色督办 {project.redAlerts} 次，包抓县领导 {names.leader(project.leader)}）
          </>
        ),
      })),
    }));
  const unreported = townships
    .filter((township) => township.unreported.length > 0)
    .map((township) => ({
      key: township.township,
      name: township.name,
      count: `${inProgress ? '本月尚未填报投资月报' : '逾期未报投资月报'} ${township.unreported.length} 个`,
      items: township.unreported.map((project) => ({
        key: project.projectCode,
        text: (
          <>
            <Link to={`/projects/${project.projectCode}`}>{project.projectName}</Link>（{names.ownerUnit(project.ownerUnit)}）
          </>
        ),
      })),
    }));
  return (
    <>
      <RankingTable kind="township" unitLabel="乡镇/街道" units={townships} keyOf={(unit) => unit.township} columns={COLUMNS} named={named} />
      <NamedList testId="township-unreported" units={unreported} />
    </>
  );
}
