import { Suspense, lazy } from 'react';
import type { BoardRow, Light } from '../api/api.types';
import { LIGHTS, STAGES } from '../shared/labels';

// ECharts is most of the app's weight; pages without the chart (an officer's inbox on a phone) never load it.
const StageLightChart = lazy(() => import('./stage-light-chart.component').then((module) => ({ default: module.StageLightChart })));

const LIGHT_ORDER: Light[] = ['red', 'yellow', 'green'];

/** The counts at the top of the board: by light, by stage, and the chart of both. */
export function BoardSummary({ rows, onLight }: { rows: BoardRow[]; onLight: (light: Light) => void }) {
  const count = (test: (row: BoardRow) => boolean) => rows.filter(test).length;
  return (
    <section className="summary" aria-label="项目统计">
      <div className="summary-counts">
        {LIGHT_ORDER.map((light) => (
          <button type="button" key={light} className={`count-card count-${light}`} onClick={() => onLight(light)} data-testid={`count-${light}`}>
            <span className="count-number">{count((row) => row.light === light)}</span>
            <span className="count-label">
              {LIGHTS[light].name} · {LIGHTS[light].meaning}
            </span>
          </button>
        ))}
        <div className="count-card count-done">
          <span className="count-number">{count((row) => row.status === 'completed')}</span>
          <span className="count-label">已竣工</span>
        </div>
        <div className="count-card count-done" data-testid="count-refused">
          <span className="count-number">{count((row) => row.status === 'refused')}</span>
          <span className="count-label">不予许可 · 已终止</span>
        </div>
      </div>
      <div className="summary-stages">
        <StageCounts rows={rows} />
        <Suspense fallback={<div className="chart" />}>
          <StageLightChart rows={rows} />
        </Suspense>
      </div>
    </section>
  );
}

function StageCounts({ rows }: { rows: BoardRow[] }) {
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
              {rows.filter((row) => row.currentStage === stage.key).length}
            </td>
          ))}
        </tr>
      </tbody>
    </table>
  );
}
