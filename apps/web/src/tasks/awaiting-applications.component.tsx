import type { BoardRow, Page } from '../api/api.types';
import { useApi } from '../api/use-api.hook';
import { Link } from '../app/link.component';
import { useNames } from '../reference/reference-names.context';
import { stageName } from '../shared/labels';

/**
 * The owner's projects being built, whose next stage waits for its application (竣工验收申请): listed where the
 * owner looks for what it owes, each linking to the project page where it applies.
 */
export function AwaitingApplications() {
  const names = useNames();
  const { data } = useApi<Page<BoardRow>>('/api/projects?status=active&limit=1000');
  const waiting = data?.items.filter((row) => row.awaitingApplication) ?? [];
  if (!waiting.length) return null;
  return (
    <section className="panel" aria-label="待提交的申请">
      <h2>在建项目 · 完工后提交申请</h2>
      <ul className="plain-list" data-testid="awaiting-applications">
        {waiting.map((row) => (
          <li key={row.code} data-project={row.code}>
            <Link to={`/projects/${row.code}`} className="project-name">
              {row.name}
            </Link>{' '}
            <span className="muted">
              {names.township(row.township)} · {stageName(row.currentStage!)}阶段待{row.awaitingApplication}，提交前不计时
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
