/**
 * Search over what the page shows: figure labels (zh and en), quotes, organisations and panel
 * titles, plus any extra entries passed in as data (glossary terms). Pure: an index is built once
 * per dataset and language, and a query returns ranked entries, each naming where it leads.
 */
import type { Panel } from '../model/schema';
import type { FigureRecord } from '../model/validate';
import type { UnitsTable } from '../model/units';
import { pickText, type Lang } from '../i18n/locales';
import { formatFigureValue } from '../format';

export type SearchKind = 'figure' | 'quote' | 'panel' | 'organisation' | 'extra';

export interface SearchEntry {
  id: string;
  kind: SearchKind;
  /** What the result says, in the page's language. */
  text: string;
  /** A second line (the value, the panel it sits in). */
  detail?: string;
  /** Further words it is found by (the other language, the quote). */
  keywords?: string;
  /** Where it leads: a panel (and the figure to point at), or the sentence in the source view. */
  panelId: string | null;
  figureId: string | null;
  view?: 'dashboard' | 'source';
  /** Or an indicator's page (`?indicator=<id>`). */
  indicator?: string;
}

export interface SearchSource {
  figures: readonly FigureRecord[];
  panels: readonly Panel[];
  /** How base units print (the dataset's units.json). */
  units: UnitsTable;
}

/**
 * Folds width and case, so `ＡＣＦＴＵ`, `acftu` and `ACFTU` match, and trims; and British and
 * American spellings (leukaemia/leukemia, labour/labor, organisation/organization), applied to the
 * query and the text alike, so either finds the other.
 */
export function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/ae/g, 'e')
    .replace(/our(?=s?\b|ed\b|ing\b|ite)/g, 'or')
    .replace(/is(?=ation|e\b|es\b|ed\b|ing\b)/g, 'iz');
}

const KIND_RANK: Record<SearchKind, number> = {
  panel: 0,
  figure: 1,
  extra: 2,
  organisation: 3,
  quote: 4,
};

export function buildSearchIndex(
  source: SearchSource,
  lang: Lang,
  extra: readonly SearchEntry[] = [],
): SearchEntry[] {
  const panelOf = new Map<string, Panel>();
  for (const p of source.panels) for (const f of p.figures) panelOf.set(f, p);
  const entries: SearchEntry[] = [];
  for (const p of source.panels) {
    entries.push({
      id: `panel:${p.id}`,
      kind: 'panel',
      text: pickText(p.title, lang),
      keywords: `${p.title.zh} ${p.title.en}`,
      panelId: p.id,
      figureId: null,
    });
  }
  const orgs = new Map<string, { name: string; keywords: string; first: FigureRecord }>();
  for (const f of source.figures) {
    const panel = panelOf.get(f.id) ?? null;
    entries.push({
      id: `figure:${f.id}`,
      kind: 'figure',
      text: pickText(f.label, lang),
      // The value as the language writes it (“247 sites”, not 247个); both forms are searchable.
      detail: panel
        ? `${formatFigureValue(f, lang, source.units)} · ${pickText(panel.title, lang)}`
        : formatFigureValue(f, lang, source.units),
      keywords: `${f.label.zh} ${f.label.en} ${f.written} ${formatFigureValue(f, lang, source.units)}`,
      panelId: panel?.id ?? null,
      figureId: f.id,
    });
    if (f.quote)
      entries.push({
        id: `quote:${f.id}`,
        kind: 'quote',
        text: f.quote,
        detail: pickText(f.label, lang),
        panelId: null,
        figureId: f.id,
        view: 'source',
      });
    const org = f.organisation;
    if (!orgs.has(org.zh))
      orgs.set(org.zh, { name: pickText(org, lang), keywords: `${org.zh} ${org.en}`, first: f });
  }
  for (const [zh, { name, keywords, first }] of orgs) {
    entries.push({
      id: `organisation:${zh}`,
      kind: 'organisation',
      text: name,
      detail: pickText(first.label, lang),
      keywords,
      panelId: panelOf.get(first.id)?.id ?? null,
      figureId: first.id,
    });
  }
  return [...entries, ...extra];
}

/**
 * Entries matching every word of the query (a Chinese query matches as a substring), best first:
 * text starting with the query, then text containing it, then keywords only; panels before
 * figures before quotes at equal rank. An empty query finds nothing.
 */
export function searchEntries(
  index: readonly SearchEntry[],
  query: string,
  limit = 12,
): SearchEntry[] {
  const q = normalise(query);
  if (!q) return [];
  const terms = q.split(' ');
  const scored: { entry: SearchEntry; score: number; order: number }[] = [];
  index.forEach((entry, order) => {
    const text = normalise(entry.text);
    const all = `${text} ${normalise(entry.keywords ?? '')}`;
    if (!terms.every((term) => all.includes(term))) return;
    const score = text.startsWith(q) ? 0 : text.includes(q) ? 1 : 2;
    scored.push({ entry, score: score * 10 + KIND_RANK[entry.kind], order });
  });
  scored.sort((a, b) => a.score - b.score || a.order - b.order);
  return scored.slice(0, limit).map((s) => s.entry);
}
