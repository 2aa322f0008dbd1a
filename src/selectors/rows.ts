/**
 * Figures turned into display rows for one language: what chart builders, tables and exports
 * consume. Formatting happens here, once, so every view of a figure says the same thing.
 */
import type { BaseUnit } from '../model/schema';
import type { UnitsTable } from '../model/units';
import type { FigureRecord } from '../model/validate';
import {
  baseUnitName,
  formatBaseValue,
  formatFigureValue,
  formatPeriod,
  formatPeriodShort,
  unitPrint,
  type Lang,
  type Qualifier,
} from '../format';
import { localeOf, pickText } from '../i18n/locales';

export interface FigureRow {
  id: string;
  label: string;
  /** The value as the article writes it, in zh; the English rendering in en. */
  valueText: string;
  /** Always the article's own form (`1600余场`), whatever the language. */
  written: string;
  /** Normalised value in the base unit (yuan, people …), for axes and sorting. */
  value: number;
  unit: BaseUnit;
  unitName: string;
  /** The measure word as the article writes it, without 万/亿: 元, 个, 家. */
  measure: string;
  normalisedText: string;
  /** 余/多: the bar is striped. */
  moreThan: boolean;
  /** What the article says of the number (exact, more_than, nearly, about, less_than, at_least, range). */
  qualifier: Qualifier;
  /** A range's upper bound, normalised; `value` is its lower bound (bars are drawn to it). */
  valueTo?: number;
  period: string;
  periodShort: string;
  organisation: string;
  /** The article's words (an `article` report); null for a cited or table figure. */
  quote: string | null;
  /** Where a cited figure is in its source and what it says, in our own words (else null). */
  cited: { locator: string; description: string } | null;
  /** A table figure's cell (else null). */
  cell: { row: string; column: string } | null;
  note: string | null;
  theme: string;
  /**
   * The record this row shows, as validated: for the columns that write a field as stored
   * (figure-columns.ts), so a new field is read there without a row field of its own.
   */
  figure: FigureRecord;
}

/** The measure word as written, without a 万/亿 multiplier: 万元 → 元, 个 → 个. */
function measureWord(unit: string): string {
  return unit.replace(/^[万亿]/u, '');
}

/**
 * The unit name of some figures that share a base unit, in one language: en the base unit's
 * noun; zh the measure words the article used, then the noun: '家工作室', '个（家）组织'.
 */
export function unitNameOf(
  figures: readonly Pick<FigureRecord, 'unit' | 'base'>[],
  lang: Lang,
  units: UnitsTable,
) {
  const unit = figures[0]!.base.unit;
  // Base units that name a thing counted with a measure word (个 / 家 / 支) have a `noun` in the
  // locale's print style (units.json): the unit line says the measure words the article used for
  // these very figures, so no `单位：个工作室` over bars reading `35家`.
  const { noun } = unitPrint(unit, lang, units);
  if (!noun) return baseUnitName(unit, lang, units);
  const { list, parenOpen, parenClose } = localeOf(lang).punct;
  const [first, ...rest] = [...new Set(figures.map((f) => measureWord(f.unit)))];
  return `${first}${rest.length ? `${parenOpen}${rest.join(list)}${parenClose}` : ''}${noun}`;
}

/** A figure's display row; `units` is how base units print (the dataset's units.json). */
export function toRow(figure: FigureRecord, lang: Lang, units: UnitsTable): FigureRow {
  const moreThan = figure.qualifier === 'more_than';
  const valueTo = figure.base.valueTo;
  return {
    id: figure.id,
    label: pickText(figure.label, lang),
    valueText: formatFigureValue(figure, lang, units),
    written: figure.written,
    value: figure.base.value,
    unit: figure.base.unit,
    unitName: unitNameOf([figure], lang, units),
    measure: measureWord(figure.unit),
    normalisedText: formatBaseValue(figure.base.value, figure.base.unit, lang, {
      qualifier: figure.qualifier,
      ...(valueTo !== undefined ? { valueTo } : {}),
      units,
    }),
    moreThan,
    qualifier: figure.qualifier,
    ...(valueTo !== undefined ? { valueTo } : {}),
    period: formatPeriod(figure.period, lang),
    periodShort: formatPeriodShort(figure.period, lang),
    organisation: pickText(figure.organisation, lang),
    quote: figure.quote ?? null,
    cited:
      figure.locator && figure.description
        ? {
            locator: pickText(figure.locator, lang),
            description: pickText(figure.description, lang),
          }
        : null,
    cell: figure.cell ?? null,
    note: figure.note ? pickText(figure.note, lang) : null,
    theme: figure.theme,
    figure,
  };
}

export function toRows(
  figures: readonly FigureRecord[],
  lang: Lang,
  units: UnitsTable,
): FigureRow[] {
  return figures.map((f) => toRow(f, lang, units));
}

/** The distinct periods of some rows, in order of first appearance: for a panel's subtitle. */
export function distinctPeriods(rows: readonly FigureRow[]): string[] {
  return [...new Set(rows.map((r) => r.period))];
}

/**
 * The one unit name the rows share, or undefined when they mix base units. When they share a base
 * unit but the article used several measure words for it (80个, 4家), all of them are named:
 * zh '个（家）组织'. Names differ only in a locale that names measure words.
 */
export function sharedUnitName(
  rows: readonly FigureRow[],
  lang: Lang,
  units: UnitsTable,
): string | undefined {
  const bases = new Set(rows.map((r) => r.unit));
  if (bases.size !== 1 || rows.length === 0) return undefined;
  const names = new Set(rows.map((r) => r.unitName));
  if (names.size === 1) return [...names][0];
  return unitNameOf(
    rows.map((r) => ({
      unit: r.measure as FigureRecord['unit'],
      base: { unit: r.unit, value: 0 },
    })),
    lang,
    units,
  );
}

/**
 * Rows a reader can tell apart: where two rows of one panel share a label (one quantity at three
 * dates, as a yearbook's table gives it), each such label names its period, so no bar, row or
 * tooltip reads the same as another. Rows with labels of their own keep them.
 */
export function distinctLabels(rows: readonly FigureRow[], lang: Lang): FigureRow[] {
  const { parenOpen, parenClose } = localeOf(lang).punct;
  const count = new Map<string, number>();
  for (const r of rows) count.set(r.label, (count.get(r.label) ?? 0) + 1);
  return rows.map((r) =>
    (count.get(r.label) ?? 0) > 1
      ? { ...r, label: `${r.label}${parenOpen}${r.periodShort}${parenClose}` }
      : r,
  );
}
