import type { EChartsOption } from 'echarts';
import { chartKindProblem } from '../model/chart-kinds';
import { sharedUnitName, type FigureRow } from '../selectors/rows';
import { formatAxisTick } from '../format';
import { PALETTES, approximateDecal, fontStack, moreThanDecal, type ChartOptions } from './style';

/** `#rrggbb` at 35 % over the page: the lighter part of a range bar. */
function lighter(hex: string): string {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/iu.exec(hex);
  if (!m) return hex;
  const [r, g, b] = m.slice(1).map((h) => parseInt(h, 16));
  return `rgba(${r}, ${g}, ${b}, 0.35)`;
}

/** The name of the lighter series that carries a range from its lower to its upper bound. */
export const RANGE_SERIES = 'range';

/**
 * The mark a bar carries for its qualifier: stripes for "this or more" (余/多/超过 more_than,
 * 以上 at_least), dots for an approximate number (近 nearly, 约 about, 不足 less than), none for
 * an exact one or a range (whose lighter extension is its mark).
 */
function qualifierDecal(r: FigureRow, opts: ChartOptions) {
  if (r.qualifier === 'more_than' || r.qualifier === 'at_least')
    return { decal: moreThanDecal(opts.scheme, opts.patterns) };
  if (r.qualifier === 'nearly' || r.qualifier === 'about' || r.qualifier === 'less_than')
    return { decal: approximateDecal(opts.scheme, opts.patterns) };
  return {};
}
import { figureTooltipHtml, tooltipBeside, type Box } from './tooltip';
import { LABEL_FONT_SIZE, estimateWidth, labelColumn } from './line-break';

/**
 * Below this chart width (phones) each category label sits on its own lines above its bar, so
 * long labels (English especially) neither squeeze the bars nor overlap one another.
 */
const NARROW_WIDTH = 480;
const NARROW_BAR_WIDTH = 12;
const BAR_WIDTH = 22;
const LINE_HEIGHT = 15;
/** The least height of one bar's band, label included. */
export const BAR_ROW_HEIGHT = 36;
const AXIS_ROOM = 34;
/** The label column may take up to this share of the chart's width; then labels wrap. */
const LABEL_SHARE = 0.38;
const SIDE = 8;
/**
 * An exported image's left margin: its caption's (export-frame.ts), so the longest category label
 * lines up with the title instead of starting 8 px further left. Only an export passes insets.
 */
const EXPORT_SIDE = 16;
/** A chart beside its labels is never shorter than this: two bars still read as a chart. */
const MIN_WIDE_HEIGHT = 200;
/** Axis tick labels need about this much room each to stay readable. */
const TICK_ROOM = 56;

export interface BarLayout {
  narrow: boolean;
  /** Category labels, wrapped between words. */
  labelLines: string[][];
  labelWidth: number;
  rowHeight: number;
  /** Room to the right of the longest bar for its value label (`¥24.12 million`). */
  valueRoom: number;
  plotWidth: number;
  height: number;
  /** The margin left of the labels (of the plot, on phones). */
  side: number;
}

/** Where everything goes in a bar chart of these rows at this width: pure, shared with height. */
export function barLayout(
  rows: readonly FigureRow[],
  width = 640,
  insets = { top: 0, bottom: 0 },
): BarLayout {
  const narrow = width < NARROW_WIDTH;
  const side = insets.top > 0 || insets.bottom > 0 ? EXPORT_SIDE : SIDE;
  const labels = rows.map((r) => r.label);
  const valueRoom =
    Math.max(40, ...rows.map((r) => Math.ceil(estimateWidth(r.valueText, LABEL_FONT_SIZE) * 1.1))) +
    10;
  const column = narrow
    ? labelColumn(labels, width - 2 * side, 1)
    : labelColumn(labels, width, LABEL_SHARE);
  const rowHeight = narrow
    ? column.maxLines * LINE_HEIGHT + NARROW_BAR_WIDTH + 14
    : Math.max(BAR_ROW_HEIGHT, column.maxLines * LINE_HEIGHT + 12);
  const labelWidth = narrow ? 0 : column.width + SIDE;
  const plotWidth = Math.max(60, width - side - labelWidth - valueRoom);
  const drawn = Math.max(2, rows.length) * rowHeight + AXIS_ROOM + 16;
  const height = (narrow ? drawn : Math.max(MIN_WIDE_HEIGHT, drawn)) + insets.top + insets.bottom;
  return {
    narrow,
    labelLines: column.lines,
    labelWidth,
    rowHeight,
    valueRoom,
    plotWidth,
    height,
    side,
  };
}

/**
 * What of the window a chart's tooltip may use, in the chart's coordinates (the tooltip is placed
 * in the chart's own element); the chart itself where there is no window (SSR exports).
 */
function windowRoom(tip: unknown, view: number[]): Box {
  const inPage = typeof HTMLElement !== 'undefined' && tip instanceof HTMLElement;
  const chart = inPage ? tip.parentElement?.getBoundingClientRect() : undefined;
  if (!chart) return { x: 0, y: 0, width: view[0]!, height: view[1]! };
  const edge = 8;
  return {
    x: edge - chart.left,
    y: edge - chart.top,
    width: window.innerWidth - 2 * edge,
    height: window.innerHeight - 2 * edge,
  };
}

/** The chart height a bar panel needs for these rows (plus export insets). */
export function barChartHeight(
  rows: readonly FigureRow[],
  width?: number,
  insets = { top: 0, bottom: 0 },
): number {
  return barLayout(rows, width, insets).height;
}

/**
 * A "nice" tick step (1, 2, 2.5 or 5 × 10ⁿ) giving at least three ticks (0 included) and as many
 * as the plot has room for: at 320 px an axis still reads `0 · 5K · 10K · 15K`, not `3K 12K`.
 */
export function niceTicks(max: number, plotWidth: number): { interval: number; max: number } {
  const top = max > 0 && Number.isFinite(max) ? max : 1;
  const intervals = Math.max(2, Math.min(5, Math.floor(plotWidth / TICK_ROOM)));
  const raw = top / intervals;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
  return { interval: step, max: step * Math.ceil(top / step) };
}

/**
 * Horizontal bars for figures that share one base unit (the panel check guarantees it; a mixed
 * set throws, because one axis cannot honestly carry yuan and people). Rows stay in the order
 * given, first on top. "More than" bars are striped and their labels keep the article's 余/多;
 * approximate ones are dotted; a range is drawn to its lower bound with a lighter part to its upper.
 */
export function buildBarOption(
  rows: readonly FigureRow[],
  opts: ChartOptions,
  scale: { max?: number; track?: boolean } = {},
): EChartsOption {
  const problem = chartKindProblem('bar', rows);
  if (problem) throw new Error(problem);
  const unit = rows[0]?.unit ?? ''; // no rows, no ticks to suffix
  const c = PALETTES[opts.scheme];
  const font = fontStack(opts.lang);
  const insets = opts.insets ?? { top: 0, bottom: 0 };
  const width = opts.width ?? 640;
  const layout = barLayout(rows, width, insets);
  const { narrow } = layout;
  const hasRange = rows.some((r) => r.valueTo !== undefined);
  const ticks =
    scale.max !== undefined
      ? { max: scale.max, interval: scale.max / 2 }
      : niceTicks(Math.max(0, ...rows.map((r) => r.valueTo ?? r.value)), layout.plotWidth);
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
    // Laid out by hand (barLayout): ECharts 6 ignores containLabel without LegacyGridContainLabel.
    grid: {
      left: layout.side + layout.labelWidth,
      right: layout.valueRoom,
      top: 8 + insets.top,
      bottom: AXIS_ROOM + insets.bottom,
    },
    tooltip: {
      trigger: 'item',
      // Not confined to the chart (a short chart has no room beside its bars): placed beside the
      // bar it describes, inside the window (tooltipBeside).
      confine: false,
      className: 'chart-tooltip',
      position: (
        point: number[],
        _params: unknown,
        dom: unknown,
        rect: Box | null,
        size: { contentSize: number[]; viewSize: number[] },
      ) =>
        tooltipBeside(
          [point[0]!, point[1]!],
          rect,
          [size.contentSize[0]!, size.contentSize[1]!],
          windowRoom(dom, size.viewSize),
        ),
      enterable: true,
      backgroundColor: c.background,
      borderColor: c.grid,
      textStyle: { color: c.text, fontFamily: font },
      extraCssText: 'max-width: 320px; white-space: normal;',
      formatter: (params: unknown) => {
        const index = (params as { dataIndex: number }).dataIndex;
        const row = rows[index];
        return row ? figureTooltipHtml(row, opts) : '';
      },
    },
    xAxis: {
      type: 'value',
      min: 0,
      max: ticks.max,
      interval: ticks.interval,
      axisLabel: {
        color: c.muted,
        formatter: (v: number) => formatAxisTick(v, unit, opts.lang, opts.units),
      },
      splitLine: { lineStyle: { color: c.grid } },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((r) => r.label),
      axisTick: { show: false },
      axisLine: { lineStyle: { color: c.grid } },
      // Labels arrive wrapped between words (line-break.ts); ECharts must not break them again.
      // On phones they are drawn inside the plot, above each bar.
      axisLabel: {
        color: c.text,
        fontSize: LABEL_FONT_SIZE,
        lineHeight: LINE_HEIGHT,
        overflow: 'none',
        // Every label, always: the layout leaves each its own band, so none may be skipped.
        interval: 0,
        formatter: (_: string, index: number) => layout.labelLines[index]?.join('\n') ?? '',
        ...(narrow
          ? {
              inside: true,
              align: 'left',
              verticalAlign: 'bottom',
              padding: [0, 0, NARROW_BAR_WIDTH / 2 + 4, 0],
            }
          : layout.side === EXPORT_SIDE
            ? // An export's labels start where its title does: set flush left at the margin (a
              // right-aligned column starts where the estimated width of the longest label says,
              // a few px off the real font's).
              { align: 'left', margin: layout.labelWidth }
            : { align: 'right', margin: SIDE }),
      },
    },
    series: [
      {
        type: 'bar',
        name: sharedUnitName(rows, opts.lang, opts.units) ?? rows[0]?.unitName ?? '',
        barWidth: narrow ? NARROW_BAR_WIDTH : BAR_WIDTH,
        ...(hasRange ? { stack: 'value' } : {}),
        ...(scale.track ? { showBackground: true, backgroundStyle: { color: c.track } } : {}),
        data: rows.map((r) => ({
          value: r.value,
          name: r.label,
          itemStyle: {
            color: c.bar,
            borderRadius: r.valueTo !== undefined ? 0 : [0, 3, 3, 0],
            ...qualifierDecal(r, opts),
          },
        })),
        label: {
          show: true,
          position: 'right',
          color: c.text,
          fontWeight: 'bold',
          // A range's label sits at the end of its lighter part (the series below).
          formatter: (p: unknown) => {
            const row = rows[(p as { dataIndex: number }).dataIndex];
            return row && row.valueTo === undefined ? row.valueText : '';
          },
        },
      },
      // A range (3至5个): the bar reaches the lower bound, this lighter part the upper bound.
      ...(hasRange
        ? [
            {
              type: 'bar' as const,
              name: RANGE_SERIES,
              stack: 'value',
              barWidth: narrow ? NARROW_BAR_WIDTH : BAR_WIDTH,
              data: rows.map((r) => ({
                value: r.valueTo !== undefined ? r.valueTo - r.value : 0,
                name: r.label,
                // A lighter tint, not opacity: opacity would fade the label drawn beside it too.
                itemStyle: { color: lighter(c.bar), borderRadius: [0, 3, 3, 0] },
              })),
              label: {
                show: true,
                position: 'right' as const,
                color: c.text,
                fontWeight: 'bold' as const,
                formatter: (p: unknown) => {
                  const row = rows[(p as { dataIndex: number }).dataIndex];
                  return row && row.valueTo !== undefined ? row.valueText : '';
                },
              },
            },
          ]
        : []),
    ],
  };
}

/**
 * Rates as bullet bars on a fixed 0–100% scale with a full-width track: the scale never zooms,
 * so 94.4% and 95.3% look as close as they are. Throws on a row that is not a percentage.
 */
export function buildBulletOption(rows: readonly FigureRow[], opts: ChartOptions): EChartsOption {
  const problem = chartKindProblem('bullet', rows);
  if (problem) throw new Error(problem);
  return buildBarOption(rows, opts, { max: 100, track: true });
}
