/**
 * Where glossary terms occur in display text, and which occurrence is a term's first use on the
 * page (the one that carries the hint). Pure: no React.
 */
import type { GlossaryTerm } from '../model/glossary';
import type { Lang } from '../format';

export interface TermHit {
  from: number;
  to: number;
  termId: string;
}

/** Quote-straightened text, lower-cased unless exactCase; keeps every index in place. */
function fold(text: string, exactCase: boolean): string {
  const straight = text.replace(/[‘’′]/gu, "'").replace(/[“”]/gu, '"');
  return exactCase ? straight : straight.toLowerCase();
}

/**
 * Every occurrence of a glossary term in a text, leftmost first, longest first where two start
 * together, never overlapping (兵团总工会 wins over 兵团). zh text is matched on the Chinese forms;
 * en text on the preferred and accepted English forms (case-insensitive unless the term asks).
 */
export function findTerms(text: string, terms: readonly GlossaryTerm[], lang: Lang): TermHit[] {
  const candidates: TermHit[] = [];
  for (const term of terms) {
    const exact = lang === 'zh' || (term.enExactCase ?? false);
    const haystack = fold(text, exact);
    const forms =
      lang === 'zh' ? [term.zh, ...(term.zhForms ?? [])] : [term.en, ...(term.enForms ?? [])];
    for (const form of forms) {
      const needle = fold(form, exact);
      for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1))
        candidates.push({ from: at, to: at + needle.length, termId: term.id });
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
): Map<string, TermHit[]> {
  const seen = new Set<string>();
  const out = new Map<string, TermHit[]>();
  for (const { key, text } of places) {
    const first = findTerms(text, terms, lang).filter((h) => {
      if (seen.has(h.termId)) return false;
      seen.add(h.termId);
      return true;
    });
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

/** Glossary terms as plain search-index entries (for the page search, CONTRACTS §7). */
export function glossarySearchEntries(terms: readonly GlossaryTerm[], lang: Lang) {
  return terms.map((term) => ({
    id: `term-${term.id}`,
    kind: 'glossary' as const,
    title: lang === 'zh' ? term.zh : term.en,
    text: `${term.zh} ${term.en} ${term.explain[lang]}`,
    href: `#term-${term.id}`,
  }));
}
