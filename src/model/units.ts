/**
 * Units as data (`data/units.json`): the units an article writes (元, 万元, 人次 …), each with its
 * factor to the base value and the base units it may count, and the base units (yuan, persons …)
 * with a name and a print style per locale. Plain types, no zod, so the formatters can use them
 * without pulling the schema library into the page bundle.
 *
 * There is no installed table: every formatter takes the table as a required argument (`units`
 * in src/format and src/selectors, `PanelInput.units`, `ChartOptions.units`, `ColumnContext.units`),
 * which the page passes from its validated dataset (`dataset.units`) and the CLI from the corpus
 * it read, so one corpus's units never leak into another's figures (or another test file).
 */

/** A unit exactly as an article writes it ('万元'); checked against units.json by the validator. */
export type Unit = string;
/** What is counted ('yuan', 'persons'); checked against units.json by the validator. */
export type BaseUnit = string;

export interface WrittenUnit {
  /** value × factor = the base value (万元: 10000). */
  factor: number;
  /** The base units this unit can count, e.g. 个: organisations, sites, prizes … */
  base: BaseUnit[];
}

/**
 * How one locale prints a number of a base unit. Which fields matter depends on the locale's number
 * system (src/i18n/locale.ts): `myriad` uses unit, scaleFrom, moreThanAfter; `western` uses one,
 * other, prefix, suffix, scaleWords.
 */
export interface UnitPrint {
  /** Myriad: measure word or symbol glued after the number: 元, 户, 个, %. */
  unit?: string;
  /** Myriad: smallest value written with 万 (and from 1亿 with 亿); absent: never scaled. */
  scaleFrom?: number;
  /** Myriad: how "more than" reads when 余 before the unit would be wrong: '95.88%以上'. */
  moreThanAfter?: string;
  /**
   * Myriad: the thing counted, named after the measure words the article used for the figures
   * on a unit line ('家工作室', '个（家）组织'); absent: the base unit's name.
   */
  noun?: string;
  /** Western: noun after the number, separated by a space: '1 studio'. Empty for symbol units. */
  one?: string;
  /** Western: noun for every count that is not exactly 1 (0, 2, 1.5, 1+): '2 studios'. */
  other?: string;
  /** Western: symbol before the digits ('¥'). */
  prefix?: string;
  /** Western: symbol glued after the digits ('%'). */
  suffix?: string;
  /** Western: write ≥ 1e6 with the locale's scale words ('¥24.12 million'). */
  scaleWords?: boolean;
}

export interface BaseUnitDef {
  /** The unit's name for axis titles and subtitles, per locale id: zh '个（家）组织', en 'organisations'. */
  name: Record<string, string>;
  /** Glued to axis ticks in every locale ('50%'). */
  tickSuffix?: string;
  /** Print style per locale id. A locale without one uses its fallback's. */
  print: Record<string, UnitPrint>;
}

/** The contents of data/units.json. */
export interface UnitsTable {
  written: Record<Unit, WrittenUnit>;
  base: Record<BaseUnit, BaseUnitDef>;
}

/** The written units that can count a base unit, in the file's order ('persons' → 人 万人 名 位). */
export function unitsOfBase(table: UnitsTable, base: BaseUnit): Unit[] {
  return Object.keys(table.written).filter((u) => table.written[u]!.base.includes(base));
}
