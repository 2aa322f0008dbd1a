/**
 * CSV text for spreadsheets: UTF-8 with a byte-order mark (so Excel opens Chinese correctly),
 * CRLF line ends (RFC 4180), and every field quoted when it holds a comma, quote or line break.
 */
import type { FigureRecord } from '../model/validate';
import { formatPeriod, plainNumber, type Lang } from '../format';
import { en, localeOf, pickText, zh } from '../i18n/locales';

export const BOM = '\uFEFF';

/**
 * One cell. A text that a spreadsheet would run as a formula (it starts with `=`, `+`, `-`, `@`,
 * a tab or a carriage return: OWASP's CSV-injection rule) gets a leading `'`, so Excel and
 * LibreOffice show it as text. Numbers (a JS number) are written as they are.
 */
export function csvField(value: string | number): string {
  const text = typeof value === 'number' ? String(value) : neutralise(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const neutralise = (text: string): string => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  return BOM + rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** The figure columns' headers in each built-in locale (a locale's own are `locale.csv.figures`). */
export const CSV_COLUMNS = { zh: zh.csv.figures, en: en.csv.figures } as const;

/**
 * One row per figure: the value as written, the number and unit as written, the qualifier
 * (exact, more_than, nearly, about, less_than, at_least, range), the normalised value and unit, period, organisation, theme, quote, and
 * its character range in data/article.txt. Labels follow the language; quotes stay Chinese.
 */
export function figuresCsv(figures: readonly FigureRecord[], lang: Lang): string {
  return toCsv([localeOf(lang).csv.figures, ...figures.map((f) => figureCells(f, lang))]);
}

/** One figure's cells, in the order of CSV_COLUMNS (shared with the whole-dataset download). */
export function figureCells(f: FigureRecord, lang: Lang): string[] {
  return [
    f.id,
    pickText(f.label, lang),
    f.written,
    plainNumber(f.value),
    f.unit,
    f.qualifier,
    plainNumber(f.base.value),
    f.base.unit,
    formatPeriod(f.period, lang),
    pickText(f.organisation, lang),
    f.theme,
    // A cited or table figure has no quote and no range in a text (its source is on the row).
    f.quote ?? '',
    f.range ? `${f.range.start}-${f.range.end}` : '',
    // A range (qualifier "range"): value is its lower bound, these its upper bound.
    f.valueTo !== undefined ? plainNumber(f.valueTo) : '',
    f.base.valueTo !== undefined ? plainNumber(f.base.valueTo) : '',
  ];
}
