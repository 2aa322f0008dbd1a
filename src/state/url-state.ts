/**
 * The view state lives in the URL: the query (one parameter per `PARAMS` entry) and `#<id>` (a
 * panel, a theme, a glossary term or a fixed part of the page: `isHashTarget`). Parsing is pure
 * and total: unknown or malformed values are dropped and reported, never thrown, so a hostile,
 * truncated or stale link still renders the dashboard (with a notice of what was ignored).
 *
 * The parser is a table: one entry per parameter (`PARAMS`), keyed by the `ViewState` field it
 * fills, as Our World in Data's GrapherUrl.ts: a field without an entry is a type error. Adding a
 * parameter is the field (view-state-schema.ts), its default (`DEFAULT_STATE`) and its entry:
 * how one raw value reads into the draft state, how the state writes it back, whether an embed
 * carries it (routes.ts, embedUrl) and whether a switch to another report does (routes.ts,
 * reportSwitchHref). Parsing, serialising, the embed's address and the other report's address
 * derive from it; `readParam` reads one parameter by the same entry (the report root's `?report=`
 * and `?lang=`), so no part of the page parses a parameter by hand. The one exception is
 * public/theme-boot.js, a classic script that runs before anything is bundled or loaded; it reads
 * `?scheme=` by PARAMS.scheme's rule, and a unit test holds it to this parser.
 */
import { isKebabId } from '../model/ids';
import { LANGS, PAGE_IDS, SCHEMES, TABS, VIEWS, type PanelTab } from './constants';
import { DEFAULT_LOCALE } from '../i18n/locales';
import type { ViewState } from './view-state-schema';

export { LANGS, SCHEMES, TABS, VIEWS, type PanelTab, type ViewState };

export const DEFAULT_STATE: ViewState = {
  themes: [],
  year: null,
  lang: DEFAULT_LOCALE.id,
  scheme: null,
  view: 'dashboard',
  figure: null,
  tabs: {},
  patterns: false,
  embed: null,
  report: null,
  indicator: null,
};

/** What the URL may name: the ids and years that exist in the data. */
export interface UrlVocabulary {
  themeIds: readonly string[];
  years: readonly number[];
  figureIds: readonly string[];
  /** Panel ids, for `tab` and `#<panel-id>`; when absent any well-formed id is accepted. */
  panelIds?: readonly string[];
  /** Report ids (`?report=`); absent or empty: the parameter is not offered. */
  reportIds?: readonly string[];
  /** Indicator ids of every report (`?indicator=`); absent: any well-formed id is taken. */
  indicatorIds?: readonly string[];
  /** Glossary term ids, for `#term-<id>` (the glossary's rows). */
  termIds?: readonly string[];
  /** The locale ids `?lang=` may name: the page's locales (absent: the site's, LANGS). */
  langs?: readonly string[];
}

export interface IgnoredParam {
  key: string;
  /** The rejected value, cut to a readable length; shown as text, never as HTML. */
  value: string;
}

export interface ParsedUrl {
  state: ViewState;
  ignored: IgnoredParam[];
}

/** One URL parameter: how it reads into the state and how the state writes it back. */
export interface ParamSpec {
  /** The query key (`theme` fills `themes`). */
  key: string;
  /**
   * `merge`: every occurrence is read (`?theme=a&theme=b` = `?theme=a,b`); `last`: the last
   * valid occurrence wins and the others are reported, so nothing is dropped silently.
   */
  repeat: 'merge' | 'last';
  /** Reads one raw (already decoded) value into the draft; returns the parts it rejected. */
  read: (value: string, draft: ViewState, vocab: UrlVocabulary) => string[];
  /** The value to write, or null to leave the parameter out (it is the default). */
  write: (state: ViewState) => string | null;
  /**
   * Whether the embed of a panel (`embed.html?…`) carries the parameter from the view it is made
   * from: `keep` what changes how the panel reads (filters, language, scheme, tabs, patterns, the
   * report); `drop` what names another page or another figure.
   */
  embed: 'keep' | 'drop';
  /**
   * Whether a switch to another report (the report selector) carries the parameter: `keep` how
   * the reader reads (language, scheme, patterns); `drop` what names this report's own content
   * (themes, years, figures, tabs of its panels), another page, or the report itself (set anew).
   */
  acrossReports: 'keep' | 'drop';
}

const MAX_SHOWN_VALUE = 40; // a notice quoting a 10 kB parameter helps nobody
const MAX_PARAM_LENGTH = 2000; // beyond this a value is junk; do not even split it

/** Cuts by code points, never inside a surrogate pair (an emoji stays whole or goes). */
function clip(value: string): string {
  const chars = Array.from(value);
  return chars.length > MAX_SHOWN_VALUE ? `${chars.slice(0, MAX_SHOWN_VALUE).join('')}…` : value;
}

/** At most this many ignored parameters are listed; the rest are counted. */
export const MAX_NOTICE_ENTRIES = 5;
/** An unknown key is named only when it looks like a typo of one (`lnag`), never free text. */
const NAMEABLE_KEY = /^[A-Za-z][A-Za-z0-9_-]{0,19}$/;
const INVISIBLE =
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/gu;

/**
 * What the "ignored parameters" notice shows: at most MAX_NOTICE_ENTRIES entries, each a known
 * key with its (clipped) value, or an unknown key that looks like a key, with no value; bidi and
 * control characters removed. Everything else (free text a crafted link carries, entries past
 * the cap) is only counted in `more`.
 */
export function noticeEntries(ignored: readonly IgnoredParam[]): { shown: string[]; more: number } {
  const shown: string[] = [];
  let more = 0;
  for (const p of ignored) {
    const value = p.value.replace(INVISIBLE, '');
    const entry =
      p.key === '#'
        ? `#${value}`
        : SPEC_BY_KEY.has(p.key)
          ? `${p.key}=${value}`
          : NAMEABLE_KEY.test(p.key)
            ? p.key
            : null;
    if (entry === null || shown.length >= MAX_NOTICE_ENTRIES) more += 1;
    else if (!shown.includes(entry)) shown.push(entry);
  }
  return { shown, more };
}

const splitList = (value: string) =>
  value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/** A parameter with a fixed list of values; the state field has the same name as the key. */
function enumParam<K extends 'lang' | 'scheme' | 'view'>(
  key: K,
  allowed: (vocab: UrlVocabulary) => readonly string[],
  fallback: ViewState[K],
  carried: Pick<ParamSpec, 'embed' | 'acrossReports'>,
): ParamSpec {
  return {
    key,
    ...carried,
    repeat: 'last',
    read: (value, draft, vocab) => {
      if (!allowed(vocab).includes(value)) return [value];
      Object.assign(draft, { [key]: value });
      return [];
    },
    write: (s) => (s[key] === fallback ? null : String(s[key])),
  };
}

export const PARAMS: Record<keyof ViewState, ParamSpec> = {
  themes: {
    key: 'theme',
    embed: 'keep',
    acrossReports: 'drop',
    repeat: 'merge',
    read: (value, draft, vocab) => {
      const bad: string[] = [];
      for (const id of splitList(value)) {
        if (!vocab.themeIds.includes(id)) bad.push(id);
        else if (!draft.themes.includes(id)) draft.themes.push(id);
      }
      // Themes keep the taxonomy's order so equal views have equal URLs.
      draft.themes.sort((a, b) => vocab.themeIds.indexOf(a) - vocab.themeIds.indexOf(b));
      return bad;
    },
    write: (s) => (s.themes.length > 0 ? s.themes.join(',') : null),
  },
  year: {
    key: 'year',
    embed: 'keep',
    acrossReports: 'drop',
    repeat: 'last',
    read: (value, draft, vocab) => {
      if (value === '') return [];
      const year = /^\d{4}$/.test(value) ? Number(value) : NaN;
      if (!vocab.years.includes(year)) return [value];
      draft.year = year;
      return [];
    },
    write: (s) => (s.year === null ? null : String(s.year)),
  },
  lang: enumParam('lang', (vocab) => vocab.langs ?? LANGS, DEFAULT_STATE.lang, {
    embed: 'keep',
    acrossReports: 'keep',
  }),
  scheme: enumParam('scheme', () => SCHEMES, DEFAULT_STATE.scheme, {
    embed: 'keep',
    acrossReports: 'keep',
  }),
  // An embed is one panel of the dashboard, never the article view; another report opens on its
  // dashboard.
  view: enumParam('view', () => VIEWS, DEFAULT_STATE.view, {
    embed: 'drop',
    acrossReports: 'drop',
  }),
  figure: {
    key: 'figure',
    // The embed shows its panel without a highlighted figure.
    embed: 'drop',
    acrossReports: 'drop',
    repeat: 'last',
    read: (value, draft, vocab) => {
      if (!vocab.figureIds.includes(value)) return [value];
      draft.figure = value;
      return [];
    },
    write: (s) => s.figure,
  },
  tabs: {
    key: 'tab',
    embed: 'keep',
    acrossReports: 'drop',
    repeat: 'merge',
    read: (value, draft, vocab) => {
      const bad: string[] = [];
      for (const item of splitList(value)) {
        const [panel = '', tab = ''] = item.split(':');
        const known = vocab.panelIds ? vocab.panelIds.includes(panel) : isKebabId(panel);
        if (!known || !(TABS as readonly string[]).includes(tab)) bad.push(item);
        else if (tab === 'chart') delete draft.tabs[panel];
        else draft.tabs[panel] = tab as Exclude<PanelTab, 'chart'>;
      }
      return bad;
    },
    write: (s) => {
      const entries = Object.entries(s.tabs).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      return entries.length > 0 ? entries.map(([p, tab]) => `${p}:${tab}`).join(',') : null;
    },
  },
  patterns: {
    key: 'patterns',
    embed: 'keep',
    acrossReports: 'keep',
    repeat: 'last',
    read: (value, draft) => {
      if (value !== 'on' && value !== 'off') return [value];
      draft.patterns = value === 'on';
      return [];
    },
    write: (s) => (s.patterns ? 'on' : null),
  },
  embed: {
    key: 'embed',
    // Set to the embedded panel by embedUrl, never copied from the view.
    embed: 'drop',
    acrossReports: 'drop',
    repeat: 'last',
    read: (value, draft, vocab) => {
      const known = vocab.panelIds ? vocab.panelIds.includes(value) : false;
      if (!known) return [value];
      draft.embed = value;
      return [];
    },
    write: (s) => s.embed,
  },
  report: {
    key: 'report',
    // The panel of the report the reader is looking at.
    embed: 'keep',
    acrossReports: 'drop',
    repeat: 'last',
    read: (value, draft, vocab) => {
      if (!vocab.reportIds?.includes(value)) return [value];
      draft.report = value;
      return [];
    },
    write: (s) => s.report,
  },
  indicator: {
    key: 'indicator',
    // An indicator's page is not a panel.
    embed: 'drop',
    acrossReports: 'drop',
    repeat: 'last',
    // The indicator list is not part of the first view: any well-formed id is taken, and an id no
    // report states gets the indicator page's own "not found" with a link to the index.
    read: (value, draft, vocab) => {
      const known = vocab.indicatorIds ? vocab.indicatorIds.includes(value) : isKebabId(value);
      if (!known) return [value];
      draft.indicator = value;
      return [];
    },
    write: (s) => s.indicator,
  },
};

/** The entries in query order (the order `serializeUrlState` writes them). */
export const PARAM_LIST: readonly ParamSpec[] = Object.values(PARAMS);
const SPEC_BY_KEY = new Map(PARAM_LIST.map((p) => [p.key, p]));

/**
 * Parses a query string (with or without `?`). Unknown keys are reported too, so a typo like
 * `?them=rights` does not fail silently. Never throws: URLSearchParams replaces a malformed
 * escape (`%E0%A4%A`) with U+FFFD, which no vocabulary contains, so the value is reported.
 */
export function parseUrlState(search: string, vocab: UrlVocabulary): ParsedUrl {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return {
      state: { ...DEFAULT_STATE, themes: [], tabs: {} },
      ignored: [{ key: '?', value: clip(search) }],
    };
  }
  const state: ViewState = { ...DEFAULT_STATE, themes: [], tabs: {} };
  const ignored: IgnoredParam[] = [];

  for (const key of new Set(params.keys())) {
    const all = params.getAll(key);
    const spec = SPEC_BY_KEY.get(key);
    if (!spec) {
      ignored.push({ key: clip(key), value: clip(all[all.length - 1] ?? '') });
      continue;
    }
    readValues(spec, all, state, vocab, (value) => ignored.push({ key, value: clip(value) }));
  }
  return { state, ignored };
}

/** Reads every occurrence of one parameter into `state` by its entry; reports what it rejects. */
function readValues(
  spec: ParamSpec,
  all: readonly string[],
  state: ViewState,
  vocab: UrlVocabulary,
  report: (value: string) => void,
): void {
  if (spec.repeat === 'merge') {
    for (const value of all) {
      if (value.length > MAX_PARAM_LENGTH) report(value);
      else spec.read(value, state, vocab).forEach(report);
    }
    return;
  }
  // 'last': try from the last occurrence back; the first valid one wins, the rest are reported.
  let taken: string | null = null;
  for (let i = all.length - 1; i >= 0; i--) {
    const value = all[i] ?? '';
    if (taken !== null) {
      if (value !== taken) report(value);
      continue;
    }
    const bad = value.length > MAX_PARAM_LENGTH ? [value] : spec.read(value, state, vocab);
    bad.forEach(report);
    if (bad.length === 0) taken = value;
  }
}

/**
 * One field of the view state as a query gives it, read by its PARAMS entry exactly as
 * `parseUrlState` reads it (the default when absent or invalid); the other parameters are not
 * looked at. `vocab` needs only what that entry checks against (`reportIds` for `report`).
 */
export function readParam<K extends keyof ViewState>(
  field: K,
  search: string | URLSearchParams,
  vocab: Partial<UrlVocabulary> = {},
): ViewState[K] {
  const spec = PARAMS[field];
  const state: ViewState = { ...DEFAULT_STATE, themes: [], tabs: {} };
  const all = new URLSearchParams(search).getAll(spec.key);
  readValues(spec, all, state, { themeIds: [], years: [], figureIds: [], ...vocab }, () => {});
  return state[field];
}

/** Serialises a state to a query string (`?…`, or '' for the default view). Defaults are omitted. */
export function serializeUrlState(state: ViewState): string {
  const params = new URLSearchParams();
  for (const spec of PARAM_LIST) {
    const value = spec.write(state);
    if (value !== null) params.set(spec.key, value);
  }
  const query = params.toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
  return query ? `?${query}` : '';
}

export interface ParsedHash {
  /** The panel (or other element) id the hash names, or null. */
  target: string | null;
  ignored: IgnoredParam[];
}

/**
 * Whether `#<id>` names an element the page has: a panel, `theme-<theme id>` or its heading
 * `theme-title-<theme id>`, `term-<glossary term id>`, or one of PAGE_IDS. Without panel ids in
 * the vocabulary any well-formed id is taken.
 */
export function isHashTarget(id: string, vocab?: UrlVocabulary): boolean {
  if (!vocab?.panelIds) return true;
  if (vocab.panelIds.includes(id) || (PAGE_IDS as readonly string[]).includes(id)) return true;
  const rest = (prefix: string) => (id.startsWith(prefix) ? id.slice(prefix.length) : null);
  const theme = rest('theme-');
  const heading = rest('theme-title-');
  const term = rest('term-');
  return (
    (theme !== null && vocab.themeIds.includes(theme)) ||
    (heading !== null && vocab.themeIds.includes(heading)) ||
    (term !== null && (vocab.termIds ?? []).includes(term))
  );
}

/**
 * Decodes `#<id>` defensively: a malformed escape (`#%`, `#%E0%A4%A` from a link a chat app cut
 * short), a value that cannot be an id, or (given a vocabulary) an id the page does not have
 * (`#theme-nope`, `#constructor`) is reported, never thrown.
 */
export function parseHash(hash: string, vocab?: UrlVocabulary): ParsedHash {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  if (raw === '') return { target: null, ignored: [] };
  let id: string;
  try {
    id = decodeURIComponent(raw);
  } catch {
    return { target: null, ignored: [{ key: '#', value: clip(raw) }] };
  }
  if (!isKebabId(id) || !isHashTarget(id, vocab))
    return { target: null, ignored: [{ key: '#', value: clip(id) }] };
  return { target: id, ignored: [] };
}

export interface ParsedLocation extends ParsedUrl {
  target: string | null;
}

/** What an address says: parse(search) and parse(hash), never throwing. */
export function parseLocation(search: string, hash: string, vocab: UrlVocabulary): ParsedLocation {
  const url = parseUrlState(search, vocab);
  const h = parseHash(hash, vocab);
  return { state: url.state, target: h.target, ignored: [...url.ignored, ...h.ignored] };
}

/** The address (query and hash) of a view state and target: the inverse of parseLocation. */
export function serializeLocation(state: ViewState, target: string | null): string {
  return `${serializeUrlState(state)}${target ? `#${target}` : ''}`;
}

/** How a navigation is recorded. */
export interface NavigateOptions {
  /** A new `#<id>`; without it the hash is dropped unless `keepHash`. */
  hash?: string;
  keepHash?: boolean;
  /** Replace the current history entry instead of adding one. */
  replace?: boolean;
}
