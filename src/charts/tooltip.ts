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
    `<blockquote class="tt-quote">“${escapeHtml(row.quote)}”</blockquote>`,
    `<a class="tt-link" data-nav href="${escapeHtml(href)}">${escapeHtml(words.viewInArticle)}</a>`,
    `</div>`,
  ].join('');
}
