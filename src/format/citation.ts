/**
 * References for the article and the dashboard view that shows its figures, in GB/T 7714-2015
 * (the Chinese national standard), APA (7th edition) and BibTeX. Pure: every input is a
 * parameter, including the access date. Empty parts are dropped with their punctuation, so a
 * reference never shows `. .` or `[]` (the idea of OWID's getCitationShort/Long).
 *
 * Each style gives two entries: the article (in the newspaper that printed it, when known, with
 * the address of its republication online), and the dashboard view (the panel, when one is cited)
 * with its publisher, year and the address of the view being cited. GB/T numbers them [1] [2];
 * an APA reference list is not numbered (entries apart, a hanging indent where it is shown).
 */
import { MONTHS_EN } from './dates';

export type CitationStyle = 'gbt7714' | 'apa' | 'bibtex';
export const CITATION_STYLES: readonly CitationStyle[] = ['gbt7714', 'apa', 'bibtex'];
export const CITATION_STYLE_NAMES: Record<CitationStyle, string> = {
  gbt7714: 'GB/T 7714—2015',
  apa: 'APA',
  bibtex: 'BibTeX',
};

export interface CitationInput {
  /** The article's author as written in Chinese (吴铎思) and romanised, family name first. */
  author: { zh: string; family: string; given: string };
  /** Original (Chinese) title and an English translation. */
  title: string;
  titleEn: string;
  /** The newspaper that printed the article (empty when not known). */
  newspaper?: { zh: string; en: string };
  /** Where the article was republished online. */
  republication: {
    site: { zh: string; en: string };
    channel: { zh: string; en: string };
    date: string;
    url: string;
  };
  dashboard: {
    /** Dashboard name in the reader's language. */
    title: string;
    /** A panel's title when a panel is cited; empty for the whole dashboard. */
    panelTitle: string;
    /** The address of the cited view. */
    url: string;
    /** Who publishes the dashboard (its site), and the year of the dataset's version. */
    publisher?: string;
    year?: string;
  };
  /** Access date, ISO `YYYY-MM-DD` (empty: omitted). */
  accessed: string;
}

function parts(iso: string): { y: string; m: number; d: number } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? { y: match[1]!, m: Number(match[2]), d: Number(match[3]) } : null;
}

/** Joins the non-empty parts with `sep`. */
const join = (sep: string, ...xs: (string | false | undefined)[]) =>
  xs.filter((x): x is string => typeof x === 'string' && x.trim() !== '').join(sep);

/** Ends a sentence with `.` unless it already ends with punctuation. */
const sentence = (s: string) => (s === '' ? '' : /[.?!。]$/.test(s) ? s : `${s}.`);

function gbt(input: CitationInput): string {
  const r = input.republication;
  const site = join('·', r.site.zh, r.channel.zh);
  const paper = input.newspaper?.zh ?? '';
  const dated = join('', r.date, input.accessed && `[${input.accessed}]`);
  const article = join(
    ' ',
    sentence(input.author.zh),
    sentence(join('', input.title, '[N/OL]')),
    // The newspaper is the source; the site only republished it (its address follows).
    sentence(join(', ', paper || site, dated)),
    paper && site && sentence(`${site}转载`),
    sentence(r.url),
  );
  const d = input.dashboard;
  const view = join(': ', d.title, d.panelTitle);
  const issued = join('', join(', ', d.publisher, d.year), input.accessed && `[${input.accessed}]`);
  const dashboard = join(
    ' ',
    sentence(join('', view, '[DB/OL]')),
    issued && sentence(issued),
    sentence(d.url),
  );
  return join('\n', article && `[1] ${article}`, dashboard && `[2] ${dashboard}`);
}

function apa(input: CitationInput): string {
  const r = input.republication;
  const date = parts(r.date);
  const accessed = parts(input.accessed);
  const initials = input.author.given
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((g) => `${g[0]!.toUpperCase()}.`)
    .join(' ');
  const author = join(', ', input.author.family, initials);
  const when = date ? `(${date.y}, ${MONTHS_EN[date.m - 1]} ${date.d})` : '(n.d.)';
  const title = join(' ', input.title, input.titleEn && `[${input.titleEn}]`);
  const site = join(' · ', r.site.en, r.channel.en);
  const paper = input.newspaper?.en ?? '';
  const article = join(
    ' ',
    author && sentence(author),
    sentence(when),
    sentence(title),
    sentence(paper || site),
    paper && site && sentence(`Republished by ${site}`),
    r.url,
  );
  const d = input.dashboard;
  const retrieved = accessed
    ? `Retrieved ${MONTHS_EN[accessed.m - 1]} ${accessed.d}, ${accessed.y}, from ${d.url}`
    : d.url;
  // A group author (the dashboard), the year of the data, the part cited, then the publisher.
  const dashboard = join(
    ' ',
    d.title && sentence(d.title),
    `(${d.year || 'n.d.'}).`,
    sentence(`${d.panelTitle || d.title} [Data set]`),
    d.publisher && sentence(d.publisher),
    retrieved,
  );
  // Not numbered: an APA reference list is alphabetical, one entry after the other.
  return join('\n\n', article, d.url && dashboard);
}

/** Escapes LaTeX specials in a BibTeX field (URLs go in `url`, which is left verbatim). */
function tex(s: string): string {
  return s.replace(/[\\{}%&#_$^~]/g, (ch) =>
    ch === '\\' ? '\\textbackslash{}' : ch === '~' ? '\\~{}' : ch === '^' ? '\\^{}' : `\\${ch}`,
  );
}

function bibEntry(type: string, key: string, fields: [string, string][]): string {
  const body = fields
    .filter(([, v]) => v.trim() !== '')
    .map(([k, v]) => `  ${k} = {${v}}`)
    .join(',\n');
  return `@${type}{${key},\n${body}\n}`;
}

function bibtex(input: CitationInput, panelKey: string): string {
  const r = input.republication;
  const date = parts(r.date);
  const family = input.author.family.toLowerCase().replace(/[^a-z]/g, '');
  const articleKey = `${family || 'article'}${date?.y ?? ''}xpcc`;
  const article = bibEntry('online', articleKey, [
    [
      'author',
      input.author.family && input.author.given
        ? `${tex(input.author.family)}, ${tex(input.author.given)}`
        : '',
    ],
    ['title', tex(input.title)],
    ['titleaddon', input.titleEn ? `[${tex(input.titleEn)}]` : ''],
    ['journaltitle', tex(input.newspaper?.zh ?? '')],
    ['organization', tex(join(' · ', r.site.zh, r.channel.zh))],
    ['date', r.date],
    ['url', r.url],
    ['urldate', input.accessed],
    ['langid', 'chinese'],
  ]);
  const d = input.dashboard;
  const dashboard = bibEntry('dataset', `xpccdashboard${panelKey ? `-${panelKey}` : ''}`, [
    // Braces: a group author, not a family and given name.
    ['author', d.title ? `{${tex(d.title)}}` : ''],
    ['title', tex(join(': ', d.title, d.panelTitle))],
    ['publisher', tex(d.publisher ?? '')],
    ['year', d.year ?? ''],
    ['url', input.dashboard.url],
    ['urldate', input.accessed],
    ['related', articleKey],
    ['relatedtype', 'origpubin'],
  ]);
  return input.dashboard.url ? `${article}\n\n${dashboard}` : article;
}

/** The reference in one style. `panelKey` (a panel id) only names the BibTeX entry. */
export function formatCitation(input: CitationInput, style: CitationStyle, panelKey = ''): string {
  if (style === 'gbt7714') return gbt(input);
  if (style === 'apa') return apa(input);
  return bibtex(input, panelKey);
}

/** `本报记者 吴铎思` / `Wu Duosi, staff reporter` -> the author's name parts. */
export function authorFromByline(byline: { zh: string; en: string }): CitationInput['author'] {
  const zh = byline.zh.replace(/^本报(记者|通讯员)\s*/, '').trim();
  const [family = '', ...given] = (byline.en.split(',')[0] ?? '').trim().split(/\s+/);
  return { zh, family, given: given.join(' ') };
}
