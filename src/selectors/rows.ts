/**
 * Figures turned into display rows for one language: what chart builders, tables and exports
 * consume. Formatting happens here, once, so every view of a figure says the same thing.
 */
import type { BaseUnit } from '../model/schema';
import type { FigureRecord } from '../model/validate';
import {
  baseUnitName,
  formatBaseValue,
  formatFigureValue,
  formatPeriod,
  formatPeriodShort,
  type Lang,
} from '../format';

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
  normalisedText: string;
  moreThan: boolean;
  period: string;
  periodShort: string;
  organisation: string;
  quote: string;
  note: string | null;
  theme: string;
}

export function toRow(figure: FigureRecord, lang: Lang): FigureRow {
  const moreThan = figure.qualifier === 'more_than';
  return {
    id: figure.id,
    label: figure.label[lang],
    valueText: formatFigureValue(figure, lang),
    written: figure.written,
    value: figure.base.value,
    unit: figure.base.unit,
    unitName: baseUnitName(figure.base.unit, lang),
    normalisedText: formatBaseValue(figure.base.value, figure.base.unit, lang, { moreThan }),
    moreThan,
    period: formatPeriod(figure.period, lang),
    periodShort: formatPeriodShort(figure.period, lang),
    organisation: figure.organisation[lang],
    quote: figure.quote,
    note: figure.note?.[lang] ?? null,
    theme: figure.theme,
  };
}

export function toRows(figures: readonly FigureRecord[], lang: Lang): FigureRow[] {
  return figures.map((f) => toRow(f, lang));
}

/** The distinct periods of some rows, in order of first appearance: for a panel's subtitle. */
export function distinctPeriods(rows: readonly FigureRow[]): string[] {
  return [...new Set(rows.map((r) => r.period))];
}

/** The one unit name the rows share, or undefined when they mix units. */
export function sharedUnitName(rows: readonly FigureRow[]): string | undefined {
  const units = new Set(rows.map((r) => r.unitName));
  return units.size === 1 ? [...units][0] : undefined;
}
