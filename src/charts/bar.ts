import type { EChartsOption } from 'echarts';
import { sharedUnitName, type FigureRow } from '../selectors/rows';
import { formatAxisTick } from '../format';
import { PALETTES, fontStack, moreThanDecal, type ChartOptions } from './style';
import { figureTooltipHtml } from './tooltip';

/** Room for the value label to the right of the longest bar (e.g. `¥24.12 million`). */
const VALUE_LABEL_ROOM = 112;
/**
 * Below this chart width (phones) each category label sits on its own line above its bar, so
 * long labels (English especially) neither squeeze the bars nor overlap one another.
 */
const NARROW_WIDTH = 480;
const NARROW_BAR_WIDTH = 12;
/** Height per bar including its gap; keeps two-line Chinese category labels readable. */
export const BAR_ROW_HEIGHT = 46;
const AXIS_ROOM = 34;
/** Category labels wrap at this width so long Chinese labels never push the plot off-screen. */
const CATEGORY_LABEL_WIDTH = 150;
/** In wide images (exports are 1200 px) labels get more room, so they take fewer lines. */
const WIDE_CATEGORY_LABEL_WIDTH = 240;
const WIDE_WIDTH = 900;
const NARROW_VALUE_LABEL_ROOM = 96;

/** The chart height a bar panel needs for n bars (plus export insets). */
export function barChartHeight(n: number, insets = { top: 0, bottom: 0 }): number {
  return Math.max(2, n) * BAR_ROW_HEIGHT + AXIS_ROOM + 16 + insets.top + insets.bottom;
}

/**
 * Horizontal bars for figures that share one base unit (the panel check guarantees it; a mixed
 * set throws, because one axis cannot honestly carry yuan and people). Rows stay in the order
 * given, first on top. "More than" bars are striped and their labels keep the article's 余/多.
 */
export function buildBarOption(
  rows: readonly FigureRow[],
  opts: ChartOptions,
  scale: { max?: number; track?: boolean } = {},
): EChartsOption {
  const units = new Set(rows.map((r) => r.unit));
  if (units.size > 1) throw new Error(`bar chart mixes base units: ${[...units].join(', ')}`);
  const unit = rows[0]?.unit ?? 'persons';
  const c = PALETTES[opts.scheme];
  const font = fontStack(opts.lang);
  const insets = opts.insets ?? { top: 0, bottom: 0 };
  const narrow = (opts.width ?? 640) < NARROW_WIDTH;
  return {
    animation: opts.animation ?? true,
    backgroundColor: 'transparent',
    textStyle: { fontFamily: font, color: c.text },
    aria: {
      enabled: true,
      label: { description: opts.description },
      // Decals only where a bar says 余/多 (set per bar below): stripes mean "more than".
      decal: { show: false },
    },
    grid: {
      left: 8,
      right: narrow ? NARROW_VALUE_LABEL_ROOM : VALUE_LABEL_ROOM,
      top: 8 + insets.top,
      bottom: AXIS_ROOM + insets.bottom,
      containLabel: true,
    },
    tooltip: {
      trigger: 'item',
      confine: true,
      enterable: true,
      backgroundColor: c.background,
      borderColor: c.grid,
      textStyle: { color: c.text, fontFamily: font },
      extraCssText: 'max-width: 320px; white-space: normal;',
      formatter: (params: unknown) => {
        const index = (params as { dataIndex: number }).dataIndex;
        const row = rows[index];
        return row ? figureTooltipHtml(row, opts.words) : '';
      },
    },
    xAxis: {
      type: 'value',
      min: 0,
      ...(scale.max !== undefined ? { max: scale.max } : {}),
      ...(scale.max !== undefined ? { interval: scale.max / 2 } : {}),
      axisLabel: {
        color: c.muted,
        hideOverlap: true,
        formatter: (v: number) => formatAxisTick(v, unit, opts.lang),
      },
      splitLine: { lineStyle: { color: c.grid } },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((r) => r.label),
      axisTick: { show: false },
      axisLine: { lineStyle: { color: c.grid } },
      // On phones the labels are drawn inside the plot, above each bar.
      axisLabel: narrow
        ? {
            color: c.text,
            inside: true,
            align: 'left',
            verticalAlign: 'bottom',
            padding: [0, 0, NARROW_BAR_WIDTH / 2 + 4, 0],
            width: (opts.width ?? NARROW_WIDTH) - 16,
            overflow: 'truncate',
            fontSize: 12,
          }
        : {
            color: c.text,
            width:
              (opts.width ?? 640) >= WIDE_WIDTH ? WIDE_CATEGORY_LABEL_WIDTH : CATEGORY_LABEL_WIDTH,
            overflow: 'break',
            lineHeight: 16,
            fontSize: 12,
          },
    },
    series: [
      {
        type: 'bar',
        name: sharedUnitName(rows) ?? rows[0]?.unitName ?? '',
        barMaxWidth: 26,
        ...(narrow ? { barWidth: NARROW_BAR_WIDTH } : {}),
        ...(scale.track ? { showBackground: true, backgroundStyle: { color: c.track } } : {}),
        data: rows.map((r) => ({
          value: r.value,
          name: r.label,
          itemStyle: {
            color: c.bar,
            borderRadius: [0, 3, 3, 0],
            ...(r.moreThan ? { decal: moreThanDecal(opts.scheme, opts.patterns) } : {}),
          },
        })),
        label: {
          show: true,
          position: 'right',
          color: c.text,
          fontWeight: 'bold',
          formatter: (p: unknown) => rows[(p as { dataIndex: number }).dataIndex]?.valueText ?? '',
        },
      },
    ],
  };
}

/**
 * Rates as bullet bars on a fixed 0–100% scale with a full-width track: the scale never zooms,
 * so 94.4% and 95.3% look as close as they are. Throws on a row that is not a percentage.
 */
export function buildBulletOption(rows: readonly FigureRow[], opts: ChartOptions): EChartsOption {
  const bad = rows.find((r) => r.unit !== 'percent');
  if (bad) throw new Error(`bullet needs percentages; "${bad.id}" is in ${bad.unit}`);
  return buildBarOption(rows, opts, { max: 100, track: true });
}
