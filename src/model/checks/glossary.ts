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
  checkGlossaryEntries(
    glossary,
    {
      figures: reports.flatMap((r) => r.figures ?? []),
      panels: reports.flatMap((r) => r.panels ?? []),
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
