/**
 * CSV text for spreadsheets: UTF-8 with a byte-order mark (so Excel opens Chinese correctly),
 * CRLF line ends (RFC 4180), and every field quoted when it holds a comma, quote or line break.
 */
import type { Theme } from '../model/schema';
import type { FigureRecord } from '../model/validate';
import type { UnitsTable } from '../model/units';
import type { Lang } from '../format';
import { localeOf } from '../i18n/locales';
import { toRow } from '../selectors/rows';
import { CSV_FIGURE_COLUMNS, csvCell, csvHeader, type ColumnId } from '../selectors/figure-columns';

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

/** The headers of the figure columns and their code columns, in the language. */
export function figureHeaders(lang: Lang): string[] {
  return CSV_FIGURE_COLUMNS.map((c) => csvHeader(c, lang));
}

/** What a panel's CSV adds on every row: its notes as shown, the source line, the address. */
export interface PanelCsvContext {
  notes: readonly string[];
  source: string;
  address: string;
}

/**
 * One row per figure, its columns those of the column list (src/selectors/figure-columns.ts):
 * the value as written, the number and unit as written, the qualifier in words, the normalised
 * value and unit (its name in the language), period, organisation, theme name, quote and its
 * character range in the article, then the qualifier, unit and theme as codes in their own
 * columns. Headers and words follow the language; quotes stay as the article writes them. A
 * panel's CSV adds its notes, source line and the article's address on every row.
 */
export function figuresCsv(
  figures: readonly FigureRecord[],
  lang: Lang,
  {
    themes = [],
    panel,
    units,
  }: { themes?: readonly Theme[]; panel?: PanelCsvContext; units: UnitsTable },
): string {
  const { csv } = localeOf(lang);
  const extra = panel
    ? [panel.notes.join(localeOf(lang).punct.afterStop), panel.source, panel.address]
    : [];
  return toCsv([
    [...figureHeaders(lang), ...(panel ? csv.panel : [])],
    ...figures.map((f) => [...figureCells(f, lang, themes, units), ...extra]),
  ]);
}

/**
 * One figure's cells, in the order of figureHeaders (shared with the whole-dataset download and
 * the indicator pages'). `replace` gives some columns' cells as the caller shows them (an
 * indicator page's period, say).
 */
export function figureCells(
  f: FigureRecord,
  lang: Lang,
  themes: readonly Theme[] = [],
  units: UnitsTable,
  replace: Partial<Record<ColumnId, string>> = {},
): string[] {
  const row = toRow(f, lang, units);
  const ctx = { lang, themes, units };
  return CSV_FIGURE_COLUMNS.map((c) => replace[c.id as ColumnId] ?? csvCell(c, row, ctx));
}
