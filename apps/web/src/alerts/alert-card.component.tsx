import { useState } from 'react';
import type { Alert, ProjectState } from '../api/api.types';
import { useApi } from '../api/use-api.hook';
import { Link } from '../app/link.component';
import { useNames } from '../reference/reference-names.context';
import { CommandBar } from '../shared/command-bar.component';
import { ALERT_LEVELS, ALERT_STATUS } from '../shared/labels';
import { formatDateTime, formatDeadline } from '../shared/time-format';
import { alertCommands } from './alert-commands';
import { alertSubject } from './alert-subject';

/** One alert: its level, project, why it was raised, the instructions so far, and (for those who may, while it stands) what to do. */
export function AlertCard({ alert, canAct }: { alert: Alert; canAct: boolean }) {
  const names = useNames();
  const [handling, setHandling] = useState(false);
  const project = useApi<ProjectState>(handling ? `/api/projects/${encodeURIComponent(alert.projectCode)}` : null, { projectCode: alert.projectCode });
  return (
    <article className={`alert-card level-${alert.level} status-${alert.status}`} data-alert={alert.id} data-project={alert.projectCode}>
      <header className="alert-head">
        <span className={`level-tag level-tag-${alert.level}`}>{ALERT_LEVELS[alert.level]}</span>
        <Link to={`/projects/${alert.projectCode}`} className="project-name">
          {alert.projectName}
        </Link>
        <span className="muted">{names.township(alert.township)}</span>
        <span className={`status-tag status-tag-${alert.status}`}>{ALERT_STATUS[alert.status]}</span>
      </header>
      <p className="alert-summary">{names.readable(alert.explanation.summary)}</p>
      <p className="muted small">
        {alertSubject(alert)} · 发出于 {formatDateTime(alert.raisedAt)} · 限办 {formatDeadline(alert.explanation.dueAt)}
      </p>
      {alert.instructions.length > 0 && (
        <ul className="instructions">
          {alert.instructions.map((instruction) => (
            <li key={instruction.at}>
              批示（{names.readable(instruction.by)}，{formatDateTime(instruction.at)}）：{instruction.text}
            </li>
          ))}
        </ul>
      )}
      {canAct &&
        alert.status !== 'resolved' &&
        (handling ? (
          <CommandBar commands={alertCommands(alert, project.data, names.departments)} onDone={project.reload} />
        ) : (
          <button type="button" className="primary" onClick={() => setHandling(true)}>
            办理
          </button>
        ))}
    </article>
  );
}
