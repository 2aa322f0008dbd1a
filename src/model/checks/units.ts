/**
 * Units as data: every figure's `unit` and `base.unit` is in data/units.json and the base unit can
 * be counted in the unit; units.json itself names only base units it defines.
 */
import { sharedPath } from '../paths.ts';
import type { Problem } from '../types.ts';
import { unitsOfBase } from '../units.ts';
import { REQUIRED_DATA_LANGUAGES } from '../languages.ts';
import { problemIn, type CorpusCheck, type ReportCheck } from './context.ts';

const UNITS_FILE = sharedPath('units');

export const figureUnits: ReportCheck = (ctx) => {
  const table = ctx.shared.units;
  if (!table) return [];
  const problems: Problem[] = [];
  for (const f of ctx.figures ?? []) {
    const add = (field: string, message: string) =>
      problems.push(problemIn(ctx, 'figures', { record: `figure "${f.id}"`, field, message }));
    const written = Object.hasOwn(table.written, f.unit) ? table.written[f.unit] : undefined;
    const baseKnown = Object.hasOwn(table.base, f.base.unit);
    if (!written) add('unit', `unknown unit "${f.unit}" (not in ${UNITS_FILE} "written")`);
    if (!baseKnown)
      add('base.unit', `unknown base unit "${f.base.unit}" (not in ${UNITS_FILE} "base")`);
    if (written && baseKnown && !written.base.includes(f.base.unit))
      add(
        'base.unit',
        `"${f.base.unit}" cannot be counted in ${f.unit} (allowed units: ${unitsOfBase(table, f.base.unit).join(' ')})`,
      );
  }
  return problems;
};

/** units.json: each written unit counts defined base units; each base unit prints in zh and en. */
export const unitsFile: CorpusCheck = (_reports, { units: table }) => {
  if (!table) return [];
  const problems: Problem[] = [];
  for (const [unit, w] of Object.entries(table.written))
    for (const base of w.base)
      if (!Object.hasOwn(table.base, base))
        problems.push({
          file: UNITS_FILE,
          record: `unit "${unit}"`,
          field: 'base',
          message: `unknown base unit "${base}" (not in "base")`,
        });
  for (const [base, def] of Object.entries(table.base))
    // The languages every data text has; each base unit needs a print style for them (another
    // language's is optional: it prints as its locale's fallback does, unit-styles.ts).
    for (const lang of REQUIRED_DATA_LANGUAGES)
      if (!def.print[lang])
        problems.push({
          file: UNITS_FILE,
          record: `base unit "${base}"`,
          field: 'print',
          message: `has no print style for "${lang}"`,
        });
  return problems;
};
