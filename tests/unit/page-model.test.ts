// What a page shows under an address, as the page model says it (src/view/page-model.ts): the
// key figures, the count, the panels, the timeline, the glossary's hints, the filtered download
// and the search agree under every filter. On the fixture corpus (tests/fixtures), node only.
import fc from 'fast-check';
import { fixtureCorpus, SAMPLE } from '../fixtures/read-fixtures';
import { buildPageModel, vocabOf, type PageInput, type PageModel } from '../../src/view/page-model';
import { DEFAULT_STATE, parseLocation, serializeUrlState } from '../../src/state/url-state';
import { yearsOfPeriod } from '../../src/selectors/periods';
import { t } from '../../src/i18n/strings';
import type { AppDataset } from '../../src/model/types';

const corpus = fixtureCorpus(['cited-sample', 'table-sample']);
const report = (id: string) => corpus.reports.find((r) => r.meta.id === id)!;
const sample = report(SAMPLE);
const byId = new Map(sample.figures.map((f) => [f.id, f]));

/** The page model at an address (`?year=2022#…`), as the browser and the pre-renderer build it. */
function pageAt(
  address: string,
  dataset: AppDataset = sample,
  extra: Partial<PageInput> = {},
): PageModel {
  const [query = '', hash = ''] = address.split('#');
  const { state, target } = parseLocation(query, hash, vocabOf(dataset, corpus.reports));
  return buildPageModel({ dataset, reports: corpus.reports, state, target, ...extra });
}

const keeps = (m: PageModel, id: string) => {
  const f = byId.get(id)!;
  const themeOk = m.filter.themes.length === 0 || m.filter.themes.includes(f.theme);
  const yearOk = m.filter.year === null || yearsOfPeriod(f.period).includes(m.filter.year);
  return themeOk && yearOk;
};

describe('under any theme and year filter, nothing on the page contradicts anything else', () => {
  const { themeIds, years } = vocabOf(sample);
  const filters = fc.record({
    themes: fc.subarray(themeIds),
    year: fc.option(fc.constantFrom(...years), { nil: null }),
  });
  it('cards, panels, count, timeline, glossary hints and download all follow the one rule', () => {
    fc.assert(
      fc.property(filters, ({ themes, year }) => {
        const query = serializeUrlState({ ...DEFAULT_STATE, themes, year });
        const m = pageAt(query);
        expect(m.filter).toEqual({ themes, year });
        const panelFigures = m.groups.flatMap((g) => g.items.flatMap((v) => v.figures));
        // every figure a panel shows passes the filter, and every figure that passes is shown
        // (each figure of the sample is in some panel)
        for (const f of panelFigures) expect(keeps(m, f.id)).toBe(true);
        const passing = sample.figures.filter((f) => keeps(m, f.id)).map((f) => f.id);
        expect(new Set(panelFigures.map((f) => f.id))).toEqual(new Set(passing));
        expect(m.shown).toBe(passing.length);
        expect(m.shownText).toBe(
          t('zh', 'figuresShown', { shown: passing.length, total: m.total }),
        );
        // the cards are the key figures that pass, in the report's order
        expect(m.headline.rows.map((r) => r.id)).toEqual(
          sample.meta.headlineFigures.filter((id) => keeps(m, id)),
        );
        // the filtered download is exactly what passes (and nothing without a filter)
        expect(m.download.map((f) => f.id)).toEqual(m.filtered ? passing : []);
        // the timeline's events are of the year, and name only figures that pass
        for (const item of m.timeline?.items ?? []) {
          if (year !== null) expect(item.start.startsWith(String(year))).toBe(true);
          const event = sample.events.find((e) => e.id === item.id)!;
          for (const id of event.figures)
            if (!keeps(m, id) && item.counted)
              expect(item.counted).not.toContain(`${byId.get(id)!.written}`);
        }
        // a glossary hint sits only on a card or a panel title the page shows
        const places = new Set([
          ...m.headline.rows.map((r) => `card:${r.id}`),
          ...[...m.visiblePanelIds].map((id) => `panel:${id}`),
        ]);
        for (const key of m.glossary.hits.keys()) expect(places).toContain(key);
        expect(m.visiblePanelIds).toEqual(
          new Set(m.groups.flatMap((g) => g.items.map((v) => v.panel.id))),
        );
      }),
      { numRuns: 60 },
    );
  });
});

describe('what the key figures and the timeline say under a filter', () => {
  // Key figures of three period kinds (five-year total, undated, end-2022 stocks), chosen here
  // rather than taken from the curation: the notes on what a filter hid are what is tested.
  const keyed: AppDataset = {
    ...sample,
    meta: {
      ...sample.meta,
      headlineFigures: [
        'central-aid-funds-five-years',
        'hardship-worker-satisfaction',
        'grassroots-unions',
        'union-members',
      ],
    },
  };
  // address → the key-figure cards, the notes on what the filters hid, how many events show
  const table: [string, string[], string | null, string | null][] = [
    ['', keyed.meta.headlineFigures, null, null],
    [
      '?year=2022',
      ['grassroots-unions', 'union-members'],
      '另有 2 个关键数字（五年累计和未注明时间）不属于2022年，已隐藏。',
      null,
    ],
    ['?year=2018', [], '没有属于2018年的关键数字', null],
    [
      '?theme=service-brands&year=2022',
      [],
      '另有 2 个关键数字（五年累计和未注明时间）不属于2022年，已隐藏。',
      '另有 2 个关键数字不属于所选主题，已隐藏。',
    ],
    [
      '?theme=union-organisation&lang=en',
      ['grassroots-unions', 'union-members'],
      null,
      '2 more key figures are in other themes and hidden.',
    ],
  ];
  it.each(table)('%s', (address, cards, byYear, byTheme) => {
    const m = pageAt(address, keyed);
    expect(m.headline.rows.map((r) => r.id)).toEqual(cards);
    if (byYear) expect(m.headline.hiddenByYear).toContain(byYear);
    else expect(m.headline.hiddenByYear).toBeNull();
    if (byTheme) expect(m.headline.hiddenByTheme).toContain(byTheme);
    else expect(m.headline.hiddenByTheme).toBeNull();
  });

  it('a theme none of whose figures is counted at an event hides every event, and says so', () => {
    const m = pageAt('?theme=union-organisation&lang=en');
    expect(m.timeline!.items).toHaveLength(0);
    expect(m.timeline!.hiddenByTheme).toBe(
      t('en', 'timelineHiddenByTheme', { count: sample.events.length }),
    );
  });

  it('under a year, the timeline counts the events of other years it hides', () => {
    const m = pageAt('?year=2022');
    const others = sample.events.filter((e) => !e.start.startsWith('2022')).length;
    expect(m.timeline!.items.length).toBe(sample.events.length - others);
    expect(m.timeline!.hiddenByYear).toBe(
      t('zh', 'timelineHiddenByYear', { count: others, year: 2022 }),
    );
  });
});

describe('what the address points at', () => {
  it('a panel the year hides: the notice names it', () => {
    const panel = sample.panels.find(
      (p) => !p.figures.some((id) => yearsOfPeriod(byId.get(id)!.period).includes(2018)),
    )!;
    const m = pageAt(`?year=2018#${panel.id}`, sample);
    expect(m.hiddenTarget).toMatchObject({ kind: 'panel', text: panel.title.zh });
    expect(m.visiblePanelIds.has(panel.id)).toBe(false);
    expect(pageAt(`?year=2018`).hiddenTarget).toBeNull();
  });

  it('an embed keeps its panel whatever the theme filter, and applies the year', () => {
    const in2022 = (id: string) => yearsOfPeriod(byId.get(id)!.period).includes(2022);
    const panel = sample.panels.find((p) => p.figures.some(in2022) && !p.figures.every(in2022))!;
    const other = sample.themes.find((th) => th.id !== panel.theme)!.id;
    const all = pageAt(`?embed=${panel.id}&theme=${other}`);
    expect(all.kind).toBe('embed');
    expect(all.embed?.panel.id).toBe(panel.id);
    expect(all.embed?.figures.map((f) => f.id)).toEqual(panel.figures);
    const y = pageAt(`?embed=${panel.id}&year=2022`);
    expect(y.embed!.figures.map((f) => f.id)).toEqual(panel.figures.filter(in2022));
    expect(y.embed!.hidden).toBe(panel.figures.filter((id) => !in2022(id)).length);
  });
});

describe('the head: one title per page, the same the pre-renderer writes', () => {
  it('names the report, the article view, the panel and the indicator', () => {
    const title = sample.meta.title;
    expect(pageAt('').head.title).toBe(t('zh', 'documentTitle', { title }));
    expect(pageAt('?view=source').head.title).toBe(
      `${t('zh', 'viewSource')} · ${t('zh', 'documentTitle', { title })}`,
    );
    const panel = sample.panels[0]!;
    expect(pageAt(`?embed=${panel.id}&lang=en`).head.title).toBe(
      `${panel.title.en} · ${t('en', 'dashboardTitle')}`,
    );
    const indicator = {
      id: 'union-members',
      label: { zh: '工会会员', en: 'Union members' },
      reports: [],
    };
    expect(
      pageAt('?indicator=union-members&lang=en', sample, { indicators: [indicator] }).head.title,
    ).toBe(`Union members · ${t('en', 'dashboardTitle')}`);
    expect(pageAt('').head.source).toBe(sample.meta.sourceLine.zh);
  });
});

describe('the indicator pages are the corpus’s, not one report’s', () => {
  const indicator = {
    id: 'union-members',
    label: { zh: '工会会员', en: 'Union members' },
    reports: ['a', 'b', 'c'],
  };
  it('their masthead names the dashboard and how many sources it holds, no report’s title', () => {
    for (const address of ['?indicator=union-members&lang=en', '?view=indicators&lang=en']) {
      const m = pageAt(address, sample, { indicators: [indicator] });
      expect(m.header.scope).toBe('corpus');
      expect(m.header.title).toBe(t('en', 'dashboardTitle'));
      expect(m.header.summary).toBe(t('en', 'corpusSummary', { count: corpus.reports.length }));
      expect(m.header.summary).not.toContain(sample.meta.summary.en);
      expect(m.header.kicker).toBe('');
      expect(m.header.citedFrom).toBeNull();
      // Footer and print header: each value names its source, not the report's source line.
      expect(m.header.sourceLine).not.toBe(sample.meta.sourceLine.en);
      expect(m.head.source).toBe(t('en', 'corpusSummary', { count: corpus.reports.length }));
    }
    expect(pageAt('?view=indicators&lang=en').header.sourceLine).toBe(t('en', 'corpusIndexFooter'));
    expect(pageAt('?lang=en').header.sourceLine).toBe(sample.meta.sourceLine.en);
    expect(pageAt('').header.scope).toBe('report');
    expect(pageAt('?view=source').header.scope).toBe('report');
  });
  it('an indicator page’s share description names the indicator and its sources', () => {
    const m = pageAt('?indicator=union-members', sample, { indicators: [indicator] });
    expect(m.head.description).toBe(
      t('zh', 'indicatorDescription', { label: '工会会员', count: 3 }),
    );
    expect(m.head.description).not.toBe(sample.meta.summary.zh);
    expect(pageAt('').head.description).toBe(sample.meta.summary.zh);
  });
  it('in English, counts one source in the singular and several in the plural', () => {
    const one = { ...indicator, reports: ['a'] };
    const described = (ind: typeof indicator) =>
      pageAt('?indicator=union-members&lang=en', sample, { indicators: [ind] }).head.description;
    expect(described(one)).toBe(
      'Union members: every value from its one source, each with where it is stated.',
    );
    expect(described(indicator)).toBe(
      'Union members: every value from 3 sources, each with where it is stated.',
    );
  });
});

describe('the theme filter offers the themes the report has figures in', () => {
  it('no theme without a figure in this report, unless the address chose it', () => {
    const cited = report('cited-sample');
    const has = new Set(cited.figures.map((f) => f.theme));
    const offered = pageAt('', cited).themeCounts.map((c) => c.key.id);
    expect(offered.length).toBeGreaterThan(0);
    expect(offered.every((id) => has.has(id))).toBe(true);
    expect(offered).toEqual(cited.themes.filter((th) => has.has(th.id)).map((th) => th.id));
    const empty = cited.themes.find((th) => !has.has(th.id))!;
    expect(pageAt(`?theme=${empty.id}`, cited).themeCounts.map((c) => c.key.id)).toContain(
      empty.id,
    );
  });
});

describe('the masthead by source kind', () => {
  it('an article has its text and no “cited from” line', () => {
    const { header } = pageAt('');
    expect(header.hasText).toBe(true);
    expect(header.citedFrom).toBeNull();
    expect(header.title).toBe(sample.meta.title);
  });
  it('a cited report links its address, and a table report says it is a table', () => {
    for (const id of ['cited-sample', 'table-sample']) {
      const dataset = report(id);
      const { header } = pageAt('?lang=en', dataset);
      expect(header.hasText).toBe(false);
      expect(header.citedFrom?.url).toBe(dataset.meta.address!.url);
      expect(header.citedFrom?.lead).toBe(
        t('en', dataset.meta.kind === 'table' ? 'tableFrom' : 'citedFrom'),
      );
      expect(header.titleEn).toBe(dataset.meta.englishTitle);
    }
  });
});

describe('search', () => {
  it('finds every panel and key figure, the glossary and, once loaded, the indicators', () => {
    const indicator = {
      id: 'union-members',
      label: { zh: '工会会员', en: 'Union members' },
      reports: [],
    };
    const m = pageAt('', sample, { indicators: [indicator] });
    const ids = new Set(m.search.map((e) => e.id));
    for (const p of sample.panels) expect(ids).toContain(`panel:${p.id}`);
    expect(m.glossary.terms.length).toBeGreaterThan(0);
    for (const g of m.glossary.terms) expect(ids).toContain(`term-${g.id}`);
    expect(ids).toContain('indicator-union-members');
    expect(pageAt('').search.some((e) => e.indicator)).toBe(false);
  });
});
