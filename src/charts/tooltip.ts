import type { FigureRow } from '../selectors/rows';
import {
  TOOLTIP_COLUMNS,
  columnName,
  tooltipText,
  type ColumnContext,
} from '../selectors/figure-columns';
import { localeOf } from '../i18n/locales';
import { escapeHtml } from '../model/escape-html';
import type { TooltipWords } from './style';

const SLOT_CLASS = {
  value: 'tt-value',
  label: 'tt-label',
  note: 'tt-more',
  meta: 'tt-meta',
  line: 'tt-meta',
} as const;

/**
 * The tooltip for one figure: its fields from the column list (value, label, what its qualifier
 * means, period, organisation, the quote, where a cited or table figure is), plus a link to the
 * sentence in the article. Returns an HTML string with every datum escaped.
 */
export function figureTooltipHtml(
  row: FigureRow,
  { words, ...ctx }: ColumnContext & { words: TooltipWords },
): string {
  const { punct } = localeOf(ctx.lang);
  const href = `?view=source&figure=${encodeURIComponent(row.id)}`;
  const parts = TOOLTIP_COLUMNS.map((column) => {
    const text = tooltipText(column, row, ctx);
    if (text === null) return '';
    const { slot } = column.tooltip;
    if (slot === 'quote') return `<blockquote class="tt-quote">“${escapeHtml(text)}”</blockquote>`;
    const name = slot === 'meta' ? columnName(column, ctx.lang) : '';
    const label = name ? `${name}${punct.colon}` : '';
    return `<div class="${SLOT_CLASS[slot]}">${escapeHtml(label)}${escapeHtml(text)}</div>`;
  });
  return [
    `<div class="tt">`,
    ...parts,
    // Only an article has a sentence to link to; a cited or table figure's source is on its panel.
    row.quote === null
      ? ''
      : `<a class="tt-link" data-nav href="${escapeHtml(href)}">${escapeHtml(words.viewInArticle)}</a>`,
    `</div>`,
  ].join('');
}

/** A rectangle in the chart's coordinates (px from its top left). */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Space kept between a bar and its tooltip. */
const TIP_GAP = 8;

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(v, Math.max(lo, hi)));
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * Where a figure's tooltip goes so that it never covers the bar it describes: below the bar when
 * `room` (what the reader can see, in chart coordinates) has space for it, else above, else to the
 * right or left; across, it follows the pointer, kept in the room. With no bar (an axis), or no
 * side with space, it goes below the pointer. Pure: ECharts' `position` callback wraps it.
 */
export function tooltipBeside(
  point: readonly [number, number],
  bar: Box | null,
  size: readonly [number, number],
  room: Box,
): [number, number] {
  const [w, h] = size;
  const across = clamp(point[0] - w / 2, room.x, room.x + room.width - w);
  const down = clamp(point[1] - h / 2, room.y, room.y + room.height - h);
  if (!bar) return [across, clamp(point[1] + TIP_GAP * 2, room.y, room.y + room.height - h)];
  const fits = ([x, y]: [number, number]) =>
    x >= room.x - 0.5 &&
    y >= room.y - 0.5 &&
    x + w <= room.x + room.width + 0.5 &&
    y + h <= room.y + room.height + 0.5 &&
    !overlaps({ x, y, width: w, height: h }, bar);
  const candidates: [number, number][] = [
    [across, bar.y + bar.height + TIP_GAP],
    [across, bar.y - TIP_GAP - h],
    [bar.x + bar.width + TIP_GAP, down],
    [bar.x - TIP_GAP - w, down],
  ];
  return candidates.find(fits) ?? candidates[0]!;
}
