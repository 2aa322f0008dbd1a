/**
 * How each base unit prints, per locale: data (data/units.json, `base.<unit>.print.<locale>`),
 * the table each function is given (the dataset's `units`; there is no default table). A locale
 * without its own style uses the one of the locale it falls back to (its `textFrom`), else English.
 */
import type { BaseUnit, UnitPrint, UnitsTable } from '../model/units';
import { localeOf, pickText, type Lang } from '../i18n/locales';

export type { UnitPrint };

/**
 * The print style of a base unit in a locale. An unknown unit (a string from outside units.json)
 * is printed as itself after the number, never scaled: 'bales' → '300000bales' / '300,000 bales'.
 */
export function unitPrint(unit: BaseUnit, lang: Lang, units: UnitsTable): UnitPrint {
  const table = units.base;
  const def = Object.hasOwn(table, unit) ? table[unit] : undefined;
  for (const key of [...localeOf(lang).textFrom, 'en']) {
    const style = def && Object.hasOwn(def.print, key) ? def.print[key] : undefined;
    if (style) return style;
  }
  return { unit, one: unit, other: unit };
}

/** The base unit's name for axis titles and subtitles (units.json `name`), or the id when unknown. */
export function unitName(unit: BaseUnit, lang: Lang, units: UnitsTable): string {
  const table = units.base;
  return Object.hasOwn(table, unit) ? pickText(table[unit]!.name, lang) : String(unit);
}

/** Glued to axis ticks in every locale ('50%'), from units.json `tickSuffix`. */
export function tickSuffix(unit: BaseUnit, units: UnitsTable): string {
  const table = units.base;
  return (Object.hasOwn(table, unit) && table[unit]!.tickSuffix) || '';
}
