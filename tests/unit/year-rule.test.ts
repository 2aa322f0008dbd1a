/**
 * The one year rule: which periods a year keeps (periodMatchesYear), the years offered, and which key
 * figures a year keeps, on the sample fixture report and inline periods. That every part of the
 * page (panels, count, cards, timeline, filtered download) follows it under every year and theme is
 * the page model's property test (tests/unit/page-model.test.ts); that the page shows it, the
 * component and e2e year-rule tests.
 */
import { describe, expect, it } from 'vitest';
import { yearsOfPeriod } from '../../src/selectors/periods';
import {
  eventPeriod,
  selectFilteredFigures,
  selectHeadline,
  selectTimeline,
} from '../../src/selectors/year-rule';
import { countYears, type FigureFilter } from '../../src/selectors/figures';
import { periodMatchesYear } from '../../src/selectors/periods';
import { formatPeriod } from '../../src/format';
import { dataset } from './sample-corpus';

const NO_FILTER: FigureFilter = { themes: [], year: null };

const { figures, events, meta } = dataset;
const YEARS = [...new Set(figures.flatMap((f) => yearsOfPeriod(f.period)))].sort();

describe('one year rule', () => {
  it('offers the years of the data, the ones the year select lists', () => {
    expect(YEARS.length).toBeGreaterThan(0);
    expect(countYears(figures, NO_FILTER).map((c) => c.key)).toEqual(YEARS);
  });

  // Which cards a year keeps, on the sample fixture with key figures of every period kind chosen
  // here (a five-year span, two end-2022 stocks, an undated figure, a 2018 season, a 2022 summer
  // with its year inferred), not on the real report's curation.
  const sample = figures;
  const KEY = [
    'central-aid-funds-five-years', // 五年来 (span)
    'grassroots-unions', // 截至2022年底 (as-of)
    'union-members', // 截至2022年底 (as-of)
    'hardship-worker-satisfaction', // no period stated
    'festival-warmth-funds-2018', // 2018年“两节”期间
    'work-study-allowance', // 去年暑假 (2022, inferred)
  ];
  const cardsFor = (year: number | null) => selectHeadline(sample, KEY, year);

  it('2022: the cards are the end-2022 stocks and the 2022 summer, never a five-year total', () => {
    const { shown, hidden } = cardsFor(2022);
    expect(shown.map((f) => f.id)).toEqual([
      'grassroots-unions',
      'union-members',
      'work-study-allowance',
    ]);
    expect(hidden).toBe(KEY.length - 3);
  });

  it('2018: only the 2018 season; 2023: no card, every key figure counted as hidden', () => {
    expect(cardsFor(2018).shown.map((f) => f.id)).toEqual(['festival-warmth-funds-2018']);
    expect(cardsFor(2023)).toMatchObject({ shown: [], hidden: KEY.length });
    expect(cardsFor(null)).toMatchObject({ hidden: 0 });
    expect(cardsFor(null).shown.map((f) => f.id)).toEqual(KEY);
  });

  it('no year keeps everything', () => {
    expect(selectHeadline(figures, meta.headlineFigures, null).hidden).toBe(0);
    expect(selectTimeline(events, figures, null).shown).toHaveLength(events.length);
    expect(selectFilteredFigures(figures, { themes: [], year: null })).toHaveLength(figures.length);
  });

  it.each([
    [{ kind: 'span', from: 2018, to: 2023, yearsInferred: true } as const, 2019, false],
    [{ kind: 'span', from: 2018, to: 2023, yearsInferred: true } as const, 2023, false],
    [{ kind: 'recent' } as const, 2022, false],
    [{ kind: 'unspecified' } as const, 2022, false],
    [{ kind: 'as-of', date: '2022-12-31' } as const, 2022, true],
    [{ kind: 'year', year: 2018, yearInferred: false } as const, 2018, true],
  ])('periodMatchesYear(%j, %i) = %s', (period, year, keeps) => {
    expect(periodMatchesYear(period, year)).toBe(keeps);
  });

  it('an event period formats as the panels do, inferred years marked', () => {
    const e = events.find((x) => x.id === 'bargaining-contest-2023')!;
    expect(formatPeriod(eventPeriod(e), 'en')).toBe('12–13 June 2023 (year inferred)');
  });
});

describe('five-year spans with inferred years say so, like inferred event years', () => {
  it.each([
    ['zh', '五年来（2018—2023年，年份推定）'],
    ['en', 'five years, 2018–2023 (years inferred)'],
  ] as const)('formatPeriod in %s: %s', (lang, text) => {
    expect(formatPeriod({ kind: 'span', from: 2018, to: 2023, yearsInferred: true }, lang)).toBe(
      text,
    );
    expect(formatPeriod({ kind: 'span', from: 2018, to: 2023 }, lang)).not.toContain(
      lang === 'zh' ? '推定' : 'inferred',
    );
  });
});
