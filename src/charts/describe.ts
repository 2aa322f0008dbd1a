import type { FigureRow } from '../selectors/rows';
import { localeOf, type Lang } from '../i18n/locales';

/**
 * The text a screen reader gets for a chart: its title, then each label and value as written, in
 * the locale's punctuation (full-width for Chinese, ASCII with spaces for English).
 */
export function describeChart(
  title: string,
  rows: readonly Pick<FigureRow, 'label' | 'valueText'>[],
  lang: Lang,
): string {
  const { stop, afterStop, colon, clause } = localeOf(lang).punct;
  const items = rows.map((r) => `${r.label}${colon}${r.valueText}`).join(clause);
  return `${title}${stop}${afterStop}${items}${stop}`.replace(/ +$/, '');
}
