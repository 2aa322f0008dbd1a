/**
 * The shared glossary against every report: ids and terms unique, each `uses` id a figure or panel
 * of some report that contains the term, and one English rendering per term in every report's
 * labels, titles, events and headings and in the shared themes.
 */
import { checkGlossaryEntries, checkTermConsistency, glossaryCheckedTexts } from '../glossary.ts';
import { reportPath, sharedPath } from '../paths.ts';
import type { Problem } from '../types.ts';
import type { CorpusCheck } from './context.ts';

export const glossaryTerms: CorpusCheck = (reports, { glossary, themes }) => {
  if (!glossary) return [];
  const problems: Problem[] = [];
  // When a report's figures or panels did not parse, its own error is the one to fix: the `uses`
  // check is skipped rather than calling every id that file holds unknown.
  const complete = reports.every((r) => r.figures && r.panels);
  checkGlossaryEntries(
    glossary,
    {
      figures: complete ? reports.flatMap((r) => r.figures ?? []) : undefined,
      panels: complete ? reports.flatMap((r) => r.panels ?? []) : undefined,
    },
    problems,
  );
  for (const ctx of reports) {
    const texts = glossaryCheckedTexts({
      figures: ctx.figures,
      panels: ctx.panels,
      events: ctx.events,
      sections: ctx.meta?.sections,
      files: {
        figures: reportPath(ctx.report, 'figures'),
        panels: reportPath(ctx.report, 'panels'),
        events: reportPath(ctx.report, 'events'),
        sections: reportPath(ctx.report, 'report'),
      },
    });
    problems.push(
      ...checkTermConsistency(glossary, texts).map((p) => ({ report: ctx.report, ...p })),
    );
  }
  problems.push(
    ...checkTermConsistency(
      glossary,
      glossaryCheckedTexts({ themes, files: { themes: sharedPath('themes') } }),
    ),
  );
  return problems;
};
