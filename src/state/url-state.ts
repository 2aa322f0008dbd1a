/**
 * The view state lives in the URL query: `theme`, `year`, `lang`, `scheme`, `view`, `figure`,
 * `patterns` (`on`) and `embed` (a panel id: that panel alone, for an iframe).
 * Parsing is pure and total: unknown or malformed values are dropped and reported, never thrown,
 * so a hostile or stale link still renders the dashboard (with a notice of what was ignored).
 */
import { LANGS, SCHEMES, VIEWS } from './constants';
import type { ViewState } from './view-state-schema';

export { LANGS, SCHEMES, VIEWS, type ViewState };

export const DEFAULT_STATE: ViewState = {
  themes: [],
  year: null,
  lang: 'zh',
  scheme: null,
  view: 'dashboard',
  figure: null,
  patterns: false,
  embed: null,
  report: null,
};

/** What the URL may name: the ids and years that exist in the data. */
export interface UrlVocabulary {
  themeIds: readonly string[];
  years: readonly number[];
  figureIds: readonly string[];
  /** Panels that `embed` may name (none: `embed` is always ignored). */
  panelIds?: readonly string[];
  /** Report ids (`?report=`); absent or empty: the parameter is not offered. */
  reportIds?: readonly string[];
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

const KNOWN_KEYS = [
  'theme',
  'year',
  'lang',
  'scheme',
  'view',
  'figure',
  'patterns',
  'embed',
  'report',
] as const;
/** Parameters that take one of a fixed list of values; the state field has the same name. */
const ENUM_VALUES = { lang: LANGS, scheme: SCHEMES, view: VIEWS } as const;
const MAX_SHOWN_VALUE = 40; // a notice quoting a 10 kB parameter helps nobody
const MAX_PARAM_LENGTH = 2000; // beyond this a value is junk; do not even split it

/** Cuts by code points, never inside a surrogate pair (an emoji stays whole or goes). */
function clip(value: string): string {
  const chars = Array.from(value);
  return chars.length > MAX_SHOWN_VALUE ? `${chars.slice(0, MAX_SHOWN_VALUE).join('')}…` : value;
}

/**
 * Parses a query string (with or without `?`). Keys other than the known ones are reported
 * too, so a typo like `?them=rights` does not fail silently. Repeated keys: the last one wins.
 */
export function parseUrlState(search: string, vocab: UrlVocabulary): ParsedUrl {
  const params = new URLSearchParams(search);
  const state: ViewState = { ...DEFAULT_STATE, themes: [] };
  const ignored: IgnoredParam[] = [];

  for (const key of new Set(params.keys())) {
    const all = params.getAll(key);
    const value = all[all.length - 1] ?? '';
    if (!(KNOWN_KEYS as readonly string[]).includes(key)) {
      ignored.push({ key: clip(key), value: clip(value) });
      continue;
    }
    if (value.length > MAX_PARAM_LENGTH) {
      ignored.push({ key, value: clip(value) });
      continue;
    }
    switch (key) {
      case 'theme': {
        const wanted = value
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean);
        for (const id of wanted) {
          if (vocab.themeIds.includes(id) && !state.themes.includes(id)) state.themes.push(id);
          else if (!vocab.themeIds.includes(id)) ignored.push({ key, value: clip(id) });
        }
        break;
      }
      case 'year': {
        const year = /^\d{4}$/.test(value) ? Number(value) : NaN;
        if (vocab.years.includes(year)) state.year = year;
        else if (value !== '') ignored.push({ key, value: clip(value) });
        break;
      }
      case 'lang':
      case 'scheme':
      case 'view': {
        const allowed: readonly string[] = ENUM_VALUES[key];
        if (allowed.includes(value)) Object.assign(state, { [key]: value });
        else ignored.push({ key, value: clip(value) });
        break;
      }
      case 'figure':
        if (vocab.figureIds.includes(value)) state.figure = value;
        else ignored.push({ key, value: clip(value) });
        break;
      case 'patterns':
        if (value === 'on') state.patterns = true;
        else if (value !== 'off') ignored.push({ key, value: clip(value) });
        break;
      case 'embed':
        if (vocab.panelIds?.includes(value)) state.embed = value;
        else ignored.push({ key, value: clip(value) });
        break;
      case 'report':
        if (vocab.reportIds?.includes(value)) state.report = value;
        else ignored.push({ key, value: clip(value) });
        break;
    }
  }
  // Themes keep the taxonomy's order so equal views have equal URLs.
  state.themes.sort((a, b) => vocab.themeIds.indexOf(a) - vocab.themeIds.indexOf(b));
  return { state, ignored };
}

/** Serialises a state to a query string (`?…`, or '' for the default view). Defaults are omitted. */
export function serializeUrlState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.themes.length > 0) params.set('theme', state.themes.join(','));
  if (state.year !== null) params.set('year', String(state.year));
  if (state.lang !== DEFAULT_STATE.lang) params.set('lang', state.lang);
  if (state.scheme !== null) params.set('scheme', state.scheme);
  if (state.view !== DEFAULT_STATE.view) params.set('view', state.view);
  if (state.figure !== null) params.set('figure', state.figure);
  if (state.patterns) params.set('patterns', 'on');
  if (state.embed != null) params.set('embed', state.embed);
  if (state.report !== null) params.set('report', state.report);
  const query = params.toString().replace(/%2C/g, ',');
  return query ? `?${query}` : '';
}
