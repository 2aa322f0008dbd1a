/**
 * Static SVG of a chart for printing: ECharts' server-side SVG mode draws synchronously (no DOM,
 * no animation), so a `beforeprint` handler can put every chart into the page before the print
 * snapshot, including charts that were never scrolled into view. Always the light scheme.
 */
import type { ChartKind } from '../model/schema';
import type { FigureRow } from '../selectors/rows';
import type { ChartStyle } from '../charts/style';
import { CHART_REGISTRY } from '../charts/registry';
import { loadECharts } from '../charts/echarts';
import { GraphicComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

/** Width of a printed chart in CSS pixels (an A4 text column). */
export const PRINT_WIDTH = 640;

export type StaticChartSvg = (
  kind: ChartKind,
  rows: readonly FigureRow[],
  options: ChartStyle,
  width?: number,
) => string;

/**
 * The drawer, once the runtime (every kind's charts, the graphic component and the SVG renderer)
 * is loaded: it is called synchronously at `beforeprint`, when nothing can be awaited.
 */
export async function loadStaticChartSvg(): Promise<StaticChartSvg> {
  const echarts = await loadECharts();
  echarts.use([GraphicComponent, SVGRenderer]);
  return (kind, rows, options, width = PRINT_WIDTH) => {
    const spec = CHART_REGISTRY[kind];
    const height = spec.height(rows, width);
    const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
    try {
      chart.setOption(spec.build(rows, { ...options, scheme: 'light', width, animation: false }));
      return chart.renderToSVGString();
    } finally {
      chart.dispose();
    }
  };
}
