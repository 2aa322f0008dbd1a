/** Exclusions point at real numerals, and every numeral of the article is claimed exactly once. */
import { textAt, tokenizeNumerals, unwrap } from '../numerals.ts';
import type { Problem } from '../types.ts';
import { problemIn, type ReportCheck } from './context.ts';

export const exclusionRanges: ReportCheck = (ctx) => {
  const { article } = ctx;
  const problems: Problem[] = [];
  (ctx.exclusions ?? []).forEach((e, index) => {
    const record = `exclusion #${index} ("${e.text}")`;
    if (e.range.end > article.length || textAt(article, e.range) !== e.text) {
      const actual =
        e.range.end > article.length ? '(past the end)' : `"${textAt(article, e.range)}"`;
      problems.push(
        problemIn(ctx, 'exclusions', {
          record,
          field: 'range',
          message: `text "${e.text}" not found at ${e.range.start}..${e.range.end} (the text there is ${actual})`,
        }),
      );
    } else if (tokenizeNumerals(article.slice(e.range.start, e.range.end)).length === 0) {
      problems.push(
        problemIn(ctx, 'exclusions', { record, field: 'text', message: 'contains no numeral' }),
      );
    }
  });
  return problems;
};

/**
 * Every numeral token in the article must be claimed exactly once: as the value of one figure, or
 * inside one exclusion. Other numerals inside a figure's quote (一等奖 in the prizes quote) are not
 * claimed by that figure and need their own exclusion.
 */
export const coverage: ReportCheck = (ctx) => {
  const { article, figures, exclusions } = ctx;
  if (!figures || !exclusions) return [];
  const byStart = new Map<number, string[]>();
  for (const f of figures) {
    const loc = ctx.located.get(f.id);
    if (loc)
      byStart.set(loc.numeral.start, [
        ...(byStart.get(loc.numeral.start) ?? []),
        `figure "${f.id}"`,
      ]);
  }
  const problems: Problem[] = [];
  for (const token of tokenizeNumerals(article)) {
    const claims = [...(byStart.get(token.start) ?? [])];
    exclusions.forEach((e, i) => {
      if (e.range.start <= token.start && token.end <= e.range.end)
        claims.push(`exclusion #${i} ("${e.text}")`);
    });
    if (claims.length === 1) continue;
    const context = unwrap(article.slice(Math.max(0, token.start - 8), token.end + 8));
    const where = `"${unwrap(token.text)}" at ${token.start}..${token.end} (…${context}…)`;
    problems.push(
      problemIn(ctx, 'exclusions', {
        field: 'coverage',
        message:
          claims.length === 0
            ? `numeral ${where} is neither a figure's value in figures.json nor listed in exclusions.json`
            : `numeral ${where} is claimed more than once: ${claims.join(', ')}`,
      }),
    );
  }
  return problems;
};

export const COVERAGE_CHECKS: ReportCheck[] = [exclusionRanges, coverage];
