/**
 * Every qualifier is shown honestly by the one formatter every surface calls (formatFigureValue
 * for a figure, formatBaseValue for a normalised value), in both languages; and a panel says what
 * each mark means. Expected strings are hand-written.
 */
import { describe, expect, it } from 'vitest';
import {
  formatBaseValue,
  formatFigureValue,
  qualifierNote,
  type Qualifier,
} from '../../src/format';
import type { FigureRecord } from '../../src/model/validate';
import { toRow } from '../../src/selectors/rows';
import { figureTooltipHtml } from '../../src/charts/tooltip';
import { buildBarOption } from '../../src/charts/bar';
// Reading the sample installs its units table (the shared units.json) for the formatters.
import './sample-corpus';

describe('formatBaseValue with a qualifier', () => {
  it.each<[number, string, Qualifier, number | undefined, string, string]>([
    [700, 'persons', 'nearly', undefined, '近700人', 'nearly 700 people'],
    [300, 'households', 'about', undefined, '约300户', 'about 300 households'],
    [10000, 'persons', 'less_than', undefined, '不足10000人', 'under 10,000 people'],
    [98.5, 'percent', 'at_least', undefined, '98.5%以上', 'at least 98.5%'],
    [3, 'events', 'range', 5, '3至5场', '3–5 events'],
    [30000000, 'yuan', 'range', 50000000, '3000至5000万元', '¥30–50 million'],
    [1, 'persons', 'about', undefined, '约1人', 'about 1 person'],
    [1600, 'events', 'more_than', undefined, '1600余场', '1,600+ events'],
    [1600, 'events', 'exact', undefined, '1600场', '1,600 events'],
  ])('%d %s %s', (value, unit, qualifier, valueTo, zh, en) => {
    const opts = { qualifier, ...(valueTo !== undefined ? { valueTo } : {}) };
    expect(formatBaseValue(value, unit, 'zh', opts)).toBe(zh);
    expect(formatBaseValue(value, unit, 'en', opts)).toBe(en);
  });
});

const record = (over: Partial<FigureRecord>): FigureRecord =>
  ({
    id: 'f',
    value: 700,
    unit: '位',
    qualifier: 'nearly',
    quote: '近700位志工',
    range: { start: 0, end: 6 },
    base: { value: 700, unit: 'persons' },
    label: { zh: '志工', en: 'Volunteers' },
    theme: 't',
    period: { kind: 'unspecified' },
    indicator: 'volunteers',
    entity: 'e',
    section: 's',
    organisation: { zh: '机构', en: 'Body' },
    written: '近700位',
    numeralRange: { start: 1, end: 4 },
    statementRange: { start: 1, end: 5 },
    ...over,
  }) as FigureRecord;

describe('formatFigureValue: as written in zh, with its qualifier in en', () => {
  it('nearly', () => {
    expect(formatFigureValue(record({}), 'zh')).toBe('近700位');
    expect(formatFigureValue(record({}), 'en')).toBe('nearly 700 people');
  });
  it('a range keeps both bounds', () => {
    const f = record({
      value: 3,
      valueTo: 5,
      unit: '场',
      qualifier: 'range',
      written: '3至5场',
      base: { value: 3, valueTo: 5, unit: 'events' },
    });
    expect(formatFigureValue(f, 'zh')).toBe('3至5场');
    expect(formatFigureValue(f, 'en')).toBe('3–5 events');
    expect(toRow(f, 'en')).toMatchObject({ value: 3, valueTo: 5, normalisedText: '3–5 events' });
  });
});

describe('what a mark means is said wherever the value is shown', () => {
  it('the tooltip of an approximate figure says it is approximate', () => {
    const row = toRow(record({}), 'en');
    const html = figureTooltipHtml(row, { lang: 'en', words: { viewInArticle: 'view' } });
    expect(html).toContain('nearly 700 people');
    expect(html).toContain('“nearly”');
  });
  it('a note exists for every qualifier but exact and more_than, in both languages', () => {
    for (const lang of ['zh', 'en'] as const)
      for (const q of ['nearly', 'about', 'less_than', 'at_least', 'range'] as const) {
        expect(qualifierNote(q, lang, false)).toBeTruthy();
        expect(qualifierNote(q, lang, true)!.length).toBeGreaterThan(
          qualifierNote(q, lang, false)!.length,
        );
      }
    expect(qualifierNote('exact', 'en', true)).toBeUndefined();
  });
  it('no qualifier note says 原文 or "the article": it shows on cited and table pages too', () => {
    for (const lang of ['zh', 'en'] as const)
      for (const q of ['nearly', 'about', 'less_than', 'at_least', 'range'] as const)
        for (const drawn of [false, true])
          expect(qualifierNote(q, lang, drawn)).not.toMatch(/原文|article/iu);
  });
  it('a bar chart dots approximate bars and draws a range to both bounds', () => {
    const rows = [
      toRow(record({ id: 'a' }), 'en'),
      toRow(
        record({
          id: 'b',
          value: 3,
          valueTo: 5,
          unit: '位',
          qualifier: 'range',
          written: '3至5位',
          base: { value: 3, valueTo: 5, unit: 'persons' },
        }),
        'en',
      ),
      toRow(record({ id: 'c', qualifier: 'exact', written: '700位' }), 'en'),
    ];
    const option = buildBarOption(rows, {
      lang: 'en',
      scheme: 'light',
      patterns: false,
      description: '',
      words: { viewInArticle: '' },
    });
    const series = option.series as {
      data: { value: number; itemStyle: { decal?: { symbol: string } } }[];
    }[];
    expect(series.map((s) => s.data.map((d) => d.value))).toEqual([
      [700, 3, 700],
      [0, 2, 0],
    ]);
    expect(series[0]!.data.map((d) => d.itemStyle.decal?.symbol ?? null)).toEqual([
      'circle',
      null,
      null,
    ]);
  });
});
