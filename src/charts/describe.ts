import type { FigureRow } from '../selectors/rows';

/** Sentence punctuation per language: full-width for Chinese, ASCII with spaces for English. */
export const PUNCT = {
  zh: { stop: '。', colon: '：', semi: '；' },
  en: { stop: '. ', colon: ': ', semi: '; ' },
} as const;

/** The text a screen reader gets for a chart: its title, then each label and value as written. */
export function describeChart(
  title: string,
  rows: readonly Pick<FigureRow, 'label' | 'valueText'>[],
  lang: 'zh' | 'en',
): string {
  const p = PUNCT[lang];
  const items = rows.map((r) => `${r.label}${p.colon}${r.valueText}`).join(p.semi);
  return `${title}${p.stop}${items}${lang === 'en' ? '.' : '。'}`.replace(/ +$/, '');
}
