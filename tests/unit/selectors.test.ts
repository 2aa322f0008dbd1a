/**
 * Selectors over the real figures: periods under a year filter, filtering, counting, panels,
 * sums and picks, plus fast-check properties of the filter.
 */
import fc from 'fast-check';
import type { Period } from '../../src/model/schema';
import type { FigureRecord } from '../../src/model/validate';
import { periodMatchesYear, yearsOfPeriod } from '../../src/selectors/periods';
import {
  countThemes,
  countYears,
  pickFigures,
  selectPanels,
  type FigureFilter,
} from '../../src/selectors/figures';
import { selectFilteredFigures } from '../../src/selectors/year-rule';
import { dataset } from './sample-corpus';
import { deepFreeze } from './deep-freeze';

const { figures, themes, panels } = dataset;
const NO_FILTER: FigureFilter = { themes: [], year: null };
const ids = (fs: readonly { id: string }[]) => fs.map((f) => f.id);
const sortedIds = (fs: readonly { id: string }[]) => ids(fs).sort();
const themeIds = themes.map((t) => t.id);
/** Every year tried against a period: around and inside the article's five-year review. */
const CANDIDATE_YEARS = [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024];

describe('periods under a year filter', () => {
  it.each<[string, Period, number[]]>([
    ['span 2018–2023 (五年来)', { kind: 'span', from: 2018, to: 2023 }, []],
    ['as-of 2022-12-31', { kind: 'as-of', date: '2022-12-31' }, [2022]],
    ['as-of mid-year', { kind: 'as-of', date: '2019-06-30' }, [2019]],
    [
      'date 2023-06-12..13',
      {
        kind: 'date',
        start: '2023-06-12',
        end: '2023-06-13',
        precision: 'day',
        yearInferred: true,
      },
      [2023],
    ],
    [
      'date, one day',
      { kind: 'date', start: '2023-06-16', precision: 'day', yearInferred: false },
      [2023],
    ],
    [
      'date, month precision',
      { kind: 'date', start: '2018-12-01', precision: 'month', yearInferred: false },
      [2018],
    ],
    [
      'date across new year',
      {
        kind: 'date',
        start: '2021-12-30',
        end: '2022-01-02',
        precision: 'day',
        yearInferred: false,
      },
      [2021, 2022],
    ],
    ['year 2018', { kind: 'year', year: 2018, yearInferred: false }, [2018]],
    [
      'year 2022, inferred, labelled',
      { kind: 'year', year: 2022, yearInferred: true, label: { zh: '暑假', en: 'summer' } },
      [2022],
    ],
    ['recent (近年来)', { kind: 'recent' }, []],
    ['unspecified', { kind: 'unspecified' }, []],
  ])('%s falls in years %j and matches only those (and null)', (_name, period, years) => {
    expect(yearsOfPeriod(period)).toEqual(years);
    expect(CANDIDATE_YEARS.filter((y) => periodMatchesYear(period, y))).toEqual(years);
    expect(periodMatchesYear(period, null)).toBe(true);
  });
});

describe('selectFilteredFigures on the sample report', () => {
  it.each<[string, FigureFilter, string[]]>([
    [
      'one theme and a year',
      { themes: ['rights'], year: 2023 },
      [
        'bargaining-contest-divisions',
        'bargaining-contest-prizes',
        'bargaining-contest-teams',
        'bargaining-contest-top-contestants',
      ],
    ],
    [
      'two themes and a year',
      { themes: ['rights', 'service-brands'], year: 2022 },
      ['work-study-allowance'],
    ],
    [
      'a year alone: 2022 (as-of stocks and the summer job)',
      { themes: [], year: 2022 },
      ['grassroots-unions', 'union-members', 'work-study-allowance'],
    ],
    [
      'a year alone: 2018',
      { themes: [], year: 2018 },
      [
        'festival-visits-frontline-workers',
        'festival-visits-hardship-families',
        'festival-visits-hardship-workers',
        'festival-visits-migrant-workers',
        'festival-visits-model-workers',
        'festival-warmth-funds-2018',
      ],
    ],
    ['a year no figure falls in', { themes: [], year: 2020 }, []],
    ['a theme with nothing in that year', { themes: ['jobs'], year: 2018 }, []],
    ['an unknown theme id', { themes: ['nope'], year: null }, []],
    [
      'an unknown theme beside a known one',
      { themes: ['nope', 'jobs'], year: null },
      ['entrepreneurship-projects', 'households-income-raised', 'loan-interest-subsidies'],
    ],
  ])('%s', (_name, filter, expected) => {
    expect(sortedIds(selectFilteredFigures(figures, filter))).toEqual([...expected].sort());
  });

  it('no filter keeps every figure, in order', () => {
    expect(selectFilteredFigures(figures, NO_FILTER)).toEqual(figures);
  });

  it('several themes keep exactly the figures of those themes', () => {
    const wanted = ['hardship-aid', 'skills', 'model-workers'];
    const kept = selectFilteredFigures(figures, { themes: wanted, year: null });
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.every((f) => wanted.includes(f.theme))).toBe(true);
    const perTheme = wanted.map(
      (t) => selectFilteredFigures(figures, { themes: [t], year: null }).length,
    );
    expect(kept).toHaveLength(perTheme.reduce((a, b) => a + b, 0));
  });

  it('a year filter hides every five-year, recent and unspecified figure', () => {
    for (const year of countYears(figures, NO_FILTER).map((c) => c.key)) {
      const kinds = new Set(
        selectFilteredFigures(figures, { themes: [], year }).map((f) => f.period.kind),
      );
      for (const hidden of ['span', 'recent', 'unspecified']) expect(kinds).not.toContain(hidden);
    }
  });
});

describe('countYears and countThemes', () => {
  it('lists exactly the years of the real data’s dated, annual and as-of figures, ascending', () => {
    const years = new Set<number>();
    for (const { period: p } of figures)
      if (p.kind === 'year') years.add(p.year);
      else if (p.kind === 'as-of') years.add(Number(p.date.slice(0, 4)));
      else if (p.kind === 'date')
        for (let y = Number(p.start.slice(0, 4)); y <= Number((p.end ?? p.start).slice(0, 4)); y++)
          years.add(y);
    expect(years.size).toBeGreaterThan(0);
    expect(countYears(figures, NO_FILTER).map((c) => c.key)).toEqual(
      [...years].sort((a, b) => a - b),
    );
  });

  it.each<[string, FigureFilter]>([
    ['no theme filter', NO_FILTER],
    ['one theme', { themes: ['rights'], year: null }],
    ['two themes', { themes: ['hardship-aid', 'union-organisation'], year: null }],
    ['a theme and a (replaced) year', { themes: ['service-brands'], year: 2018 }],
  ])('year counts equal selectFilteredFigures(...).length with %s', (_name, filter) => {
    const counts = countYears(figures, filter);
    expect(counts.length).toBeGreaterThan(0);
    for (const { key, count } of counts) {
      expect(count).toBe(selectFilteredFigures(figures, { ...filter, year: key }).length);
    }
  });

  it('year counts for the sample', () => {
    expect(countYears(figures, NO_FILTER)).toEqual([
      { key: 2018, count: 6 },
      { key: 2022, count: 3 },
      { key: 2023, count: 4 },
    ]);
  });

  it('theme counts sum to the total with no year, in taxonomy order', () => {
    const counts = countThemes(figures, themes, NO_FILTER);
    expect(counts.reduce((a, c) => a + c.count, 0)).toBe(figures.length);
    const orders = counts.map((c) => c.key.order);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
    expect(counts).toHaveLength(themes.length);
  });

  it('theme counts follow the taxonomy order even when the themes come shuffled', () => {
    const shuffled = [...themes].reverse();
    expect(countThemes(figures, shuffled, NO_FILTER).map((c) => c.key.id)).toEqual(
      [...themes].sort((a, b) => a.order - b.order).map((t) => t.id),
    );
  });

  it.each([2018, 2022, 2023, 2020])(
    'theme counts under year %d sum to that year’s figures',
    (year) => {
      const sum = countThemes(figures, themes, { themes: [], year }).reduce(
        (a, c) => a + c.count,
        0,
      );
      expect(sum).toBe(selectFilteredFigures(figures, { themes: [], year }).length);
    },
  );
});

describe('selectPanels', () => {
  it('shows every panel with nothing hidden when there is no filter', () => {
    const groups = selectPanels(panels, figures, themes, NO_FILTER);
    const views = groups.flatMap((g) => g.items);
    expect(views.map((v) => v.panel.id).sort()).toEqual(panels.map((p) => p.id).sort());
    expect(views.every((v) => v.hidden === 0)).toBe(true);
    for (const v of views) expect(ids(v.figures)).toEqual(v.panel.figures);
  });

  it('groups panels by theme in taxonomy order, each group holding only its theme', () => {
    const groups = selectPanels(panels, figures, [...themes].reverse(), NO_FILTER);
    const orders = groups.map((g) => g.theme.order);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
    expect(new Set(orders).size).toBe(orders.length);
    for (const g of groups) expect(g.items.every((v) => v.panel.theme === g.theme.id)).toBe(true);
  });

  it('within a theme, keeps the curator’s order of panels.json', () => {
    const group = selectPanels(panels, figures, themes, NO_FILTER).find(
      (g) => g.theme.id === 'hardship-aid',
    );
    const curated = panels.filter((p) => p.theme === 'hardship-aid').map((p) => p.id);
    expect(group?.items.map((v) => v.panel.id)).toEqual(curated);
    // The reverse order of the same panels gives the reverse: order comes from the file.
    const reversed = selectPanels([...panels].reverse(), figures, themes, NO_FILTER).find(
      (g) => g.theme.id === 'hardship-aid',
    );
    expect(reversed?.items.map((v) => v.panel.id)).toEqual([...curated].reverse());
  });

  it('drops panels with no visible figure and reports how many a filter hides', () => {
    // 2022: the end-2022 stocks, and the summer job beside an undated grant in the same panel.
    const groups = selectPanels(panels, figures, themes, { themes: [], year: 2022 });
    expect(groups.map((g) => g.theme.id)).toEqual(['service-brands', 'union-organisation']);
    const views = groups.flatMap((g) => g.items);
    expect(views.map((v) => [v.panel.id, ids(v.figures), v.hidden])).toEqual([
      ['student-stories', ['work-study-allowance'], 1],
      ['grassroots-unions', ['grassroots-unions', 'union-members'], 0],
    ]);
  });

  it('shows nothing for a filter that matches nothing', () => {
    expect(selectPanels(panels, figures, themes, { themes: ['nope'], year: null })).toEqual([]);
    expect(selectPanels(panels, figures, themes, { themes: [], year: 2020 })).toEqual([]);
  });

  it('skips a figure id the data lacks, without counting it as hidden', () => {
    const extra = [{ ...panels.find((p) => p.id === 'hardship-funds')! }];
    extra[0]!.figures = ['nope', 'festival-warmth-funds-2018', 'central-aid-funds-five-years'];
    const [group] = selectPanels(extra, figures, themes, { themes: [], year: 2018 });
    expect(group?.items).toHaveLength(1);
    expect(ids(group!.items[0]!.figures)).toEqual(['festival-warmth-funds-2018']);
    expect(group!.items[0]!.hidden).toBe(1);
  });
});

describe('pickFigures', () => {
  it('returns figures in the order asked and skips unknown ids', () => {
    expect(ids(pickFigures(figures, ['union-members', 'nope', 'grassroots-unions', '']))).toEqual([
      'union-members',
      'grassroots-unions',
    ]);
  });

  it('returns nothing for no ids or only unknown ids', () => {
    expect(pickFigures(figures, [])).toEqual([]);
    expect(pickFigures(figures, ['nope', 'also-nope'])).toEqual([]);
  });
});

describe('filter properties (fast-check)', () => {
  const themeArb = fc.oneof(fc.constantFrom(...themeIds), fc.constantFrom('nope', '', 'Rights'));
  const yearArb = fc.constantFrom<number | null>(null, 2017, 2018, 2020, 2022, 2023, 2030);
  const filterArb = fc.record({ themes: fc.array(themeArb, { maxLength: 5 }), year: yearArb });
  const figuresArb = fc.subarray(figures);

  it('filtering is idempotent', () => {
    fc.assert(
      fc.property(figuresArb, filterArb, (fs, filter) => {
        const once = selectFilteredFigures(fs, filter);
        expect(selectFilteredFigures(once, filter)).toEqual(once);
      }),
    );
  });

  it('a filter with more themes never shows fewer figures', () => {
    fc.assert(
      fc.property(
        fc.array(themeArb, { minLength: 1, maxLength: 4 }),
        fc.array(themeArb, { maxLength: 4 }),
        yearArb,
        (some, more, year) => {
          const narrow = selectFilteredFigures(figures, { themes: some, year });
          const wide = selectFilteredFigures(figures, { themes: [...some, ...more], year });
          expect(wide.length).toBeGreaterThanOrEqual(narrow.length);
          const wideIds = new Set(ids(wide));
          expect(narrow.every((f) => wideIds.has(f.id))).toBe(true);
        },
      ),
    );
  });

  it('a year filter keeps a subset of the all-years result', () => {
    fc.assert(
      fc.property(figuresArb, filterArb, (fs, filter) => {
        const all = new Set(ids(selectFilteredFigures(fs, { ...filter, year: null })));
        expect(selectFilteredFigures(fs, filter).every((f) => all.has(f.id))).toBe(true);
      }),
    );
  });

  it('no selector mutates its inputs', () => {
    const frozenFigures: readonly FigureRecord[] = deepFreeze(structuredClone(figures));
    const frozenThemes = deepFreeze(structuredClone(themes));
    const frozenPanels = deepFreeze(structuredClone(panels));
    const before = JSON.stringify([frozenFigures, frozenThemes, frozenPanels]);
    fc.assert(
      fc.property(filterArb, fc.subarray(figures.map((f) => f.id)), (filter, picked) => {
        const frozenFilter = deepFreeze(structuredClone(filter));
        selectFilteredFigures(frozenFigures, frozenFilter);
        countYears(frozenFigures, frozenFilter);
        countThemes(frozenFigures, frozenThemes, frozenFilter);
        selectPanels(frozenPanels, frozenFigures, frozenThemes, frozenFilter);
        pickFigures(frozenFigures, deepFreeze(picked));
        expect(JSON.stringify(frozenFilter)).toBe(JSON.stringify(filter));
      }),
    );
    expect(JSON.stringify([frozenFigures, frozenThemes, frozenPanels])).toBe(before);
  });
});
