import { Suspense, lazy } from 'react';
import type { BoardSummary as Summary, Light } from '../api/api.types';
import { LIGHTS, STAGES } from '../shared/labels';

// ECharts is most of the app's weight; pages without the chart (an officer's inbox on a phone) never load it.
const StageLightChart = lazy(() => import('./stage-light-chart.component').then((module) => ({ default: module.StageLightChart })));

const LIGHT_ORDER: Light[] = ['red', 'yellow', 'green'];

/** The counts at the top of the board: by light, by stage, and the chart of both. */
export function BoardSummary({ summary, onLight }: { summary: Summary; onLight: (light: Light) => void }) {
  return (
    <section className="summary" aria-label="项目统计">
      <div className="summary-counts">
        {LIGHT_ORDER.map((light) => (
          <button type="button" key={light} className={`count-card count-${light}`} onClick={() => onLight(light)} data-testid={`count-${light}`}>
            <span className="count-number">{summary.lights[light]}</span>
            <span className="count-label">
              {LIGHTS[light].name} · {LIGHTS[light].meaning}
            </span>
          </button>
        ))}
        <div className="count-card count-done">
          <span className="count-number">{summary.completed}</span>
          <span className="count-label">已竣工</span>
        </div>
        <div className="count-card count-done" data-testid="count-refused">
          <span className="count-number">{summary.refused}</span>
          <span className="count-label">不予许可 · 已终止</span>
        </div>
      </div>
      <div className="summary-stages">
        <StageCounts summary={summary} />
        <Suspense fallback={<div className="chart" />}>
          <StageLightChart summary={summary} />
        </Suspense>
      </div>
    </section>
  );
}

function StageCounts({ summary }: { summary: Summary }) {
  return (
    <table className="stage-counts">
      <thead>
        <tr>
          {STAGES.map((stage) => (
            <th key={stage.key}>{stage.name}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        <tr>
          {STAGES.map((stage) => (
            <td key={stage.key} data-testid={`stage-count-${stage.key}`}>
              {summary.stages[stage.key].total}
            </td>
          ))}
        </tr>
      </tbody>
    </table>
  );
}
