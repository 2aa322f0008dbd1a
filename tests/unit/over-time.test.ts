/** Indicators across reports, on small in-memory reports: stocks and flows never share a series. */
import { indicatorsOverTime, measureOf, timeOf } from '../../src/selectors/over-time';
import { pickReport } from '../../src/selectors/reports';
import type { AppDataset, FigureRecord } from '../../src/model/types';
import type { Period } from '../../src/model/schema';

function figure(id: string, indicator: string, value: number, period: Period): FigureRecord {
  return {
    id,
    indicator,
    value,
    unit: '家',
    qualifier: 'exact',
    quote: `${value}家`,
    range: { start: 0, end: 1 },
    base: { value, unit: 'organisations' },
    label: { zh: indicator, en: indicator },
    theme: 't',
    period,
    entity: 'e',
    section: 's',
    organisation: { zh: '工会', en: 'union' },
    written: `${value}家`,
    numeralRange: { start: 0, end: 1 },
    statementRange: { start: 0, end: 1 },
  };
}

function report(id: string, date: string, figures: FigureRecord[]): AppDataset {
  return {
    meta: { id, date, title: id, englishTitle: id } as AppDataset['meta'],
    figures,
    themes: [],
    entities: [],
    panels: [],
    events: [],
    glossary: [],
    units: { written: {}, base: {} },
  };
}

const asOf = (date: string): Period => ({ kind: 'as-of', date });
const span = (from: number, to: number): Period => ({ kind: 'span', from, to });

const r2023 = report('r2023', '2023-07-24', [
  figure('unions', 'grassroots-unions', 3523, asOf('2022-12-31')),
  figure('unions-built', 'grassroots-unions', 120, span(2018, 2023)),
  figure('only-here', 'only-here', 1, { kind: 'unspecified' }),
]);
const r2028 = report('r2028', '2028-07-01', [
  figure('unions', 'grassroots-unions', 3700, asOf('2027-12-31')),
  figure('recent', 'grassroots-unions', 50, { kind: 'recent' }),
]);

describe('indicatorsOverTime', () => {
  const [unions, ...rest] = indicatorsOverTime([r2023, r2028]);

  it('keeps only indicators stated by more than one report', () => {
    expect(rest).toEqual([]);
    expect(unions!.indicator).toBe('grassroots-unions');
    expect(unions!.reports).toBe(2);
    expect(unions!.latest.value).toBe(3700);
  });

  it('puts stocks, flows and undated values in separate series, each in time order', () => {
    expect(
      unions!.series.map((s) => [
        s.measure,
        s.points.map((p) => `${p.report.id}:${p.figure.value}`),
      ]),
    ).toEqual([
      ['stock', ['r2023:3523', 'r2028:3700']],
      ['flow', ['r2023:120']],
      ['undated', ['r2028:50']],
    ]);
  });

  it('marks inferred years', () => {
    const inferred = report('x', '2024-01-01', [
      figure('a', 'i', 1, {
        kind: 'date',
        start: '2023-06-12',
        precision: 'day',
        yearInferred: true,
      }),
    ]);
    const [ind] = indicatorsOverTime([
      inferred,
      report('y', '2025-01-01', [figure('b', 'i', 2, asOf('2024-12-31'))]),
    ]);
    expect(ind!.series.find((s) => s.measure === 'flow')!.points[0]!.inferred).toBe(true);
  });
});

describe('periods on the time axis', () => {
  it.each<[Period, string, { from: string; to: string } | null]>([
    [asOf('2022-12-31'), 'stock', { from: '2022-12-31', to: '2022-12-31' }],
    [span(2018, 2023), 'flow', { from: '2018-01-01', to: '2023-12-31' }],
    [
      { kind: 'year', year: 2018, yearInferred: false },
      'flow',
      { from: '2018-01-01', to: '2018-12-31' },
    ],
    [{ kind: 'recent' }, 'undated', null],
  ])('%o is a %s at %o', (period, measure, at) => {
    expect(measureOf(period)).toBe(measure);
    expect(timeOf(period)).toEqual(at);
  });
});

describe('pickReport', () => {
  const reports = [r2028, r2023];
  it.each([
    ['', 'r2028'],
    ['?report=r2023', 'r2023'],
    ['?report=nope', 'r2028'],
  ])('%s shows %s', (search, id) => {
    expect(pickReport(reports, search).meta.id).toBe(id);
  });
});

describe('timeAxisLayout', () => {
  it('draws a stock as a dot at its date and a span as a bar over its years, one row each', async () => {
    const { timeAxisLayout } = await import('../../src/charts/time-axis');
    const [unions] = indicatorsOverTime([r2023, r2028]);
    const layout = timeAxisLayout(unions!, 300, (p) => p.figure.written)!;
    // 2018 … 2028: the axis runs from 1 Jan 2018 to 1 Jan 2028 + 1 year.
    expect(layout.ticks.map((t) => t.year)).toEqual([
      2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028,
    ]);
    const [stock2022, stock2027, span] = layout.marks;
    expect(stock2022).toMatchObject({ measure: 'stock', text: '3523家' });
    expect(stock2022!.x1).toBe(stock2022!.x2);
    expect(span).toMatchObject({ measure: 'flow', x1: 0, text: '120家' });
    expect(span!.x2).toBeCloseTo((6 / 10) * 300, 0); // through the end of 2023
    expect(new Set(layout.marks.map((m) => m.y)).size).toBe(3); // the undated value is not drawn
    expect(stock2027!.x1).toBeGreaterThan(stock2022!.x1);
  });
});
