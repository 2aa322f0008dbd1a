import type { EChartsOption } from 'echarts';
import { PALETTES, fontStack, type Scheme } from './style';
import { wrapCaption, type FontMeasure } from './line-break';
import type { Lang } from '../i18n/locales';

/** What an exported image says around the chart, so it stands on its own in a slide. */
export interface ExportCaption {
  title: string;
  /** Period and unit, e.g. `五年来（2018—2023年） · 单位：元`. */
  subtitle: string;
  /** The active filter, e.g. `筛选：全部主题，全部年份`. */
  filter: string;
  /** `数据来源：《奋力开创新时代兵团工会工作新局面》，2023-07-24`. */
  source: string;
  /** Explains the stripes, when the chart has 余/多 bars; drawn after a striped swatch. */
  legend?: string;
  /**
   * The panel's notes (what must not be added or compared, figures the year hides): an image taken
   * into a slide keeps the caveats the page shows under the chart.
   */
  notes?: readonly string[];
}

/** The export width in CSS pixels: slides (16:9 at 1200), whatever the screen. */
export const EXPORT_WIDTH = 1200;

/** Left and right margin of the caption, matching the cards' 16 px. */
const SIDE = 16;
const SWATCH = 14;
const SWATCH_GAP = 8;

export interface CaptionLine {
  text: string;
  x: number;
  /** Top of the line box (text drawn with verticalAlign top). */
  y: number;
  font: string;
  lineHeight: number;
  tone: 'text' | 'muted';
  /** Top lines are placed from the top of the image, bottom lines from the top of the bottom band. */
  band: 'top' | 'bottom';
}

export interface CaptionLayout {
  lines: CaptionLine[];
  /** Where the striped swatch goes, when there is a legend. */
  swatch: { x: number; y: number; size: number } | null;
  /** Space the caption takes above and below the plot. */
  insets: { top: number; bottom: number };
}

/**
 * Lays out the caption for an image `width` wide: every part wraps (never clipped) with the font
 * that draws it, and the insets grow with the number of lines. Bottom lines (the source) get y
 * relative to the top of the bottom band; `withExportFrame` offsets them.
 */
export function layoutExportCaption(
  caption: ExportCaption,
  width: number,
  lang: Lang,
  measure: FontMeasure,
): CaptionLayout {
  const stack = fontStack(lang);
  const max = width - 2 * SIDE;
  const lines: CaptionLine[] = [];
  let y = 14;
  let band: CaptionLine['band'] = 'top';
  const block = (
    text: string,
    font: string,
    lineHeight: number,
    tone: CaptionLine['tone'],
    indent = 0,
  ) => {
    for (const line of wrapCaption(text, max - indent, font, measure, lang)) {
      lines.push({ text: line, x: SIDE + indent, y, font, lineHeight, tone, band });
      y += lineHeight;
    }
  };
  block(caption.title, `bold 18px ${stack}`, 26, 'text');
  y += 4;
  if (caption.subtitle) block(caption.subtitle, `12px ${stack}`, 18, 'muted');
  block(caption.filter, `12px ${stack}`, 18, 'muted');
  let swatch: CaptionLayout['swatch'] = null;
  if (caption.legend) {
    y += 4;
    swatch = { x: SIDE, y: y + 2, size: SWATCH };
    block(caption.legend, `12px ${stack}`, 18, 'muted', SWATCH + SWATCH_GAP);
  }
  const top = y + 12;
  y = 12;
  band = 'bottom';
  for (const note of caption.notes ?? []) {
    block(note, `12px ${stack}`, 18, 'muted');
    y += 2;
  }
  block(caption.source, `12px ${stack}`, 18, 'muted');
  return { lines, swatch, insets: { top, bottom: y + 10 } };
}

/**
 * Returns a new option with the laid-out caption baked in: title, period/unit, filter and legend
 * lines on top, the source at the bottom, one `<text>` per line, a solid background for the
 * scheme, animation off. The input is not mutated. The builder must have been given
 * `layout.insets` so the plot leaves room for the caption.
 */
export function withExportFrame(
  option: EChartsOption,
  layout: CaptionLayout,
  scheme: Scheme,
  height: number,
): EChartsOption {
  const c = PALETTES[scheme];
  const existing = option.graphic as { elements?: unknown[] } | undefined;
  const bottomTop = height - layout.insets.bottom;
  // Plain graphic text rather than ECharts' title component: one less module to ship.
  const texts = layout.lines.map((line) => ({
    type: 'text',
    x: line.x,
    y: line.band === 'bottom' ? bottomTop + line.y : line.y,
    style: {
      text: line.text,
      fill: line.tone === 'text' ? c.text : c.muted,
      font: line.font,
      verticalAlign: 'top',
    },
  }));
  const swatch = layout.swatch
    ? [
        {
          type: 'rect',
          shape: { x: layout.swatch.x, y: layout.swatch.y, width: 14, height: 14 },
          style: { fill: c.bar },
        },
        ...[3, 7, 11, 15, 19, 23].map((d) => {
          const s = layout.swatch!;
          // Diagonal stripes clipped to the swatch by hand (no clip paths in the SVG).
          const x1 = s.x + Math.max(0, d - s.size);
          const y1 = s.y + Math.min(s.size, d);
          const x2 = s.x + Math.min(s.size, d);
          const y2 = s.y + Math.max(0, d - s.size);
          return {
            type: 'line',
            shape: { x1, y1, x2, y2 },
            style: { stroke: c.background, lineWidth: 1.5 },
          };
        }),
      ]
    : [];
  return {
    ...option,
    animation: false,
    backgroundColor: c.background,
    graphic: {
      elements: [...(existing?.elements ?? []), ...swatch, ...texts],
    } as EChartsOption['graphic'],
  };
}
