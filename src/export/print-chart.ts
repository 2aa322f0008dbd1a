/**
 * Static SVG of a chart for printing: ECharts' server-side SVG mode draws synchronously (no DOM,
 * no animation), so a `beforeprint` handler can put every chart into the page before the print
 * snapshot, including charts that were never scrolled into view. Always the light scheme.
 */
import type { ChartKind } from '../model/schema';
import type { FigureRow } from '../selectors/rows';
import type { ChartOptions } from '../charts/style';
import { CHART_REGISTRY } from '../charts/registry';
import { echarts } from '../charts/echarts';
import { GraphicComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([GraphicComponent, SVGRenderer]);

/** Width of a printed chart in CSS pixels (an A4 text column). */
export const PRINT_WIDTH = 640;

export function staticChartSvg(
  kind: ChartKind,
  rows: readonly FigureRow[],
  options: Omit<ChartOptions, 'insets' | 'animation' | 'width'>,
  width = PRINT_WIDTH,
): string {
  const spec = CHART_REGISTRY[kind];
  const height = spec.height(rows, width);
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption(spec.build(rows, { ...options, scheme: 'light', width, animation: false }));
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
