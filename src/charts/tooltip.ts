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
