/**
 * How a glossary term is found in a text: its Chinese forms, its accepted English forms, English
 * folded for comparison. Pure and without zod, so the page (src/selectors/glossary.ts) and the
 * validator (./glossary.ts, with the schema) share one rule.
 */
import type { GlossaryTerm } from './glossary.ts';

/** Every Chinese form of a term, longest first. */
export function zhFormsOf(term: Pick<GlossaryTerm, 'zh' | 'zhForms'>): string[] {
  return [term.zh, ...(term.zhForms ?? [])].sort((a, b) => b.length - a.length);
}

/** Every accepted English form of a term: the preferred one first. */
export function enFormsOf(term: Pick<GlossaryTerm, 'en' | 'enForms'>): string[] {
  return [term.en, ...(term.enForms ?? [])];
}

/**
 * Curly quotes and apostrophes straightened and, unless `exactCase`, lower case: how English forms
 * are compared.
 */
export function foldEnglish(text: string, exactCase = false): string {
  const straight = text.replace(/[‘’′]/gu, "'").replace(/[“”]/gu, '"');
  return exactCase ? straight : straight.toLowerCase();
}

/** Whether a Chinese text contains the term in any of its forms. */
export function zhUsesTerm(text: string, term: Pick<GlossaryTerm, 'zh' | 'zhForms'>): boolean {
  return zhFormsOf(term).some((form) => text.includes(form));
}

/** Whether an English text renders the term in its preferred or an accepted form. */
export function enRendersTerm(
  text: string,
  term: Pick<GlossaryTerm, 'en' | 'enForms' | 'enExactCase'>,
): boolean {
  const exact = term.enExactCase ?? false;
  const folded = foldEnglish(text, exact);
  return enFormsOf(term).some((form) => folded.includes(foldEnglish(form, exact)));
}

/**
 * The glossary's terms this report uses: those whose `uses` name one of its figures or panels, or
 * whose Chinese forms occur in its title, summary, figures' labels and quotes, panels' titles,
 * events or `texts` (an article's own text). The glossary is the corpus's; a report about another
 * body ships and shows only what it needs (validate.ts, toAppDataset).
 */
export function reportTerms(
  terms: readonly GlossaryTerm[],
  report: {
    figures: readonly { id: string; label: { zh: string }; quote?: string }[];
    panels: readonly { id: string; title: { zh: string } }[];
    events?: readonly { label: { zh: string } }[];
    meta?: { title: string; summary: { zh: string } };
  },
  more: readonly string[] = [],
): GlossaryTerm[] {
  const ids = new Set([...report.figures.map((f) => f.id), ...report.panels.map((p) => p.id)]);
  const texts = [
    ...report.figures.flatMap((f) => [f.label.zh, f.quote ?? '']),
    ...report.panels.map((p) => p.title.zh),
    ...(report.events ?? []).map((e) => e.label.zh),
    ...(report.meta ? [report.meta.title, report.meta.summary.zh] : []),
    ...more,
  ];
  return terms.filter(
    (term) => term.uses.some((id) => ids.has(id)) || texts.some((text) => zhUsesTerm(text, term)),
  );
}
