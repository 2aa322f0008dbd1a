/**
 * Where glossary terms occur in display text, and which occurrence is a term's first use on the
 * page (the one that carries the hint). Pure: no React.
 */
import type { GlossaryTerm } from '../model/glossary';
import { enFormsOf, foldEnglish, zhFormsOf } from '../model/glossary-terms';
import type { Lang } from '../format';
import type { SearchEntry } from './search';
import { localeOf, pickText, textKey } from '../i18n/locales';

export interface TermHit {
  from: number;
  to: number;
  termId: string;
}

/** How a term is found in a text of each data language: Chinese forms exactly, English folded. */
function termForms(term: GlossaryTerm) {
  return {
    zh: { forms: zhFormsOf(term), exact: true },
    en: { forms: enFormsOf(term), exact: term.enExactCase ?? false },
  };
}

/**
 * A term in the locale's language with the other language glossed: '职工之家（Workers’ Home）',
 * 'Workers’ Home (职工之家)'.
 */
export function termGloss(term: GlossaryTerm, lang: Lang): string {
  const key = textKey({ zh: term.zh, en: term.en }, lang);
  const gloss = { zh: term.en, en: term.zh }[key];
  const { parenOpen, parenClose } = localeOf(lang).punct;
  return `${term[key]}${parenOpen}${gloss}${parenClose}`;
}

/** A letter or digit: what an English term may not be glued to. */
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** A plural ending an English form may carry in the text ('model worker' in 'Model workers'). */
const PLURAL_TAIL = /^e?s(?![\p{L}\p{N}])/u;

/**
 * Where an English form found at [from, to) really ends, or null if it is part of another word:
 * a plural tail is taken into the hit, so the whole word is marked ('Model workers', never
 * 'Model worker' + 's'); 'farm' in 'farmer' or 'union' in 'reunion' is no hit at all.
 */
function wordEnd(text: string, from: number, to: number): number | null {
  if (from > 0 && WORD_CHAR.test(text[from - 1]!)) return null;
  if (to >= text.length || !WORD_CHAR.test(text[to]!)) return to;
  const tail = PLURAL_TAIL.exec(text.slice(to));
  return tail ? to + tail[0].length : null;
}

/**
 * Every occurrence of a glossary term in a text, leftmost first, longest first where two start
 * together, never overlapping (兵团总工会 wins over 兵团). zh text is matched on the Chinese forms;
 * en text on the preferred and accepted English forms (case-insensitive unless the term asks), as
 * whole words, a plural ending included.
 */
export function findTerms(text: string, terms: readonly GlossaryTerm[], lang: Lang): TermHit[] {
  const candidates: TermHit[] = [];
  for (const term of terms) {
    // The locale's texts are in the language it reads data texts in (its own, or its fallback's).
    const key = textKey({ zh: term.zh, en: term.en }, lang);
    const { forms, exact } = termForms(term)[key];
    // Folding keeps every index in place (one character for one), so hits index the text itself.
    const haystack = foldEnglish(text, exact);
    for (const form of forms) {
      const needle = foldEnglish(form, exact);
      for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
        const to = key === 'en' ? wordEnd(text, at, at + needle.length) : at + needle.length;
        if (to !== null) candidates.push({ from: at, to, termId: term.id });
      }
    }
  }
  candidates.sort((a, b) => a.from - b.from || b.to - a.to);
  const hits: TermHit[] = [];
  let end = 0;
  for (const c of candidates) {
    if (c.from < end) continue;
    hits.push(c);
    end = c.to;
  }
  return hits;
}

/**
 * The first use of each term across places given in page order: for each place, the hits that are
 * the first occurrence of their term anywhere in the earlier places or earlier in this one.
 */
export function firstUses(
  places: readonly { key: string; text: string }[],
  terms: readonly GlossaryTerm[],
  lang: Lang,
  /** At most this many hints in one place; a term left out carries its hint to its next use. */
  maxPerPlace = Infinity,
): Map<string, TermHit[]> {
  const seen = new Set<string>();
  const out = new Map<string, TermHit[]>();
  for (const { key, text } of places) {
    const first: TermHit[] = [];
    for (const h of findTerms(text, terms, lang)) {
      if (first.length >= maxPerPlace || seen.has(h.termId)) continue;
      seen.add(h.termId);
      first.push(h);
    }
    if (first.length) out.set(key, first);
  }
  return out;
}

/** Text split around hits: strings, and the hits themselves with their text. */
export function splitByHits(
  text: string,
  hits: readonly TermHit[],
): (string | (TermHit & { text: string }))[] {
  const parts: (string | (TermHit & { text: string }))[] = [];
  let at = 0;
  for (const h of hits) {
    if (h.from > at) parts.push(text.slice(at, h.from));
    parts.push({ ...h, text: text.slice(h.from, h.to) });
    at = h.to;
  }
  if (at < text.length) parts.push(text.slice(at));
  return parts;
}

/**
 * The glossary as search entries: found by the term in either language and by its explanation;
 * a result leads to the first panel that uses the term (or holds a figure that does), else to
 * the article.
 */
export function glossarySearchEntries(
  terms: readonly GlossaryTerm[],
  panels: readonly { id: string; figures: readonly string[] }[],
  lang: Lang,
): SearchEntry[] {
  const panelOf = (id: string) =>
    panels.find((p) => p.id === id)?.id ?? panels.find((p) => p.figures.includes(id))?.id;
  return terms.map((term) => ({
    id: `term-${term.id}`,
    kind: 'extra' as const,
    text: termGloss(term, lang),
    detail: pickText(term.explain, lang),
    keywords: `${term.zh} ${term.en} ${term.explain.zh} ${term.explain.en} ${(term.zhForms ?? []).join(' ')} ${(term.enForms ?? []).join(' ')}`,
    panelId: term.uses.map(panelOf).find((id) => id !== undefined) ?? null,
    figureId: null,
  }));
}
