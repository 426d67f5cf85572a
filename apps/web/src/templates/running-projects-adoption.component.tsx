import { useState } from 'react';
import { apiPost } from '../api/api.client';
import type { TemplateRollout } from '../api/api.types';
import { useApi } from '../api/use-api.hook';
import { useRecheck } from '../api/use-recheck.hook';
import { RefusalNotice } from '../shared/refusal-notice.component';
import { formatDateTime } from '../shared/time-format';
import { useAction } from '../shared/use-action.hook';
import { rolloutStanding } from './rollout-standing';

/** How often a running rollout is asked where it stands: it moves a page of projects in a few seconds. */
const ROLLOUT_RECHECK_MS = 1_000;

const LABEL = '在办项目后续阶段改按现行版本';

/**
 * The office moves every project under way on a template onto its current revision, for the stages each has not
 * reached, and follows it: how far it has got while it runs (a portfolio of thousands takes minutes), then how many
 * moved, how many already followed it, which were refused and why, or where it stopped if an operator ended it early.
 * The latest one stays on the page.
 */
export function RunningProjectsAdoption({ templateId }: { templateId: string }) {
  const path = `/api/templates/${encodeURIComponent(templateId)}/adoptions`;
  const latest = useApi<TemplateRollout>(path, { live: false });
  const [started, setStarted] = useState<TemplateRollout>();
  const start = useAction(async () => {
    setStarted(await apiPost<TemplateRollout>(path));
    latest.reload();
  });
  // The answer to the start stands until the rollout itself is read back.
  const rollout = started && (!latest.data || latest.data.startedAt < started.startedAt) ? started : latest.data;
  const running = rollout?.status === 'running';
  useRecheck(running, rollout, latest.reload, ROLLOUT_RECHECK_MS);
  return (
    <div className="command-bar">
      <div className="command-buttons">
        <button type="button" onClick={() => void start.perform()} disabled={start.pending || running}>
          {running ? '正在逐个改用…' : LABEL}
        </button>
      </div>
      {start.refusal && <RefusalNotice action={LABEL} refusal={start.refusal} />}
      {rollout && <RolloutStandingNotice rollout={rollout} />}
    </div>
  );
}

function RolloutStandingNotice({ rollout }: { rollout: TemplateRollout }) {
  const { tone, text, progress } = rolloutStanding(rollout);
  return (
    <div className={tone} role="status">
      {progress ? (
        <label>
          {text}
          <progress max={progress.max} value={progress.value} />
        </label>
      ) : (
        text
      )}
      <span className="muted small"> {rollout.requestedBy} 于 {formatDateTime(rollout.startedAt)} 发起</span>
      {rollout.refused.length > 0 && (
        <ul>
          {rollout.refused.map(({ code, reason }) => (
            <li key={code}>
              {code}：{reason}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
