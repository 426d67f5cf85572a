import { useEffect, useRef } from 'react';
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import type { BoardSummary, Light } from '../api/api.types';
import { LIGHTS, STAGES } from '../shared/labels';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

const COLORS: Record<Light, string> = { red: '#c8322d', yellow: '#e6a117', green: '#2e9d5b' };
const ORDER: Light[] = ['red', 'yellow', 'green'];

/** Projects in each stage, stacked by light: where the portfolio is held up. */
export function StageLightChart({ summary }: { summary: BoardSummary }) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts>();

  useEffect(() => {
    const instance = echarts.init(element.current!);
    chart.current = instance;
    const resize = new ResizeObserver(() => instance.resize());
    resize.observe(element.current!);
    return () => {
      resize.disconnect();
      instance.dispose();
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption({
      animation: false,
      grid: { left: 8, right: 8, top: 32, bottom: 4, containLabel: true },
      legend: { top: 0, itemWidth: 12, itemHeight: 12 },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: { type: 'category', data: STAGES.map((stage) => stage.name), axisLabel: { interval: 0, fontSize: 11 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: ORDER.map((light) => ({
        name: LIGHTS[light].name,
        type: 'bar',
        stack: 'projects',
        barMaxWidth: 36,
        itemStyle: { color: COLORS[light] },
        data: STAGES.map((stage) => summary.stages[stage.key][light]),
      })),
    });
  }, [summary]);

  return <div className="chart" ref={element} role="img" aria-label="各阶段项目数（按红黄绿灯）" />;
}
