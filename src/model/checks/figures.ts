/** Checks on each figure: references, value and unit, period, quote, qualifier, drafts. */
import { chineseNumeralValue, locateValue, textAt } from '../numerals.ts';
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

/** A numeral written other than in Arabic digits is worth the value. (Units: checks/units.ts.) */
export const figureNumerals: ReportCheck = (ctx) =>
  eachFigure(ctx, (f, add) => {
    if (f.numeral !== undefined && /^\d/.test(f.numeral)) {
      add('numeral', 'is only for numbers not written in Arabic digits; remove it');
    } else if (f.numeral !== undefined && chineseNumeralValue(f.numeral) !== f.value) {
      const worth = chineseNumeralValue(f.numeral);
      add(
        'value',
        `is ${f.value} but the numeral "${f.numeral}" is worth ${worth ?? 'nothing this validator can read'}`,
      );
    }
  });

export const figurePeriods: ReportCheck = (ctx) =>
  eachFigure(ctx, (f, add) => {
    if (f.period.kind === 'span' && f.period.from > f.period.to)
      add('period', 'span "from" is after "to"');
    if (f.period.kind === 'date' && f.period.end && f.period.end < f.period.start)
      add('period', 'date "end" is before "start"');
  });

/** The quote is the text at its range, states the value with its unit, and 余/多 agrees. */
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
    if (!loc) {
      add(
        'quote',
        `does not state the value ${f.numeral ?? f.value} followed by its unit ${f.unit}`,
      );
      return;
    }
    if (loc.moreThan !== (f.qualifier === 'more_than'))
      add(
        'qualifier',
        loc.moreThan
          ? `is "${f.qualifier}" but the text says 余/多 ("${loc.written}"): use "more_than"`
          : `is "${f.qualifier}" but the text has no 余/多 ("${loc.written}"): use "exact"`,
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
