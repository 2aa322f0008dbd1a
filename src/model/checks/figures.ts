/** Checks on each figure: references, value and unit, period, quote, qualifier, drafts. */
import { locateValue, readAtQuote, readWritten, textAt } from '../numerals.ts';
import { sharedPath } from '../paths.ts';
import type { Figure, Problem } from '../types.ts';
import { duplicates } from './parse.ts';
import { figureUnits } from './units.ts';
import { problemIn, type ReportCheck, type ReportContext } from './context.ts';

function eachFigure(
  ctx: ReportContext,
  check: (f: Figure, add: (field: string, message: string) => void) => void,
): Problem[] {
  const problems: Problem[] = [];
  for (const f of ctx.figures ?? []) {
    const record = `figure "${f.id}"`;
    check(f, (field, message) =>
      problems.push(problemIn(ctx, 'figures', { record, field, message })),
    );
  }
  return problems;
}

export const uniqueFigureIds: ReportCheck = (ctx) =>
  ctx.figures
    ? duplicates(
        ctx.figures,
        (f) => f.id,
        { report: ctx.report, file: `data/reports/${ctx.report}/figures.json` },
        'figure',
        'id',
      )
    : [];

export const figureReferences: ReportCheck = (ctx) => {
  const themes = ctx.shared.themes && new Set(ctx.shared.themes.map((t) => t.id));
  const entities = ctx.shared.entities && new Set(ctx.shared.entities.map((e) => e.id));
  const sections = ctx.meta && new Set(ctx.meta.sections.map((s) => s.id));
  return eachFigure(ctx, (f, add) => {
    // A field still marked draft is reported once, by figureDrafts.
    if (f.draft) return;
    if (themes && !themes.has(f.theme))
      add('theme', `unknown theme "${f.theme}" (not in ${sharedPath('themes')})`);
    if (entities && !entities.has(f.entity))
      add('entity', `unknown entity "${f.entity}" (not in ${sharedPath('entities')})`);
    if (sections && !sections.has(f.section))
      add('section', `unknown section "${f.section}" (not in report.json sections)`);
  });
};

/**
 * `numeral` says how the number is written when that is not its plain digits (`两`, `1,200`,
 * `4千`, `3至5`); the one reader (numerals.ts) must read it as the value. A range has `valueTo`
 * and qualifier "range", and nothing else has. (Units: checks/units.ts.)
 */
export const figureNumerals: ReportCheck = (ctx) =>
  eachFigure(ctx, (f, add) => {
    if ((f.valueTo !== undefined) !== (f.qualifier === 'range'))
      add(
        'valueTo',
        f.valueTo === undefined
          ? 'is missing: a "range" figure needs the upper bound as written in valueTo'
          : `is only for a range; qualifier is "${f.qualifier}"`,
      );
    if (f.valueTo !== undefined && f.valueTo <= f.value)
      add('valueTo', `is ${f.valueTo}, not above the lower bound ${f.value}`);
    if (f.numeral === undefined) return;
    if (f.numeral === String(f.value)) {
      add('numeral', 'is the plain digits of the value; remove it');
      return;
    }
    const read = readWritten(f.numeral);
    const range = f.valueTo !== undefined ? `${f.value} to ${f.valueTo}` : String(f.value);
    if (!read || read.value !== f.value || read.valueTo !== f.valueTo) {
      const worth = !read
        ? 'nothing the reader can read'
        : read.valueTo !== undefined
          ? `${read.value} to ${read.valueTo}`
          : String(read.value);
      add('value', `is ${range} but the numeral "${f.numeral}" is worth ${worth}`);
    }
  });

export const figurePeriods: ReportCheck = (ctx) =>
  eachFigure(ctx, (f, add) => {
    if (f.period.kind === 'span' && f.period.from > f.period.to)
      add('period', 'span "from" is after "to"');
    if (f.period.kind === 'date' && f.period.end && f.period.end < f.period.start)
      add('period', 'date "end" is before "start"');
  });

const said = (r: { value: number; valueTo?: number }, unit: string) =>
  r.valueTo !== undefined ? `${r.value} to ${r.valueTo} ${unit}` : `${r.value} ${unit}`;

/**
 * The quote is the text at its range and states the value with its unit as the one reader reads
 * it; the qualifier is what the words around the numeral say (余/多/超过/逾 more_than, 近/将近/接近
 * nearly, 约/大约/左右/上下 about, 不足/不到 less_than, 以上 at_least, 3至5 range).
 */
export const figureQuotes: ReportCheck = (ctx) =>
  eachFigure(ctx, (f, add) => {
    const { article } = ctx;
    // A figure of a cited or table report has no quote; checks/kinds.ts checks what it has.
    if (ctx.kind !== 'article' || !f.range || f.quote === undefined) return;
    if (f.range.end > article.length) {
      add(
        'range',
        `${f.range.start}..${f.range.end} runs past the end of article.txt (${article.length} characters)`,
      );
      return;
    }
    const actual = textAt(article, f.range);
    if (actual !== f.quote) {
      add(
        'range',
        `quote "${f.quote}" not found at ${f.range.start}..${f.range.end} (the text there is "${actual}")`,
      );
      return;
    }
    const loc = ctx.located.get(f.id) ?? locateValue(article, { ...f, range: f.range });
    const record = said(f, f.unit);
    if (!loc) {
      const words = readAtQuote(article, { ...f, range: f.range });
      add(
        'value',
        words
          ? `the record says ${record} but the words "${words.written}" read ${said(words.reading, f.unit)} (${words.qualifier})`
          : `the record says ${record} but the quote "${f.quote}" states no number followed by the unit ${f.unit}`,
      );
      return;
    }
    if (loc.qualifier !== f.qualifier)
      add(
        'qualifier',
        `the record says "${f.qualifier}" but the words "${loc.written}" say "${loc.qualifier}": use "${loc.qualifier}"`,
      );
  });

/** `npm run new-report` leaves label, theme, period, entity … as drafts for the curator. */
export const figureDrafts: ReportCheck = (ctx) =>
  eachFigure(ctx, (f, add) => {
    if (f.draft && f.draft.length > 0)
      add(
        'draft',
        `is a draft: fill in ${f.draft.join(', ')}, then remove "draft" (written "${f.quote}")`,
      );
  });

export const FIGURE_CHECKS: ReportCheck[] = [
  uniqueFigureIds,
  figureReferences,
  figureUnits,
  figureNumerals,
  figurePeriods,
  figureQuotes,
  figureDrafts,
];
