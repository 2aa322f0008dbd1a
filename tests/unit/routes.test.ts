/**
 * Path-form addresses (src/state/routes.ts): a table of canonical addresses read both ways, old
 * query links opening the same state as their path form, paths that name no route, a site in a
 * sub-folder, and fast-check round trips over every valid view state.
 */
import fc from 'fast-check';
import {
  baseOf,
  embedUrl,
  locationParams,
  pageHref,
  parseRoute,
  reportSwitchHref,
  routeIgnored,
} from '../../src/state/routes';
import {
  DEFAULT_STATE,
  LANGS,
  SCHEMES,
  VIEWS,
  parseLocation,
  type UrlVocabulary,
  type ViewState,
} from '../../src/state/url-state';

const vocab: UrlVocabulary = {
  themeIds: ['hardship-aid', 'rights', 'jobs'],
  years: [2018, 2022, 2023],
  figureIds: ['grassroots-unions', 'union-members'],
  panelIds: ['hardship-funds', 'workers-visited'],
  reportIds: ['newest', 'older-2021', 'source'],
  indicatorIds: ['grassroots-unions', 'union-members'],
};
/** The report the site shows without `reports/…`. */
const NEWEST = 'newest';
const state = (partial: Partial<ViewState>): ViewState => ({ ...DEFAULT_STATE, ...partial });

/** The page model of an address (path, query, hash), as the app reads it. */
function read(address: string) {
  const url = new URL(address, 'https://example.org');
  return parseLocation(locationParams(url.pathname, url.search).toString(), url.hash, vocab);
}
/** The canonical address of an address, as the app writes it back. */
function canonical(address: string) {
  const url = new URL(address, 'https://example.org');
  const { state: s, target } = read(address);
  return pageHref(s, baseOf(url.pathname), { hash: target, defaultReport: NEWEST });
}

describe('canonical addresses: path ↔ state', () => {
  const TABLE: [string, ViewState, (string | null)?][] = [
    ['/', DEFAULT_STATE],
    ['/en/', state({ lang: 'en' })],
    ['/source/', state({ view: 'source' })],
    [
      '/en/source/?figure=union-members',
      state({ lang: 'en', view: 'source', figure: 'union-members' }),
    ],
    ['/indicators/', state({ view: 'indicators' })],
    ['/indicators/union-members/', state({ indicator: 'union-members' })],
    ['/embed/hardship-funds/', state({ embed: 'hardship-funds' })],
    ['/reports/older-2021/', state({ report: 'older-2021' })],
    // A report id that is also a route word is still an id after `reports/`.
    ['/reports/source/source/', state({ report: 'source', view: 'source' })],
    [
      '/en/reports/older-2021/embed/workers-visited/?year=2022&scheme=dark',
      state({
        lang: 'en',
        report: 'older-2021',
        embed: 'workers-visited',
        year: 2022,
        scheme: 'dark',
      }),
    ],
    [
      '/?theme=hardship-aid,rights&year=2018&tab=hardship-funds:table&patterns=on#hardship-funds',
      state({
        themes: ['hardship-aid', 'rights'],
        year: 2018,
        tabs: { 'hardship-funds': 'table' },
        patterns: true,
      }),
      'hardship-funds',
    ],
    // One page per path: the embed is the page; the view it came with stays a parameter.
    ['/embed/hardship-funds/?view=source', state({ embed: 'hardship-funds', view: 'source' })],
  ];

  it.each(TABLE)('%s', (address, s, target = null) => {
    expect(read(address)).toEqual({ state: s, target, ignored: [] });
    expect(pageHref(s, '/', { hash: target, defaultReport: NEWEST })).toBe(address);
    expect(canonical(address)).toBe(address);
  });

  it('parses the parts of a route', () => {
    expect(parseRoute('/dash/en/reports/older-2021/indicators/union-members/')).toEqual({
      base: '/dash/',
      lang: 'en',
      report: 'older-2021',
      page: { kind: 'indicator', id: 'union-members' },
    });
    expect(parseRoute('/')).toEqual({ base: '/', page: { kind: 'dashboard' } });
    expect(parseRoute('/dash/embed.html')).toEqual({
      base: '/dash/',
      page: { kind: 'dashboard' },
      file: 'embed.html',
    });
    // A last part without `.html` is a folder: `/en` is `/en/`.
    expect(parseRoute('/en')).toEqual({ base: '/', lang: 'en', page: { kind: 'dashboard' } });
  });
});

describe('old query links', () => {
  it.each([
    ['/?lang=en', '/en/'],
    ['/?report=older-2021', '/reports/older-2021/'],
    [
      '/?report=older-2021&lang=en&view=source&figure=union-members',
      '/en/reports/older-2021/source/?figure=union-members',
    ],
    ['/?view=indicators&lang=en', '/en/indicators/'],
    ['/?indicator=union-members', '/indicators/union-members/'],
    ['/index.html?lang=en&theme=rights#hardship-funds', '/en/?theme=rights#hardship-funds'],
    ['/embed.html?embed=hardship-funds&lang=en&year=2023', '/en/embed/hardship-funds/?year=2023'],
    ['/dash/embed.html?embed=hardship-funds', '/dash/embed/hardship-funds/'],
    // The newest report is the default: it has no `reports/` segment.
    ['/?report=newest&lang=en', '/en/'],
    ['/reports/newest/source/', '/source/'],
  ])('%s opens the page of %s', (old, path) => {
    // The default report named explicitly is the same page as no report named.
    const page = (address: string) => {
      const { state: s, target } = read(address);
      return { state: { ...s, report: s.report === NEWEST ? null : s.report }, target };
    };
    expect(page(old)).toEqual(page(path));
    expect(read(old).ignored).toEqual([]);
    expect(canonical(old)).toBe(path);
  });

  it('a parameter in the query wins over the path', () => {
    expect(read('/en/?lang=zh').state.lang).toBe('zh');
    expect(read('/source/?view=indicators').state.view).toBe('indicators');
    expect(read('/embed/hardship-funds/?embed=workers-visited').state.embed).toBe(
      'workers-visited',
    );
    expect(read('/reports/older-2021/?report=source').state.report).toBe('source');
    // A bad value in the query is reported, as it always was; the path does not rescue it.
    expect(read('/en/?lang=fr')).toMatchObject({
      state: { lang: 'zh' },
      ignored: [{ key: 'lang', value: 'fr' }],
    });
  });

  it('a path value the vocabulary does not know is reported like its query form', () => {
    expect(read('/reports/nope/').ignored).toEqual([{ key: 'report', value: 'nope' }]);
    expect(read('/embed/nope/').ignored).toEqual([{ key: 'embed', value: 'nope' }]);
    expect(read('/indicators/nope/').ignored).toEqual([{ key: 'indicator', value: 'nope' }]);
  });
});

describe('paths that name no route', () => {
  it.each([
    '/reports/',
    '/reports/older-2021/reports/x/',
    '/embed/',
    '/indicators/x/y/',
    '/source/en/',
    '/en/en/',
    '/source/indicators/',
    '/reports/Bad_Id/',
    '/dash//en/',
    '/dash/en/other.html',
    'relative/',
  ])('%s parses as null, and is listed for the notice', (path) => {
    expect(parseRoute(path)).toBeNull();
    expect(routeIgnored(path)).toEqual([{ key: 'path', value: path }]);
    // The app falls back to the query form: the query alone still opens its page.
    expect(locationParams(path, '?lang=en&theme=rights').toString()).toBe('lang=en&theme=rights');
  });

  it('the base of such a path is the folders before its route words, for a clean address', () => {
    expect(baseOf('/reports/')).toBe('/');
    expect(baseOf('/dash/indicators/x/y/')).toBe('/dash/');
    expect(canonical('/dash/reports/?lang=en')).toBe('/dash/en/');
  });

  it('a route has no notice', () => {
    expect(routeIgnored('/dash/en/')).toEqual([]);
  });
});

describe('a site in a sub-folder', () => {
  it('finds its base from the route', () => {
    expect(baseOf('/dash/')).toBe('/dash/');
    expect(baseOf('/dash/index.html')).toBe('/dash/');
    expect(baseOf('/a/b/en/reports/older-2021/source/')).toBe('/a/b/');
    expect(baseOf('/dash/embed/hardship-funds/')).toBe('/dash/');
  });

  it('writes every page under it', () => {
    expect(pageHref(state({ lang: 'en', view: 'indicators' }), '/dash/')).toBe(
      '/dash/en/indicators/',
    );
    expect(canonical('/dash/index.html?report=older-2021&lang=en')).toBe(
      '/dash/en/reports/older-2021/',
    );
    expect(canonical('/dash/en/reports/older-2021/?lang=zh')).toBe('/dash/reports/older-2021/');
  });

  it('leaves in the query what cannot be a path segment, for the parser to report', () => {
    const params = new URLSearchParams('lang=fr&report=Bad%20Id&embed=a&embed=b&x=1');
    expect(pageHref(params, '/')).toBe('/?lang=fr&report=Bad+Id&embed=a&embed=b&x=1');
  });
});

describe('a switch to another report (the report selector)', () => {
  /** The address the selector opens for `report`, from the page at `address`. */
  const switchTo = (address: string, report: string) => {
    const url = new URL(address, 'https://example.org');
    return reportSwitchHref(url.pathname, url.search, report, NEWEST);
  };

  it('keeps how the reader reads (language, scheme, patterns) and drops what is this report’s', () => {
    const from = '/en/?theme=rights&year=2018&scheme=dark&patterns=on&tab=hardship-funds:table';
    expect(switchTo(`${from}&figure=union-members#hardship-funds`, 'older-2021')).toBe(
      '/en/reports/older-2021/?scheme=dark&patterns=on',
    );
    // What the other report's page then reads: the reader's settings, every filter at its default.
    expect(read(switchTo(from, 'older-2021')).state).toEqual(
      state({ lang: 'en', scheme: 'dark', patterns: true, report: 'older-2021' }),
    );
  });

  it('opens the other report’s dashboard, in path form, from any page and any form of address', () => {
    expect(switchTo('/reports/older-2021/source/?scheme=light', NEWEST)).toBe('/?scheme=light');
    expect(switchTo('/?lang=en&report=older-2021&view=source&figure=union-members', NEWEST)).toBe(
      '/en/',
    );
    expect(switchTo('/en/indicators/union-members/', 'older-2021')).toBe('/en/reports/older-2021/');
    expect(switchTo('/dash/en/reports/older-2021/?year=2018', NEWEST)).toBe('/dash/en/');
  });

  it('leaves unknown parameters behind', () => {
    expect(switchTo('/?zoom=2&utm_source=x&patterns=on', 'older-2021')).toBe(
      '/reports/older-2021/?patterns=on',
    );
  });
});

describe('the embed carries its explicit list of parameters, nothing else', () => {
  it('drops a parameter PARAMS does not mark `embed: keep`, known or not', () => {
    expect(
      embedUrl(
        'https://example.org/en/reports/older-2021/?zoom=2&utm_source=x&scheme=dark&figure=union-members&theme=rights',
        'hardship-funds',
      ),
    ).toBe(
      'https://example.org/en/reports/older-2021/embed/hardship-funds/?scheme=dark&theme=rights',
    );
  });
});

describe('properties (fast-check)', () => {
  const stateArb: fc.Arbitrary<ViewState> = fc.record({
    themes: fc.subarray([...vocab.themeIds]),
    year: fc.constantFrom<number | null>(null, ...vocab.years),
    lang: fc.constantFrom(...LANGS),
    scheme: fc.constantFrom<ViewState['scheme']>(null, ...SCHEMES),
    view: fc.constantFrom(...VIEWS),
    figure: fc.constantFrom<string | null>(null, ...vocab.figureIds),
    patterns: fc.boolean(),
    embed: fc.constantFrom<string | null>(null, ...vocab.panelIds!),
    // Not the default report: its address has no segment, and reads back as null.
    report: fc.constantFrom<string | null>(null, 'older-2021', 'source'),
    indicator: fc.constantFrom<string | null>(null, ...vocab.indicatorIds!),
    tabs: fc.dictionary(
      fc.constantFrom(...vocab.panelIds!),
      fc.constantFrom<'table' | 'quotes'>('table', 'quotes'),
    ),
  });
  const baseArb = fc.constantFrom('/', '/dash/', '/a/b-c/');
  const hashArb = fc.constantFrom<string | null>(null, 'hardship-funds', 'theme-rights');

  it('every state reads back from its path form, under any base', () => {
    fc.assert(
      fc.property(stateArb, baseArb, hashArb, (s, base, hash) => {
        const href = pageHref(s, base, { hash, defaultReport: NEWEST });
        const url = new URL(href, 'https://example.org');
        expect(parseRoute(url.pathname)?.base).toBe(base);
        expect(read(href)).toEqual({ state: s, target: hash, ignored: [] });
        // pageHref ∘ parse is the identity on canonical addresses.
        expect(canonical(href)).toBe(href);
      }),
    );
  });

  it('the path form and the query form of a state open the same page', () => {
    fc.assert(
      fc.property(stateArb, (s) => {
        const query = pageHref(s, '/', { defaultReport: NEWEST });
        const old = `/?${new URLSearchParams(
          Object.entries({
            lang: s.lang === DEFAULT_STATE.lang ? null : s.lang,
            report: s.report,
            view: s.view === 'dashboard' ? null : s.view,
            embed: s.embed,
            indicator: s.indicator,
          }).filter((e): e is [string, string] => e[1] !== null),
        )}&${new URL(query, 'https://x.org').search.slice(1)}`;
        expect(read(old).state).toEqual(s);
        expect(canonical(old)).toBe(query);
      }),
    );
  });

  it('never throws, and any path either parses or is noticed', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (path, search) => {
        const pathname = `/${path}`;
        expect(() => locationParams(pathname, search)).not.toThrow();
        expect(parseRoute(pathname) === null).toBe(routeIgnored(pathname).length > 0);
        expect(baseOf(pathname)).toMatch(/^\/(?:[^/]+\/)*$/);
      }),
    );
  });
});
