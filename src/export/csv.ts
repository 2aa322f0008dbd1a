/**
 * CSV text for spreadsheets: UTF-8 with a byte-order mark (so Excel opens Chinese correctly),
 * CRLF line ends (RFC 4180), and every field quoted when it holds a comma, quote or line break.
 */
import type { FigureRecord } from '../model/validate';
import { formatPeriod, plainNumber, type Lang } from '../format';

export const BOM = '\uFEFF';

export function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  return BOM + rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export const CSV_COLUMNS: Record<Lang, readonly string[]> = {
  zh: [
    '编号',
    '指标',
    '原文数值',
    '数值',
    '单位',
    '限定',
    '换算值',
    '换算单位',
    '时间',
    '机构',
    '主题',
    '原文',
    '原文位置',
  ],
  en: [
    'id',
    'label',
    'as_written',
    'value',
    'unit',
    'qualifier',
    'normalised_value',
    'normalised_unit',
    'period',
    'organisation',
    'theme',
    'quote',
    'article_range',
  ],
};

/**
 * One row per figure: the value as written, the number and unit as written, the qualifier
 * (exact / more_than), the normalised value and unit, period, organisation, theme, quote, and
 * its character range in data/article.txt. Labels follow the language; quotes stay Chinese.
 */
export function figuresCsv(figures: readonly FigureRecord[], lang: Lang): string {
  return toCsv([CSV_COLUMNS[lang], ...figures.map((f) => figureCells(f, lang))]);
}

/** One figure's cells, in the order of CSV_COLUMNS (shared with the whole-dataset download). */
export function figureCells(f: FigureRecord, lang: Lang): string[] {
  return [
    f.id,
    f.label[lang],
    f.written,
    plainNumber(f.value),
    f.unit,
    f.qualifier,
    plainNumber(f.base.value),
    f.base.unit,
    formatPeriod(f.period, lang),
    f.organisation[lang],
    f.theme,
    f.quote,
    `${f.range.start}-${f.range.end}`,
  ];
}
