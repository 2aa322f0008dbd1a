/**
 * The figure fields a reader is shown, in one list: the panel table
 * (src/components/panel/figure-views.tsx), every CSV (src/export/) and the chart tooltip
 * (src/charts/tooltip.ts) take their columns, headers and cells from here, in this order.
 *
 * A field is one entry: its text (read from a figure's display row, whose `figure` is the record
 * as validated, so a new schema field is readable here without touching rows.ts), its headers
 * (its words in src/i18n/field-words.ts, Chinese and English side by side) and the outputs that
 * show it: `table`, `csv`, `tooltip`. Adding a field is its schema line, its entry here and its
 * words in field-words.ts: three files, and a header that is not there is a type error.
 */
import type { SourceKind, Theme } from '../model/schema';
import type { UnitsTable } from '../model/units';
import { FIELD_WORDS as W, type FieldText } from '../i18n/field-words';
import { localeOf, pickText, type Lang } from '../i18n/locales';
import { t } from '../i18n/strings';
import { sourceWord } from '../i18n/source-words';
import { baseUnitName, plainNumber, qualifierNote } from '../format';
import type { FigureRow } from './rows';

/** What a cell may need beyond its row: the language, the report's themes and unit table. */
export interface ColumnContext {
  lang: Lang;
  /** The report's themes, for a theme's name; a theme not among them is written as its id. */
  themes?: readonly Theme[];
  /** How base units print (the report's units.json). */
  units: UnitsTable;
  /** The report's kind: a cited or table report's words never call its source 原文 (an article). */
  kind?: SourceKind;
}

/**
 * Where a field goes in the tooltip: `value` (its headline), `label`, `note` (what the qualifier
 * means), then in list order `meta` (its header, a colon, the text), `line` (the text alone) and
 * `quote` (the source's words, in quotation marks).
 */
export type TooltipSlot = 'value' | 'label' | 'note' | 'meta' | 'line' | 'quote';

interface ColumnBase {
  id: string;
  /** Its header in the panel table, and its label in the tooltip (slot `meta`). */
  header?: FieldText;
  /** Its header in a cited or table report (which keeps no text), when it differs. */
  headerCited?: FieldText;
  /** What a reader sees for one figure (table cell, tooltip line, CSV cell); null: nothing. */
  text: (row: FigureRow, ctx: ColumnContext) => string | null;
  /** In every CSV: its header and, when it differs from the text, its cell. */
  csv?: {
    header: FieldText;
    cell?: (row: FigureRow, ctx: ColumnContext) => string;
    /** A code column: after the words, for machines (qualifier, unit and theme ids). */
    code?: true;
  };
  /** In the chart tooltip, in `slot`; `text` when it differs from the column's text. */
  tooltip?: { slot: TooltipSlot; text?: (row: FigureRow, ctx: ColumnContext) => string | null };
}

/** In the panel table: a column that sorts by `sortKey` (default: the text). */
export interface TableSpec {
  /** Right-aligned digits. */
  numeric?: boolean;
  sortKey?: (row: FigureRow) => string | number;
  /** Left out of a table whose rows all make it redundant. */
  omitWhen?: (rows: readonly FigureRow[]) => boolean;
}

/** One field; a column in the table must have a header. */
export type FigureColumn = ColumnBase &
  ({ table?: undefined } | { table: TableSpec; header: FieldText });

const unlessUndefined = (n: number | undefined) => (n === undefined ? '' : plainNumber(n));

/** Every figure field shown to readers, in the order the outputs show them. */
export const FIGURE_COLUMNS = [
  { id: 'id', text: (r) => r.id, csv: { header: W.id.csv } },
  {
    id: 'label',
    header: W.label.name,
    text: (r) => r.label,
    table: {},
    csv: { header: W.label.csv },
    tooltip: { slot: 'label' },
  },
  {
    id: 'value',
    header: W.value.name,
    headerCited: W.value.nameCited,
    // The value as the source writes it (`1600余场`), whatever the language.
    text: (r) => r.written,
    table: { numeric: true, sortKey: (r) => r.value },
    csv: { header: W.value.csv },
    // The tooltip leads with the value in the reader's language (`1,600+ events`).
    tooltip: { slot: 'value', text: (r) => r.valueText },
  },
  { id: 'number', text: (r) => plainNumber(r.figure.value), csv: { header: W.number.csv } },
  { id: 'unit', text: (r) => r.figure.unit, csv: { header: W.unit.csv } },
  {
    id: 'qualifier',
    text: (r, { lang }) => localeOf(lang).csv.qualifiers[r.qualifier] ?? r.qualifier,
    csv: { header: W.qualifier.csv },
    tooltip: {
      slot: 'note',
      text: (r, { lang, kind }) =>
        r.moreThan
          ? t(lang, sourceWord(kind, 'moreThanNote'))
          : (qualifierNote(r.qualifier, lang, false) ?? null),
    },
  },
  {
    id: 'normalised',
    header: W.normalised.name,
    text: (r) => r.normalisedText,
    table: {
      numeric: true,
      sortKey: (r) => r.value,
      // In Chinese the normalised value often reads exactly as written (2.04亿元 | 2.04亿元): the
      // column is then noise; it stays whenever one row differs (万元 beside 亿元).
      omitWhen: (rows) => rows.every((r) => r.normalisedText === r.written),
    },
    csv: { header: W.normalised.csv, cell: (r) => plainNumber(r.value) },
  },
  {
    id: 'normalisedUnit',
    text: (r, { lang, units }) => baseUnitName(r.unit, lang, units),
    csv: { header: W.normalisedUnit.csv },
  },
  {
    id: 'period',
    header: W.period.name,
    text: (r) => r.period,
    table: {},
    csv: { header: W.period.csv },
    tooltip: { slot: 'meta' },
  },
  {
    id: 'organisation',
    header: W.organisation.name,
    text: (r) => r.organisation,
    table: {},
    csv: { header: W.organisation.csv },
    tooltip: { slot: 'meta' },
  },
  {
    id: 'theme',
    text: (r, { lang, themes = [] }) => {
      const theme = themes.find((t) => t.id === r.theme);
      return theme ? pickText(theme.name, lang) : r.theme;
    },
    csv: { header: W.theme.csv },
  },
  {
    id: 'quote',
    // A cited or table figure has no quote and no range in a text (its source is on the row).
    text: (r) => r.quote,
    csv: { header: W.quote.csv },
    tooltip: { slot: 'quote' },
  },
  {
    id: 'range',
    text: (r) => (r.figure.range ? `${r.figure.range.start}-${r.figure.range.end}` : null),
    csv: { header: W.range.csv },
  },
  // A range (qualifier "range"): the value is its lower bound, these its upper bound.
  {
    id: 'valueTo',
    text: (r) => unlessUndefined(r.figure.valueTo),
    csv: { header: W.valueTo.csv },
  },
  {
    id: 'normalisedTo',
    text: (r) => unlessUndefined(r.valueTo),
    csv: { header: W.normalisedTo.csv },
  },
  // Where a cited figure is in its source; a table figure's cell.
  { id: 'locator', text: (r) => r.cited?.locator ?? null, tooltip: { slot: 'line' } },
  {
    id: 'cell',
    text: (r) => (r.cell ? `${r.cell.row} · ${r.cell.column}` : null),
    tooltip: { slot: 'line' },
  },
  {
    id: 'qualifierCode',
    text: (r) => r.qualifier,
    csv: { header: W.qualifierCode.csv, code: true },
  },
  {
    id: 'normalisedUnitCode',
    text: (r) => r.unit,
    csv: { header: W.normalisedUnitCode.csv, code: true },
  },
  { id: 'themeCode', text: (r) => r.theme, csv: { header: W.themeCode.csv, code: true } },
] as const satisfies readonly FigureColumn[];

export type ColumnId = (typeof FIGURE_COLUMNS)[number]['id'];

type Shown<K extends 'csv' | 'tooltip'> = FigureColumn & Required<Pick<ColumnBase, K>>;
const has =
  <K extends 'csv' | 'tooltip'>(key: K) =>
  (c: FigureColumn): c is Shown<K> =>
    c[key] !== undefined;
const columns: readonly FigureColumn[] = FIGURE_COLUMNS;

export type TableColumn = ColumnBase & { id: ColumnId; table: TableSpec; header: FieldText };
/** The panel table's columns, in order (the first is each row's header). */
export const TABLE_COLUMNS = columns.filter(
  (c): c is TableColumn => c.table !== undefined,
) as readonly TableColumn[];

/** The CSV's columns: the fields in words, then the code columns. */
export const CSV_FIGURE_COLUMNS: readonly Shown<'csv'>[] = [
  ...columns.filter(has('csv')).filter((c) => !c.csv.code),
  ...columns.filter(has('csv')).filter((c) => c.csv.code),
];

/** The tooltip's fields: the headline slots first (value, label, note), then the rest in order. */
export const TOOLTIP_COLUMNS: readonly Shown<'tooltip'>[] = [
  ...(['value', 'label', 'note'] as const).flatMap((slot) =>
    columns.filter(has('tooltip')).filter((c) => c.tooltip.slot === slot),
  ),
  ...columns
    .filter(has('tooltip'))
    .filter((c) => !['value', 'label', 'note'].includes(c.tooltip.slot)),
];

/**
 * A column's header in the language (a cited or table report's, in one): '' for a column
 * without one.
 */
export function columnName(
  column: Pick<ColumnBase, 'header' | 'headerCited'>,
  lang: Lang,
  kind?: SourceKind,
): string {
  const cited = (kind ?? 'article') !== 'article';
  const header = (cited && column.headerCited) || column.header;
  return header ? pickText(header, lang) : '';
}

/** A CSV column's header in the language. */
export function csvHeader(column: Shown<'csv'>, lang: Lang): string {
  return pickText(column.csv.header, lang);
}

/** A column's CSV cell for one row ('' for nothing). */
export function csvCell(column: Shown<'csv'>, row: FigureRow, ctx: ColumnContext): string {
  return column.csv.cell ? column.csv.cell(row, ctx) : (column.text(row, ctx) ?? '');
}

/** A column's tooltip text for one row (null: the tooltip leaves it out). */
export function tooltipText(
  column: Shown<'tooltip'>,
  row: FigureRow,
  ctx: ColumnContext,
): string | null {
  return column.tooltip.text ? column.tooltip.text(row, ctx) : column.text(row, ctx);
}
