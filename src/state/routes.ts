/**
 * Path-form addresses: the path names the page, the query only its filters. Under the site's base
 * (`/`, or a sub-folder such as `/dash/`):
 *
 *   [<lang>/][reports/<report-id>/][source/ | indicators/ | indicators/<indicator-id>/ | embed/<panel-id>/]
 *
 * The default language (Chinese) has no segment, nor has the default report (the one the page shows
 * without `reports/…`): each page has one address. Filters (`?theme=`, `?year=`, `?tab=`, …) and
 * `#<id>` stay where they were. The query form (`?lang=en&report=…&view=source`, `?embed=<id>`,
 * `?indicator=<id>`) still opens the same page: `locationParams` merges what the path says into
 * the query the parser (url-state.ts) reads, a parameter given in the query winning over the path.
 *
 * The base is found from the route's shape, not configured (the build's base is `./`): it is the
 * path up to the first segment a route may start with (a language other than the default,
 * `reports`, `source`, `indicators`, `embed`), so a site served from a folder of that name is not
 * supported. Pure: no `window`.
 */
import { isKebabId } from '../model/ids';
import { LANGS } from './constants';
import {
  DEFAULT_STATE,
  PARAM_LIST,
  serializeUrlState,
  type IgnoredParam,
  type ViewState,
} from './url-state';

/** The page a route names; `dashboard` when the path names none. */
export type RoutePage =
  | { kind: 'dashboard' }
  | { kind: 'source' }
  | { kind: 'indicators' }
  | { kind: 'indicator'; id: string }
  | { kind: 'embed'; id: string };

export interface Route {
  /** The site's base path as written in the address: starts and ends with `/` (`/`, `/dash/`). */
  base: string;
  /** A registered language other than the default. */
  lang?: string;
  /** A report's id (`reports/<id>/`). */
  report?: string;
  page: RoutePage;
  /** The HTML file the path ends in (`index.html`, `embed.html`), if any. */
  file?: string;
}

const PAGE_WORDS: readonly string[] = ['reports', 'source', 'indicators', 'embed'];
/** The app's pages a path may end in (a folder's index, or the frameable embed page). */
const FILES: readonly string[] = ['index.html', 'embed.html'];

/**
 * The locale ids a path segment may name. Every function here takes the page's list (`langs`,
 * default: the site's locales, LANGS); a page offering another locale passes its own.
 */
type Langs = readonly string[];
const isLang = (s: string, langs: Langs) => s !== DEFAULT_STATE.lang && langs.includes(s);
/** A segment a route may start with: never part of the base. */
const isRouteWord = (s: string, langs: Langs) => PAGE_WORDS.includes(s) || isLang(s, langs);

/** The folders of a path and the file it ends in (a last part without `.html` is a folder). */
function split(pathname: string): { dirs: string[]; file?: string } | null {
  if (!pathname.startsWith('/')) return null;
  const parts = pathname.slice(1).split('/');
  const last = parts.pop()!;
  let file: string | undefined;
  if (last.endsWith('.html')) file = last;
  else if (last !== '') parts.push(last);
  return { dirs: parts, file };
}

const join = (dirs: readonly string[]) => `/${dirs.map((d) => `${d}/`).join('')}`;

/**
 * The route a path names, or null when it names none: a route word out of place or missing its id
 * (`/reports/`, `/embed/`, `/indicators/x/y/`, `/source/en/`), an id that cannot be one, an empty
 * segment (`//`), or an HTML file other than the app's pages.
 */
export function parseRoute(pathname: string, langs: Langs = LANGS): Route | null {
  const parts = split(pathname);
  if (!parts) return null;
  const { dirs, file } = parts;
  if (file !== undefined && !FILES.includes(file)) return null;
  if (dirs.includes('')) return null;
  const start = dirs.findIndex((d) => isRouteWord(d, langs));
  const at = start < 0 ? dirs.length : start;
  const rest = dirs.slice(at);
  const route: Route = { base: join(dirs.slice(0, at)), page: { kind: 'dashboard' } };
  if (file !== undefined) route.file = file;
  let i = 0;
  const id = () => {
    const value = rest[i + 1];
    if (value === undefined || !isKebabId(value)) return null;
    i += 2;
    return value;
  };
  if (rest[i] !== undefined && isLang(rest[i]!, langs)) route.lang = rest[i++];
  if (rest[i] === 'reports') {
    const report = id();
    if (report === null) return null;
    route.report = report;
  }
  const word = rest[i];
  if (word === 'source') {
    route.page = { kind: 'source' };
    i += 1;
  } else if (word === 'indicators' && rest[i + 1] === undefined) {
    route.page = { kind: 'indicators' };
    i += 1;
  } else if (word === 'indicators' || word === 'embed') {
    const value = id();
    if (value === null) return null;
    route.page = word === 'embed' ? { kind: 'embed', id: value } : { kind: 'indicator', id: value };
  }
  return i === rest.length ? route : null;
}

/**
 * The site's base path for any path: the route's, or for a path that names no route the folders
 * before its first route word (`/dash/reports/` -> `/dash/`), so the page can still write a clean
 * address.
 */
export function baseOf(pathname: string, langs: Langs = LANGS): string {
  const route = parseRoute(pathname, langs);
  if (route) return route.base;
  const dirs = (split(pathname)?.dirs ?? []).filter((d) => d !== '');
  const start = dirs.findIndex((d) => isRouteWord(d, langs));
  return join(start < 0 ? dirs : dirs.slice(0, start));
}

/** The query parameters a route stands for (the form url-state.ts parses). */
function routeParams(route: Route): [string, string][] {
  const out: [string, string][] = [];
  if (route.lang) out.push(['lang', route.lang]);
  if (route.report) out.push(['report', route.report]);
  const { page } = route;
  if (page.kind === 'source' || page.kind === 'indicators') out.push(['view', page.kind]);
  else if (page.kind === 'indicator') out.push(['indicator', page.id]);
  else if (page.kind === 'embed') out.push(['embed', page.id]);
  return out;
}

/**
 * The query the view-state parser reads for an address: the query as given, plus what the path
 * names (lang, report, page), each only where the query does not give that parameter itself (so
 * an old link's `?lang=`, `?report=`, `?view=`, `?embed=` keeps its meaning). A path that names
 * no route adds nothing (see `routeIgnored`).
 */
export function locationParams(
  pathname: string,
  search: string,
  langs: Langs = LANGS,
): URLSearchParams {
  const params = new URLSearchParams(search);
  const route = parseRoute(pathname, langs);
  if (route)
    for (const [key, value] of routeParams(route)) if (!params.has(key)) params.set(key, value);
  return params;
}

/**
 * What the "ignored" notice lists for a path that names no route: `path` (the notice names keys
 * it does not know without their value), or nothing.
 */
export function routeIgnored(pathname: string, langs: Langs = LANGS): IgnoredParam[] {
  return parseRoute(pathname, langs) ? [] : [{ key: 'path', value: pathname }];
}

export interface HrefOptions {
  /** `#<id>` to end the address with (without `#`), if any. */
  hash?: string | null;
  /** The report the site shows without `reports/…`: its id never gets a segment. */
  defaultReport?: string | null;
  /** The locale ids a `lang` segment may name (default: the site's, LANGS). */
  langs?: Langs;
}

/**
 * The canonical address of a page, in path form under `base`: language, report and page in the
 * path, every other parameter in the query (in the order given; defaults left out), then the hash.
 * Takes a view state, or a query in the parser's form (e.g. from `locationParams`); of the latter
 * only a single, well-formed value moves into the path, anything else stays in the query for the
 * parser to report. One page per path: with `embed` set, an `indicator` or `view` stays in the
 * query (as does `view` beside an indicator), so the address still means the same state.
 */
export function pageHref(
  page: ViewState | URLSearchParams,
  base: string,
  { hash, defaultReport, langs = LANGS }: HrefOptions = {},
): string {
  const params = new URLSearchParams(
    page instanceof URLSearchParams ? page : serializeUrlState(page),
  );
  const take = (key: string, ok: (value: string) => boolean): string | null => {
    const all = params.getAll(key);
    if (all.length !== 1 || !ok(all[0]!)) return null;
    params.delete(key);
    return all[0]!;
  };
  let path = base.endsWith('/') ? base : `${base}/`;
  const lang = take('lang', (v) => langs.includes(v));
  if (lang !== null && lang !== DEFAULT_STATE.lang) path += `${lang}/`;
  const report = take('report', isKebabId);
  if (report !== null && report !== defaultReport) path += `reports/${report}/`;
  // `view=dashboard` is the default: never written.
  take('view', (v) => v === 'dashboard');
  const embed = take('embed', isKebabId);
  if (embed !== null) path += `embed/${embed}/`;
  else {
    const indicator = take('indicator', isKebabId);
    if (indicator !== null) path += `indicators/${indicator}/`;
    else {
      const view = take('view', (v) => v === 'source' || v === 'indicators');
      if (view !== null) path += `${view}/`;
    }
  }
  const query = params.toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
  return `${path}${query ? `?${query}` : ''}${hash ? `#${hash}` : ''}`;
}

/** The query keys an embed carries from the view it is made from (`embed` itself is set anew). */
export const EMBED_PARAMS: readonly string[] = PARAM_LIST.filter((p) => p.embed === 'keep').map(
  (p) => p.key,
);

/**
 * The address of the embed view of `panelId`: `embed/<panel-id>/` in path form under
 * the current page's base, in its language and report, with its filters (theme, year,
 * scheme, patterns, tabs). The hosts serve that page as the embed page (embed.html), the one they
 * let other sites frame.
 */
export function embedUrl(viewUrl: string, panelId: string): string {
  const url = new URL(viewUrl);
  // What the embed carries is the explicit list PARAMS marks `embed: 'keep'` (filters, language,
  // scheme, tabs, patterns, the report): anything else, unknown parameters included, stays behind.
  const params = new URLSearchParams();
  for (const [key, value] of locationParams(url.pathname, url.search))
    if (EMBED_PARAMS.includes(key)) params.append(key, value);
  params.set('embed', panelId);
  keepOwnTab(params, panelId);
  return `${url.origin}${pageHref(params, baseOf(url.pathname))}`;
}

/** The query keys a switch to another report carries (`acrossReports: 'keep'` in PARAMS). */
export const ACROSS_REPORT_PARAMS: readonly string[] = PARAM_LIST.filter(
  (p) => p.acrossReports === 'keep',
).map((p) => p.key);

/**
 * The address of report `reportId`'s dashboard from the page at `pathname` + `search`: under the
 * same base, carrying what PARAMS marks `acrossReports: 'keep'` (language, scheme, patterns) and
 * nothing else (a report's filters, tabs and figures are its own; unknown parameters stay behind).
 */
export function reportSwitchHref(
  pathname: string,
  search: string,
  reportId: string,
  defaultReport: string | null,
): string {
  const params = new URLSearchParams();
  for (const [key, value] of locationParams(pathname, search))
    if (ACROSS_REPORT_PARAMS.includes(key)) params.append(key, value);
  params.set('report', reportId);
  return pageHref(params, baseOf(pathname), { defaultReport });
}

/**
 * Of `tab` (`<panel>:<tab>,…`), only the entry of `panelId`: an embed or a link to one panel never
 * carries the tabs a reader opened in other panels (the page review found an embed of one panel
 * with `tab=hardship-funds:table`).
 */
function keepOwnTab(params: URLSearchParams, panelId: string): void {
  const own = params
    .getAll('tab')
    .flatMap((v) => v.split(','))
    .filter((entry) => entry.split(':')[0] === panelId);
  params.delete('tab');
  if (own.length > 0) params.set('tab', own.join(','));
}

/** The address of one panel in the full dashboard (no `embed`, scrolled to the panel). */
const RELATIVE = 'http://relative.invalid/';

export function panelUrl(viewUrl: string, panelId: string | null): string {
  // A page written at build time without SITE_URL knows only its path: the link is site-relative.
  const url = new URL(viewUrl, RELATIVE);
  const origin = url.origin === new URL(RELATIVE).origin ? '' : url.origin;
  const params = locationParams(url.pathname, url.search);
  params.delete('embed');
  // A panel lives in the dashboard, not in the article view (`?embed=x&view=source`) nor on an
  // indicator's page (`?embed=x&indicator=y`), which would open instead of the dashboard.
  params.delete('view');
  params.delete('indicator');
  if (panelId !== null) keepOwnTab(params, panelId);
  return `${origin}${pageHref(params, baseOf(url.pathname), { hash: panelId })}`;
}
