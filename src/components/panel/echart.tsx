/**
 * The one component that talks to echarts-for-react. Everything else hands it an option builder.
 * Loaded lazily (`loadable`, components/loadable.tsx) so ECharts never blocks the first paint of
 * header, cards and filters: the chart slot loads this file, then `loadEChart()`, which has the
 * runtime (every kind's chart modules, charts/echarts.ts) and hands back the component.
 */
import { useEffect, useId, useMemo } from 'react';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import type { EChartsOption } from 'echarts';
import type { EChartsType } from 'echarts/core';
import { loadECharts } from '../../charts/echarts';
import { chartDone, chartPending } from './render-tracker';
import { setPrintRenderer } from './print-chart';
import { loadStaticChartSvg } from '../../export/print-chart';

export type ChartInstance = EChartsType;

export interface EChartProps {
  /** Builds the option (the panel model's builder): called once per builder, when drawn. */
  buildOption: () => EChartsOption;
  height: number;
  /** Accessible name of the chart image (the container gets role="img"). */
  ariaLabel: string;
  /** The real instance, once ready (echarts-for-react first hands refs a temporary one). */
  onReady?: (chart: ChartInstance) => void;
}

/** The chart component, once ECharts is loaded (a failure rejects; the next call tries again). */
export async function loadEChart() {
  const [echarts, staticChartSvg] = await Promise.all([loadECharts(), loadStaticChartSvg()]);
  // ECharts is loaded now anyway: fetch the export code too, so exporting works offline later.
  // (If this fails, the export loads it again when asked, and says so if it cannot.)
  import('../../export/panel-export').catch(() => {});
  // Printing draws every chart from now on, drawn on screen or not (see print-chart.ts).
  setPrintRenderer(staticChartSvg);
  return function EChart(props: EChartProps) {
    return <Chart echarts={echarts} {...props} />;
  };
}

function Chart({
  echarts,
  buildOption,
  height,
  ariaLabel,
  onReady,
}: EChartProps & { echarts: Awaited<ReturnType<typeof loadECharts>> }) {
  const id = useId();
  // One accessible image per chart: this container. ECharts would give its own inner element
  // role="img" and the same label too, so its aria label is off on screen (decals stay).
  const option = useMemo(() => {
    const built = buildOption();
    const aria = built.aria as { label?: object } | undefined;
    return aria ? { ...built, aria: { ...aria, label: { ...aria.label, enabled: false } } } : built;
  }, [buildOption]);
  // Each new option is a pending render until ECharts says `finished`. Registered while
  // rendering, because echarts-for-react draws in its own commit, before any effect of ours
  // runs, and `finished` can fire during that draw. (Idempotent, so a repeated render is harmless.)
  useMemo(() => option && chartPending(id), [id, option]);
  useEffect(() => () => chartDone(id), [id]);
  const onEvents = useMemo(() => ({ finished: () => chartDone(id) }), [id]);
  return (
    <div className="echart" role="img" aria-label={ariaLabel} style={{ height }}>
      <ReactEChartsCore
        echarts={echarts}
        option={option}
        notMerge
        style={{ height, width: '100%' }}
        opts={{ renderer: 'canvas' }}
        onChartReady={(chart: ChartInstance) => {
          // What was drawn stays inspectable (the e2e label checks read it): the instance on
          // its element, as `echarts.getInstanceByDom` would give it.
          Object.defineProperty(chart.getDom(), 'echartsInstance', {
            value: chart,
            configurable: true,
          });
          onReady?.(chart);
        }}
        onEvents={onEvents}
      />
    </div>
  );
}
