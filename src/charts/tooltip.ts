import type { FigureRow } from '../selectors/rows';
import { escapeHtml, type TooltipWords } from './style';

/**
 * The tooltip for one figure: value as written, label, period, organisation and the quote, plus a
 * link to the sentence in the article. Returns an HTML string with every datum escaped.
 */
export function figureTooltipHtml(row: FigureRow, words: TooltipWords): string {
  const note = row.moreThan ? words.moreThan : words.qualifierNotes?.[row.qualifier];
  const more = note ? `<div class="tt-more">${escapeHtml(note)}</div>` : '';
  const href = `?view=source&figure=${encodeURIComponent(row.id)}`;
  return [
    `<div class="tt">`,
    `<div class="tt-value">${escapeHtml(row.valueText)}</div>`,
    `<div class="tt-label">${escapeHtml(row.label)}</div>`,
    more,
    `<div class="tt-meta">${escapeHtml(words.period)}${escapeHtml(row.period)}</div>`,
    `<div class="tt-meta">${escapeHtml(words.organisation)}${escapeHtml(row.organisation)}</div>`,
    row.quote === null
      ? ''
      : `<blockquote class="tt-quote">“${escapeHtml(row.quote)}”</blockquote>`,
    row.cited ? `<div class="tt-meta">${escapeHtml(row.cited.locator)}</div>` : '',
    row.cell
      ? `<div class="tt-meta">${escapeHtml(row.cell.row)} · ${escapeHtml(row.cell.column)}</div>`
      : '',
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
