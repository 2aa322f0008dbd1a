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
