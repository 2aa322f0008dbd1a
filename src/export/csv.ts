/**
 * CSV text for spreadsheets: UTF-8 with a byte-order mark (so Excel opens Chinese correctly),
 * CRLF line ends (RFC 4180), and every field quoted when it holds a comma, quote or line break.
 */
import type { Theme } from '../model/schema';
import type { FigureRecord } from '../model/validate';
import { baseUnitName, formatPeriod, plainNumber, type Lang } from '../format';
import { en, localeOf, pickText, zh } from '../i18n/locales';

export const BOM = '\uFEFF';

export function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  return BOM + rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** The figure columns' headers in each built-in locale (a locale's own are `locale.csv.figures`). */
export const CSV_COLUMNS = {
  zh: [...zh.csv.figures, ...zh.csv.codes],
  en: [...en.csv.figures, ...en.csv.codes],
} as const;

/** The headers of the figure columns and their code columns, in the language. */
export function figureHeaders(lang: Lang): string[] {
  const { csv } = localeOf(lang);
  return [...csv.figures, ...csv.codes];
}

/** What a panel's CSV adds on every row: its notes as shown, the source line, the address. */
export interface PanelCsvContext {
  notes: readonly string[];
  source: string;
  address: string;
}

/**
 * One row per figure: the value as written, the number and unit as written, the qualifier in
 * words, the normalised value and unit (its name in the language), period, organisation, theme
 * name, quote and its character range in the article, then the qualifier, unit and theme as codes
 * in their own columns. Headers and words follow the language; quotes stay as the article writes
 * them. A panel's CSV adds its notes, source line and the article's address on every row.
 */
export function figuresCsv(
  figures: readonly FigureRecord[],
  lang: Lang,
  { themes = [], panel }: { themes?: readonly Theme[]; panel?: PanelCsvContext } = {},
): string {
  const { csv } = localeOf(lang);
  const extra = panel
    ? [panel.notes.join(localeOf(lang).punct.afterStop), panel.source, panel.address]
    : [];
  return toCsv([
    [...figureHeaders(lang), ...(panel ? csv.panel : [])],
    ...figures.map((f) => [...figureCells(f, lang, themes), ...extra]),
  ]);
}

/** One figure's cells, in the order of figureHeaders (shared with the whole-dataset download). */
export function figureCells(f: FigureRecord, lang: Lang, themes: readonly Theme[] = []): string[] {
  const { csv } = localeOf(lang);
  const theme = themes.find((t) => t.id === f.theme);
  return [
    f.id,
    pickText(f.label, lang),
    f.written,
    plainNumber(f.value),
    f.unit,
    csv.qualifiers[f.qualifier] ?? f.qualifier,
    plainNumber(f.base.value),
    baseUnitName(f.base.unit, lang),
    formatPeriod(f.period, lang),
    pickText(f.organisation, lang),
    theme ? pickText(theme.name, lang) : f.theme,
    f.quote,
    `${f.range.start}-${f.range.end}`,
    f.qualifier,
    f.base.unit,
    f.theme,
  ];
}
