/**
 * The view state in the URL: a round-trip table run both ways (parse(query) → state and
 * serialize(state) → query), what a hostile or stale link reports, and fast-check properties.
 */
import fc from 'fast-check';
import {
  DEFAULT_STATE,
  LANGS,
  SCHEMES,
  VIEWS,
  PARAMS,
  PARAM_LIST,
  parseHash,
  parseLocation,
  parseUrlState,
  serializeLocation,
  serializeUrlState,
  type UrlVocabulary,
  type ViewState,
} from '../../src/state/url-state';
import { viewStateSchema } from '../../src/state/view-state-schema';
import { codePointString } from './arbitraries';

/**
 * A small vocabulary written out here (the parser takes it as an argument): the taxonomy's theme
 * ids in their order, three years, a few figure and panel ids. Nothing here reads data/.
 */
const vocab: UrlVocabulary = {
  themeIds: [
    'hardship-aid',
    'service-brands',
    'service-network',
    'union-organisation',
    'rights',
    'political-culture',
    'model-workers',
    'epidemic-relief',
    'jobs',
    'skills',
  ],
  years: [2018, 2022, 2023],
  figureIds: [
    'grassroots-unions',
    'union-members',
    'red-flag-worker-homes',
    'festival-warmth-funds-2018',
    'workers-visited',
  ],
  panelIds: ['hardship-funds', 'workers-visited', 'grassroots-unions', 'produce-sold'],
  reportIds: ['xpcc-unions-2023', 'second-report'],
  indicatorIds: ['grassroots-unions', 'union-members'],
};
const state = (partial: Partial<ViewState>): ViewState => ({ ...DEFAULT_STATE, ...partial });
const parse = (query: string) => parseUrlState(query, vocab);

describe('round trip: parse(query) → state and serialize(state) → query', () => {
  const TABLE: { name: string; state: ViewState; query: string }[] = [
    { name: 'defaults', state: DEFAULT_STATE, query: '' },
    { name: 'one theme', state: state({ themes: ['rights'] }), query: '?theme=rights' },
    {
      name: 'two themes, comma kept readable',
      state: state({ themes: ['hardship-aid', 'rights'] }),
      query: '?theme=hardship-aid,rights',
    },
    { name: 'a year', state: state({ year: 2022 }), query: '?year=2022' },
    { name: 'English', state: state({ lang: 'en' }), query: '?lang=en' },
    { name: 'dark scheme', state: state({ scheme: 'dark' }), query: '?scheme=dark' },
    { name: 'light scheme (explicit)', state: state({ scheme: 'light' }), query: '?scheme=light' },
    { name: 'the source view', state: state({ view: 'source' }), query: '?view=source' },
    {
      name: 'a figure in the source view',
      state: state({ view: 'source', figure: 'grassroots-unions' }),
      query: '?view=source&figure=grassroots-unions',
    },
    {
      name: 'a report',
      state: state({ report: 'second-report' }),
      query: '?report=second-report',
    },
    {
      name: 'the index of indicators',
      state: state({ view: 'indicators' }),
      query: '?view=indicators',
    },
    {
      name: 'an indicator’s page',
      state: state({ indicator: 'union-members' }),
      query: '?indicator=union-members',
    },
    {
      name: 'everything at once',
      state: {
        themes: ['service-network', 'jobs', 'skills'],
        year: 2023,
        lang: 'en',
        scheme: 'light',
        view: 'source',
        figure: 'red-flag-worker-homes',
        tabs: { 'produce-sold': 'table', 'hardship-funds': 'quotes' },
        patterns: true,
        embed: 'hardship-funds',
        report: null,
        indicator: null,
      },
      query:
        '?theme=service-network,jobs,skills&year=2023&lang=en&scheme=light&view=source&figure=red-flag-worker-homes&tab=hardship-funds:quotes,produce-sold:table&patterns=on&embed=hardship-funds',
    },
    {
      name: 'patterns on',
      state: { ...DEFAULT_STATE, themes: [], tabs: {}, patterns: true },
      query: '?patterns=on',
    },
    {
      name: 'one panel embedded, in English',
      state: { ...DEFAULT_STATE, themes: [], tabs: {}, lang: 'en', embed: 'hardship-funds' },
      query: '?lang=en&embed=hardship-funds',
    },
  ];

  it.each(TABLE)('parse: $name', ({ state: expected, query }) => {
    expect(parse(query)).toEqual({ state: expected, ignored: [] });
  });

  it.each(TABLE)('serialize: $name', ({ state: s, query }) => {
    expect(serializeUrlState(s)).toBe(query);
  });

  it.each([
    ['?patterns=yes', 'patterns', 'yes'],
    ['?embed=no-such-panel', 'embed', 'no-such-panel'],
    ['?indicator=no-such-indicator', 'indicator', 'no-such-indicator'],
  ])('drops and reports %s', (query, key, value) => {
    expect(parse(query)).toEqual({ state: DEFAULT_STATE, ignored: [{ key, value }] });
  });

  it('accepts a query without the leading ?', () => {
    expect(parse('theme=rights&lang=en')).toEqual({
      state: state({ themes: ['rights'], lang: 'en' }),
      ignored: [],
    });
  });

  it('defaults serialise to the empty string', () => {
    expect(serializeUrlState(DEFAULT_STATE)).toBe('');
    expect(serializeUrlState(state({ lang: 'zh', view: 'dashboard', scheme: null }))).toBe('');
  });
});

describe('ignored parameters', () => {
  const long = 'x'.repeat(5000);
  it.each<{
    name: string;
    query: string;
    state: ViewState;
    ignored: { key: string; value: string }[];
  }>([
    {
      name: 'an unknown theme id',
      query: '?theme=nope',
      state: DEFAULT_STATE,
      ignored: [{ key: 'theme', value: 'nope' }],
    },
    {
      name: 'an unknown theme beside known ones',
      query: '?theme=rights,nope,jobs',
      state: state({ themes: ['rights', 'jobs'] }),
      ignored: [{ key: 'theme', value: 'nope' }],
    },
    {
      name: 'year=abc',
      query: '?year=abc',
      state: DEFAULT_STATE,
      ignored: [{ key: 'year', value: 'abc' }],
    },
    {
      name: 'a year not in the data',
      query: '?year=1999',
      state: DEFAULT_STATE,
      ignored: [{ key: 'year', value: '1999' }],
    },
    {
      name: 'a year in the review but with no dated figure',
      query: '?year=2020&lang=en',
      state: state({ lang: 'en' }),
      ignored: [{ key: 'year', value: '2020' }],
    },
    {
      name: 'lang=fr',
      query: '?lang=fr',
      state: DEFAULT_STATE,
      ignored: [{ key: 'lang', value: 'fr' }],
    },
    {
      name: 'scheme=blue',
      query: '?scheme=blue',
      state: DEFAULT_STATE,
      ignored: [{ key: 'scheme', value: 'blue' }],
    },
    {
      name: 'view=x',
      query: '?view=x',
      state: DEFAULT_STATE,
      ignored: [{ key: 'view', value: 'x' }],
    },
    {
      name: 'an unknown figure',
      query: '?view=source&figure=nope',
      state: state({ view: 'source' }),
      ignored: [{ key: 'figure', value: 'nope' }],
    },
    {
      name: 'a misspelt key',
      query: '?them=rights',
      state: DEFAULT_STATE,
      ignored: [{ key: 'them', value: 'rights' }],
    },
    {
      name: 'a 5,000-character value, clipped in the report',
      query: `?theme=${long}&lang=en`,
      state: state({ lang: 'en' }),
      ignored: [{ key: 'theme', value: `${'x'.repeat(40)}…` }],
    },
    {
      name: 'a 5,000-character unknown key, clipped in the report',
      query: `?${long}=1`,
      state: DEFAULT_STATE,
      ignored: [{ key: `${'x'.repeat(40)}…`, value: '1' }],
    },
    {
      name: 'a script tag as a value',
      query: '?view=<script>alert(1)</script>',
      state: DEFAULT_STATE,
      ignored: [{ key: 'view', value: '<script>alert(1)</script>' }],
    },
    {
      name: 'an encoded script tag as a theme',
      query: `?theme=${encodeURIComponent('<script>alert(1)</script>')}`,
      state: DEFAULT_STATE,
      ignored: [{ key: 'theme', value: '<script>alert(1)</script>' }],
    },
    {
      name: 'a long script tag, clipped',
      query: `?lang=${encodeURIComponent(`<script>${'alert(1);'.repeat(20)}</script>`)}`,
      state: DEFAULT_STATE,
      ignored: [{ key: 'lang', value: `${`<script>${'alert(1);'.repeat(20)}`.slice(0, 40)}…` }],
    },
    {
      name: 'a script tag as a key',
      query: '?<script>alert(1)</script>=1',
      state: DEFAULT_STATE,
      ignored: [{ key: '<script>alert(1)</script>', value: '1' }],
    },
  ])('$name', ({ query, state: expected, ignored }) => {
    expect(parse(query)).toEqual({ state: expected, ignored });
  });

  it('an empty year is not reported', () => {
    expect(parse('?year=')).toEqual({ state: DEFAULT_STATE, ignored: [] });
  });
});

describe('repeated keys and theme order', () => {
  it.each<[string, ViewState, { key: string; value: string }[]]>([
    ['?lang=en&lang=zh', state({ lang: 'zh' }), [{ key: 'lang', value: 'en' }]],
    ['?lang=en&lang=en', state({ lang: 'en' }), []],
    ['?year=2018&year=2023', state({ year: 2023 }), [{ key: 'year', value: '2018' }]],
    // A bad last value does not hide a good earlier one; the bad one is reported.
    ['?lang=en&lang=fr', state({ lang: 'en' }), [{ key: 'lang', value: 'fr' }]],
  ])('%s: the last valid value wins, the others are reported', (query, expected, ignored) => {
    expect(parse(query)).toEqual({ state: expected, ignored });
  });

  it.each<[string, ViewState]>([
    ['?theme=rights&theme=jobs', state({ themes: ['rights', 'jobs'] })],
    ['?theme=jobs&theme=rights,jobs', state({ themes: ['rights', 'jobs'] })],
    [
      '?tab=hardship-funds:table&tab=produce-sold:quotes',
      state({ tabs: { 'hardship-funds': 'table', 'produce-sold': 'quotes' } }),
    ],
  ])('%s: list parameters merge', (query, expected) => {
    expect(parse(query)).toEqual({ state: expected, ignored: [] });
  });

  it.each<[string, string[]]>([
    ['?theme=skills,rights,hardship-aid', ['hardship-aid', 'rights', 'skills']],
    ['?theme=jobs,service-brands', ['service-brands', 'jobs']],
    ['?theme=rights,rights', ['rights']],
    ['?theme=%20rights%20,,jobs', ['rights', 'jobs']],
  ])('%s gives themes %j in taxonomy order', (query, themes) => {
    expect(parse(query)).toEqual({ state: state({ themes }), ignored: [] });
  });

  it('equal views serialise to equal URLs whatever the order they were asked in', () => {
    const a = parse('?theme=skills,rights').state;
    const b = parse('?theme=rights,skills').state;
    expect(serializeUrlState(a)).toBe(serializeUrlState(b));
  });
});

describe('properties (fast-check)', () => {
  /** Checks a parse result: a valid state within the vocabulary, and short reports. */
  function expectWellFormed(query: string): void {
    const result = parse(query);
    expect(viewStateSchema.safeParse(result.state).success).toBe(true);
    for (const t of result.state.themes) expect(vocab.themeIds).toContain(t);
    if (result.state.year !== null) expect(vocab.years).toContain(result.state.year);
    if (result.state.figure !== null) expect(vocab.figureIds).toContain(result.state.figure);
    for (const { key, value } of result.ignored) {
      expect(key.length).toBeLessThanOrEqual(41);
      expect(value.length).toBeLessThanOrEqual(41);
    }
  }

  it('parse never throws on arbitrary strings and always yields a valid state', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), expectWellFormed));
    fc.assert(fc.property(fc.string(), (s) => expectWellFormed(`?${s}`)));
  });

  it('parse never throws on arbitrary key/value pairs, known keys included', () => {
    const keyArb = fc.oneof(
      fc.constantFrom('theme', 'year', 'lang', 'scheme', 'view', 'figure', 'tab', 'them', ''),
      fc.string(),
    );
    const valueArb = fc.oneof(
      fc.string(),
      fc.constantFrom(...vocab.themeIds, ...vocab.figureIds, ...LANGS, ...SCHEMES, ...VIEWS),
      fc.constantFrom('2018', '2023', '1999', 'abc', '<script>alert(1)</script>', 'x'.repeat(2500)),
      fc
        .array(fc.constantFrom(...vocab.themeIds, 'nope', ''), { maxLength: 6 })
        .map((a) => a.join(',')),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(keyArb, valueArb), { maxLength: 8 }), (pairs) => {
        expectWellFormed(new URLSearchParams(pairs).toString());
      }),
    );
  });

  const stateArb: fc.Arbitrary<ViewState> = fc.record({
    // fc.subarray keeps the source order, which is the taxonomy order.
    themes: fc.subarray([...vocab.themeIds]),
    year: fc.constantFrom<number | null>(null, ...vocab.years),
    lang: fc.constantFrom(...LANGS),
    scheme: fc.constantFrom<ViewState['scheme']>(null, ...SCHEMES),
    view: fc.constantFrom(...VIEWS),
    figure: fc.constantFrom<string | null>(null, ...vocab.figureIds),
    patterns: fc.boolean(),
    embed: fc.constantFrom<string | null>(null, ...vocab.panelIds!),
    report: fc.constantFrom<string | null>(null, ...(vocab.reportIds ?? [])),
    indicator: fc.constantFrom<string | null>(null, ...(vocab.indicatorIds ?? [])),
    tabs: fc.dictionary(
      fc.constantFrom(...(vocab.panelIds ?? [])),
      fc.constantFrom<'table' | 'quotes'>('table', 'quotes'),
    ),
  });

  it('parse(serialize(s)) gives back s for every valid state, with nothing ignored', () => {
    fc.assert(
      fc.property(stateArb, (s) => {
        expect(viewStateSchema.safeParse(s).success).toBe(true);
        expect(parse(serializeUrlState(s))).toEqual({ state: s, ignored: [] });
      }),
    );
  });

  it('serialize(parse(q).state) is a fixed point', () => {
    // Queries of the real parameters, each with its valid values, near misses or noise (repeated,
    // in any order, percent-encoded): three in five set some state rather than being ignored.
    const panelIds = vocab.panelIds ?? [];
    const list = <T>(item: fc.Arbitrary<T>) =>
      fc.array(item, { minLength: 1, maxLength: 3 }).map((a) => a.join(','));
    const values: Record<string, fc.Arbitrary<string>> = {
      theme: list(fc.constantFrom(...vocab.themeIds, 'nope')),
      year: fc.constantFrom(...vocab.years.map(String), '1999', '2022.5'),
      lang: fc.constantFrom(...LANGS, 'fr'),
      scheme: fc.constantFrom(...SCHEMES, 'blue'),
      view: fc.constantFrom(...VIEWS, 'nope'),
      figure: fc.constantFrom(...vocab.figureIds.slice(0, 8), 'nope'),
      tab: list(
        fc
          .tuple(
            fc.constantFrom(...panelIds, 'nope'),
            fc.constantFrom('chart', 'table', 'quotes', 'pie'),
          )
          .map(([id, tab]) => `${id}:${tab}`),
      ),
      patterns: fc.constantFrom('1', '0', 'true', ''),
      embed: fc.constantFrom(...panelIds.slice(0, 8), 'nope'),
      report: fc.constantFrom(...(vocab.reportIds ?? []), 'nope'),
      indicator: fc.constantFrom(...(vocab.indicatorIds ?? []), 'nope'),
    };
    const pair = fc
      .constantFrom(...PARAM_LIST.map((p) => p.key), 'x')
      .chain((key) =>
        fc
          .oneof({ weight: 4, arbitrary: values[key] ?? fc.string() }, fc.string({ maxLength: 6 }))
          .map((value) => `${key}=${encodeURIComponent(value)}`),
      );
    const query = fc.array(pair, { maxLength: 5 }).map((pairs) => `?${pairs.join('&')}`);
    fc.assert(
      fc.property(query, (q) => {
        const once = serializeUrlState(parse(q).state);
        expect(serializeUrlState(parse(once).state)).toBe(once);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the hash and the whole page model', () => {
  it.each<[string, string | null, { key: string; value: string }[]]>([
    ['', null, []],
    ['#', null, []],
    ['#produce-sold', 'produce-sold', []],
    ['#theme-rights', 'theme-rights', []],
    // Links cut short by a chat app: a malformed escape is reported, never thrown.
    ['#%', null, [{ key: '#', value: '%' }]],
    ['#%E0%A4%A', null, [{ key: '#', value: '%E0%A4%A' }]],
    ['#<img src=x onerror=alert(1)>', null, [{ key: '#', value: '<img src=x onerror=alert(1)>' }]],
  ])('hash %j → target %j', (hash, target, ignored) => {
    expect(parseHash(hash)).toEqual({ target, ignored });
  });

  it('a malformed escape in the query is reported and the rest of the link still applies', () => {
    const model = parseLocation('?lang=en&theme=%E0%A4%A', '#%', vocab);
    expect(model.state).toEqual(state({ lang: 'en' }));
    expect(model.target).toBeNull();
    expect(model.ignored.map((i) => i.key)).toEqual(['theme', '#']);
  });

  it('the parser is one table entry per ViewState field, in query order', () => {
    expect(Object.keys(PARAMS).sort()).toEqual(Object.keys(DEFAULT_STATE).sort());
    expect(PARAM_LIST.map((p) => p.key)).toEqual([
      'theme',
      'year',
      'lang',
      'scheme',
      'view',
      'figure',
      'tab',
      'patterns',
      'embed',
      'report',
      'indicator',
    ]);
  });

  it('unknown panel ids and tabs in `tab` are reported', () => {
    expect(parse('?tab=nope:table,produce-sold:pie,produce-sold:chart')).toEqual({
      state: DEFAULT_STATE,
      ignored: [
        { key: 'tab', value: 'nope:table' },
        { key: 'tab', value: 'produce-sold:pie' },
      ],
    });
  });

  it('never throws over arbitrary query and hash strings (fast-check)', () => {
    const str = fc.oneof(
      fc.string(),
      codePointString(),
      fc
        .array(fc.constantFrom('%', 'E0', 'A4', '%A', '#', '&', '=', 'theme', 'tab', ':', ','))
        .map((a) => a.join('')),
    );
    fc.assert(
      fc.property(str, str, (search, hash) => {
        const model = parseLocation(search, hash, vocab);
        expect(viewStateSchema.safeParse(model.state).success).toBe(true);
        // The model serialises and re-reads to itself.
        const address = serializeLocation(model.state, model.target);
        const [q = '', h = ''] = address.split('#');
        const again = parseLocation(q, h ? `#${h}` : '', vocab);
        expect(again.state).toEqual(model.state);
        expect(again.target).toBe(model.target);
        expect(again.ignored).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
