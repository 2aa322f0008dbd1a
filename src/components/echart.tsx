/**
 * The one component that talks to echarts-for-react. Everything else hands it an option.
 * Loaded lazily (React.lazy) so ECharts never blocks the first paint of header, cards and filters.
 */
import { useEffect, useId, useRef } from 'react';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import type { EChartsOption } from 'echarts';
import { echarts } from '../charts/echarts';
import { chartDone, chartPending } from './render-tracker';

export type ChartInstance = ReturnType<typeof echarts.init>;

export interface EChartProps {
  option: EChartsOption;
  height: number;
  /** Accessible name of the chart image (the container gets role="img"). */
  ariaLabel: string;
  /** The real instance, once ready (echarts-for-react first hands refs a temporary one). */
  onReady?: (chart: ChartInstance) => void;
}

export default function EChart({ option, height, ariaLabel, onReady }: EChartProps) {
  const id = useId();
  const ready = useRef(false);
  // Each new option is a pending render until ECharts says `finished`.
  useEffect(() => {
    chartPending(id);
    return () => chartDone(id);
  }, [id, option]);
  return (
    <div className="echart" role="img" aria-label={ariaLabel} style={{ height }}>
      <ReactEChartsCore
        echarts={echarts}
        option={option}
        notMerge
        style={{ height, width: '100%' }}
        opts={{ renderer: 'canvas' }}
        onChartReady={(chart: ChartInstance) => {
          ready.current = true;
          onReady?.(chart);
        }}
        onEvents={{ finished: () => chartDone(id) }}
      />
    </div>
  );
}
