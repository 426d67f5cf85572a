import type { NoticeTownship } from '../api/api.types';
import { Link } from '../app/link.component';
import { useNames } from '../reference/reference-names.context';
import { RankingColumn, RankingTable } from './ranking-table.component';

const COLUMNS: RankingColumn<NoticeTownship>[] = [
  { label: '在建项目', value: (unit) => unit.projects },
  { label: '本月完成阶段', value: (unit) => unit.stagesClosed },
  { label: '本月竣工', value: (unit) => unit.projectsCompleted },
  { label: '本月完成投资（万元）', value: (unit) => unit.investmentReported.toLocaleString('zh-CN') },
  { label: '未报月报项目', value: (unit) => unit.unreported },
  { label: '亮红灯项目', value: (unit) => unit.redProjects.length },
];

/** 乡镇（街道）推进情况: townships ranked on how few of their projects went red, then on stages closed; red projects by name. */
export function TownshipRanking({ townships }: { townships: NoticeTownship[] }) {
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
  return <RankingTable kind="township" unitLabel="乡镇/街道" units={townships} keyOf={(unit) => unit.township} columns={COLUMNS} named={named} />;
}
