/**
 * The indicator page's chart, pure: a year axis whose tick density follows the width, and one
 * row per value grouped by series (one entity and measure): a stock "as of" a date is a dot, a
 * count over a period is a bar spanning exactly its (clamped) period. No line ever joins two
 * values, and every row names its entity. The same SVG markup is drawn on the page and exported
 * (with a caption and a solid background), so the export is what the reader saw.
 */
import type { IndicatorPageModel, IndicatorPoint } from '../selectors/indicator-page';
import { estimateWidth, wrapLabel } from './line-break';
import { escapeHtml } from '../model/escape-html';
import { PALETTES, type Scheme } from './style';

/** Year steps the axis may take, finest first. */
const STEPS = [1, 2, 5, 10, 20, 25, 50, 100];

export interface YearTicks {
  /** The axis runs from 1 Jan `start` to 1 Jan `end`. */
  start: number;
  end: number;
  step: number;
  ticks: { year: number; x: number }[];
}

/**
 * Year ticks for values from `first` to the end of `last` over `width` px: the finest step (1,
 * 2, 5, 10, 20, 25, 50 or 100 years) whose labels are at least `minGap` px apart; the axis is
 * widened to whole steps so it begins and ends on a labelled year.
 */
export function yearTicks(first: number, last: number, width: number, minGap = 44): YearTicks {
  const lo = Math.min(first, last);
  const hi = Math.max(first, last) + 1;
  let chosen = STEPS[STEPS.length - 1]!;
  for (const step of STEPS) {
    const start = Math.floor(lo / step) * step;
    const end = Math.ceil(hi / step) * step;
    if (width / ((end - start) / step) >= minGap) {
      chosen = step;
      break;
    }
  }
  const start = Math.floor(lo / chosen) * chosen;
  const end = Math.max(Math.ceil(hi / chosen) * chosen, start + chosen);
  const ticks = [];
  for (let year = start; year <= end; year += chosen)
    ticks.push({ year, x: ((year - start) / (end - start)) * width });
  return { start, end, step: chosen, ticks };
}

export interface ChartRow {
  key: string;
  seriesKey: string;
  /** Index of the row's entity in the page's entity list (its colour). */
  entityIndex: number;
  measure: 'stock' | 'flow';
  /** Mark ends in px from the plot's left (equal for a stock). */
  x1: number;
  x2: number;
  /** Top of the row's label block. */
  y: number;
  /** Centre line of the mark. */
  markY: number;
  /** The label, wrapped: entity · value, then period and source. */
  lines: string[];
  /** How many of `lines` are the first part (entity · value), drawn bold. */
  headLines: number;
  inferred: boolean;
  /** Not an exact number (余/多/近 …): drawn hollow. */
  approximate: boolean;
  /** Where the mark links: the sentence for an article, else the source's address. */
  href: string;
}

export interface IndicatorChartLayout {
  width: number;
  height: number;
  /** Plot insets inside `width`. */
  left: number;
  plotWidth: number;
  axisY: number;
  ticks: YearTicks;
  rows: ChartRow[];
}

export const CHART_FONT = 12;
const LINE = 16;
const MARK = 14;
const ROW_GAP = 8;
const SERIES_GAP = 10;
const AXIS = 26;
const SIDE = 16;

/** What a row says, in the reader's language (the component passes the formatters). */
export interface RowText {
  /** `兵团 · 64.97万人` */
  head: (p: IndicatorPoint) => string;
  /** `截至2022年底 · 2023-07-24 报道` */
  detail: (p: IndicatorPoint) => string;
  href: (p: IndicatorPoint) => string;
}

const DAY = 86_400_000;
const yearFrac = (iso: string, end = false) => {
  const y = Number(iso.slice(0, 4));
  const t = Date.parse(`${iso}T00:00:00Z`) + (end ? DAY : 0);
  return y + (t - Date.UTC(y, 0, 1)) / (Date.UTC(y + 1, 0, 1) - Date.UTC(y, 0, 1));
};

/** The layout at a CSS width, or null when no value has a date. */
export function indicatorChartLayout(
  model: Pick<IndicatorPageModel, 'series' | 'entities'>,
  width: number,
  text: RowText,
): IndicatorChartLayout | null {
  const dated = model.series
    .filter((s) => s.measure !== 'undated')
    .map((s) => ({ s, points: s.points.filter((p) => p.at) }))
    .filter((g) => g.points.length > 0);
  if (dated.length === 0) return null;
  const plotWidth = Math.max(120, width - 2 * SIDE);
  const all = dated.flatMap((g) => g.points);
  const first = Math.min(...all.map((p) => Number(p.at!.from.slice(0, 4))));
  const last = Math.max(...all.map((p) => Number(p.at!.to.slice(0, 4))));
  const ticks = yearTicks(first, last, plotWidth, estimateWidth('0000', 11) + 16);
  const x = (iso: string, end = false) =>
    ((yearFrac(iso, end) - ticks.start) / (ticks.end - ticks.start)) * plotWidth;
  const rows: ChartRow[] = [];
  let y = 0;
  for (const { s, points } of dated) {
    const entityIndex = Math.max(
      0,
      model.entities.findIndex((e) => e.id === s.entity),
    );
    for (const p of points) {
      // Bold text is wider than the estimate's regular weight: wrap the head a little narrower.
      const head = wrapLabel(text.head(p), plotWidth * 0.92, CHART_FONT);
      const lines = [...head, ...wrapLabel(text.detail(p), plotWidth, CHART_FONT - 1)];
      const markY = y + lines.length * LINE + MARK / 2 + 2;
      rows.push({
        key: p.key,
        seriesKey: s.key,
        entityIndex,
        measure: s.measure as 'stock' | 'flow',
        x1: x(p.at!.from),
        x2: s.measure === 'stock' ? x(p.at!.to) : x(p.at!.to, true),
        y,
        markY,
        lines,
        headLines: head.length,
        inferred: p.yearsInferred || p.dateInferred,
        approximate: p.figure.qualifier !== 'exact',
        href: text.href(p),
      });
      y = markY + MARK / 2 + ROW_GAP;
    }
    y += SERIES_GAP;
  }
  const axisY = y;
  return {
    width,
    height: axisY + AXIS,
    left: SIDE,
    plotWidth,
    axisY,
    ticks,
    rows,
  };
}

/** One colour per entity, distinct in both schemes (≥ 3:1 against the background). */
export const ENTITY_COLOURS: Record<Scheme, readonly string[]> = {
  light: ['#b3261e', '#0b6e99', '#6b4fbb', '#2f7d32', '#a15c00', '#5f6b7a'],
  dark: ['#ff8a7a', '#6cc4ef', '#b9a4ff', '#7fd17f', '#f0b35a', '#b7c0cc'],
};

export interface SvgOptions {
  scheme: Scheme;
  font: string;
  /** An accessible name for the image. */
  title: string;
  /** A class beside `indicator-chart` on the root (the page's copy per scheme: `is-light`). */
  className?: string;
  /** Rows as `<a href>` (an exported file); else `<g data-href>` for the page to follow. */
  links?: boolean;
  /** Export: a caption above (title lines) and below (notes, source) and a solid background. */
  caption?: { top: string[]; bottom: string[] };
}

const esc = escapeHtml;

/** The chart as standalone SVG markup (the page inlines it; the export downloads it). */
export function indicatorChartSvg(layout: IndicatorChartLayout, o: SvgOptions): string {
  const pal = PALETTES[o.scheme];
  const colours = ENTITY_COLOURS[o.scheme];
  // Caption lines are wrapped to the plot's width (the title at its larger size).
  const wrap = (lines: string[], size: number) =>
    lines.flatMap((line, i) =>
      wrapLabel(line, layout.plotWidth, i === 0 ? size : 12).map((text) => ({
        text,
        first: i === 0,
      })),
    );
  const captionTop = o.caption ? wrap(o.caption.top, 15) : [];
  const captionBottom = o.caption ? wrap(o.caption.bottom, 11).map((l) => l.text) : [];
  const top = o.caption ? captionTop.length * 20 + 12 : 0;
  const bottom = o.caption ? captionBottom.length * 16 + 12 : 0;
  const h = layout.height + top + bottom;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="indicator-chart${o.className ? ` ${esc(o.className)}` : ''}" role="img" viewBox="0 0 ${layout.width} ${h}" width="${layout.width}" height="${h}" font-family="${esc(o.font)}" font-size="${CHART_FONT}">`,
    `<title>${esc(o.title)}</title>`,
  ];
  if (o.caption) {
    out.push(`<rect width="100%" height="100%" fill="${pal.background}"/>`);
    captionTop.forEach(({ text, first }, i) =>
      out.push(
        `<text x="${layout.left}" y="${20 + i * 20}" font-size="${first ? 15 : 12}" font-weight="${first ? 700 : 400}" fill="${first ? pal.text : pal.muted}">${esc(text)}</text>`,
      ),
    );
  }
  out.push(`<g transform="translate(${layout.left} ${top})">`);
  for (const tk of layout.ticks.ticks) {
    const anchor = tk.x < 14 ? 'start' : tk.x > layout.plotWidth - 14 ? 'end' : 'middle';
    out.push(
      `<line x1="${r(tk.x)}" x2="${r(tk.x)}" y1="0" y2="${layout.axisY}" stroke="${pal.grid}"/>`,
      `<text class="tick" x="${r(tk.x)}" y="${layout.axisY + 16}" font-size="11" text-anchor="${anchor}" fill="${pal.muted}">${tk.year}</text>`,
    );
  }
  for (const row of layout.rows) {
    const colour = colours[row.entityIndex % colours.length]!;
    const labelX = 0;
    out.push(
      // On the page a row is a pointer shortcut (`data-href`, followed by the component): the
      // image is one role="img", and the table under it holds the same links for the keyboard
      // and screen readers. An exported SVG is a document of its own: its rows are real links.
      `<${o.links ? 'a' : 'g'} ${o.links ? 'href' : 'data-href'}="${esc(row.href)}" data-row="${esc(row.key)}" data-series="${esc(row.seriesKey)}" data-measure="${row.measure}">`,
    );
    row.lines.forEach((line, i) => {
      const head = i < row.headLines;
      out.push(
        `<text x="${labelX}" y="${row.y + 12 + i * LINE}" fill="${head ? pal.text : pal.muted}"${head ? ' font-weight="600"' : ' font-size="11"'}>${esc(line)}</text>`,
      );
    });
    const dash = row.inferred ? ' stroke-dasharray="3 2"' : '';
    const fill = row.approximate ? pal.background : colour;
    if (row.measure === 'stock')
      out.push(
        `<circle cx="${r(row.x1)}" cy="${r(row.markY)}" r="5.5" fill="${fill}" stroke="${colour}" stroke-width="2"${dash}/>`,
      );
    else
      out.push(
        `<rect x="${r(row.x1)}" y="${r(row.markY - 5)}" width="${r(Math.max(3, row.x2 - row.x1))}" height="10" fill="${fill}" fill-opacity="${row.inferred ? 0.55 : 0.9}" stroke="${colour}" stroke-width="1.5"${dash}/>`,
      );
    out.push(o.links ? '</a>' : '</g>');
  }
  out.push('</g>');
  if (o.caption)
    captionBottom.forEach((line, i) =>
      out.push(
        `<text x="${layout.left}" y="${top + layout.height + 16 + i * 16}" font-size="11" fill="${pal.muted}">${esc(line)}</text>`,
      ),
    );
  out.push('</svg>');
  return out.join('');
}

const r = (n: number) => Math.round(n * 10) / 10;
