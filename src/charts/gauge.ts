import type { EChartsOption } from 'echarts';
import type { FigureRow } from '../selectors/rows';
import { FONT_STACK, PALETTES, type ChartOptions } from './style';
import { figureTooltipHtml } from './tooltip';

export const GAUGE_HEIGHT = 230;
const MAX_RADIUS = 88;

/** Gauges sit side by side; each gets half its slot minus a gutter, never more than MAX_RADIUS. */
export function gaugeRadius(n: number, width = 640): number {
  return Math.max(40, Math.min(MAX_RADIUS, width / Math.max(1, n) / 2 - 14));
}

/**
 * Rates as progress arcs on a fixed 0–100% scale, side by side, one per row: the scale never
 * zooms, so 94.4% and 95.3% look as close as they are. Throws on a row that is not a percentage.
 */
export function buildGaugeOption(rows: readonly FigureRow[], opts: ChartOptions): EChartsOption {
  const bad = rows.find((r) => r.unit !== 'percent');
  if (bad) throw new Error(`gauge needs percentages; "${bad.id}" is in ${bad.unit}`);
  const c = PALETTES[opts.scheme];
  const insets = opts.insets ?? { top: 0, bottom: 0 };
  const n = Math.max(1, rows.length);
  const colours = [c.bar, c.barAlt];
  return {
    animation: opts.animation ?? true,
    backgroundColor: 'transparent',
    textStyle: { fontFamily: FONT_STACK, color: c.text },
    aria: {
      enabled: true,
      label: { description: opts.description },
      decal: { show: opts.patterns },
    },
    tooltip: {
      trigger: 'item',
      confine: true,
      enterable: true,
      backgroundColor: c.background,
      borderColor: c.grid,
      textStyle: { color: c.text, fontFamily: FONT_STACK },
      extraCssText: 'max-width: 320px; white-space: normal;',
      formatter: (params: unknown) => {
        const row = rows[(params as { seriesIndex: number }).seriesIndex];
        return row ? figureTooltipHtml(row, opts.words) : '';
      },
    },
    series: rows.map((r, i) => ({
      type: 'gauge' as const,
      name: r.label,
      min: 0,
      max: 100,
      startAngle: 210,
      endAngle: -30,
      center: [`${((i + 0.5) / n) * 100}%`, insets.top + (GAUGE_HEIGHT - 40) * 0.55 + 10],
      radius: gaugeRadius(n, opts.width),
      progress: { show: true, width: 14, itemStyle: { color: colours[i % colours.length] } },
      axisLine: { lineStyle: { width: 14, color: [[1, c.track]] } },
      pointer: { show: false },
      axisTick: { show: false },
      splitLine: { show: false },
      axisLabel: {
        show: true,
        distance: -38,
        color: c.muted,
        fontSize: 10,
        formatter: (v: number) => (v === 0 || v === 100 ? `${v}%` : ''),
      },
      anchor: { show: false },
      title: {
        show: true,
        offsetCenter: [0, '78%'],
        color: c.text,
        fontSize: 12,
        width: 150,
        overflow: 'break' as const,
      },
      detail: {
        valueAnimation: false,
        offsetCenter: [0, '0%'],
        fontSize: 24,
        fontWeight: 'bold' as const,
        color: c.text,
        formatter: () => r.valueText,
      },
      data: [{ value: r.value, name: r.label }],
    })),
  };
}
