/**
 * The indicator page model and its chart layout, on the indicator fixture corpus (five small test
 * reports, 2008–2024, three entities): one series per entity, stocks and spans apart, spans
 * clamped to their report's date, inferred dates marked, every point linked to its source.
 */
import fc from 'fast-check';
import {
  buildIndicatorIndex,
  buildIndicatorPageModel,
  clampToReport,
  type IndicatorInput,
} from '../../src/selectors/indicator-page';
import {
  indicatorChartLayout,
  indicatorChartSvg,
  yearTicks,
} from '../../src/charts/indicator-chart';
import { estimateWidth } from '../../src/charts/line-break';
import { indicatorCorpus } from '../fixtures/read-fixtures';
import { pageHref } from '../../src/state/routes';

const corpus = indicatorCorpus();
const input: IndicatorInput = {
  reports: corpus.reports,
  entities: corpus.reports[0]!.entities,
};
const page = (id: string) => buildIndicatorPageModel(input, id)!;
const summary = (id: string) =>
  page(id).series.map((s) => [s.key, s.points.map((p) => `${p.report.id}:${p.figure.value}`)]);

describe('buildIndicatorPageModel', () => {
  it('gives each entity its own series, stocks apart from counts over a period', () => {
    expect(summary('union-members')).toEqual([
      ['acftu:stock', ['fixture-national-2008:2.12', 'fixture-national-2020:2.61']],
      ['xpcc:stock', ['fixture-xpcc-2023-jul:64.97']],
    ]);
    expect(summary('outdoor-worker-stations')).toEqual([
      ['xpcc-unions:stock', ['fixture-xpcc-2023-dec:332']],
      ['xpcc-unions:flow', ['fixture-xpcc-2023-jul:247']],
      ['div8-ftu:stock', ['fixture-div8-2024:50']],
      ['div8-ftu:flow', ['fixture-div8-2024:12']],
    ]);
  });

  it('never puts two entities or two measures in one series', () => {
    for (const id of ['union-members', 'grassroots-unions', 'outdoor-worker-stations'])
      for (const s of page(id).series) {
        expect(new Set(s.points.map((p) => p.entity))).toEqual(new Set([s.entity]));
        expect(new Set(s.points.map((p) => p.measure))).toEqual(new Set([s.measure]));
      }
  });

  it('counts sources and names every entity; a note when the series count different bodies', () => {
    const m = page('outdoor-worker-stations');
    expect(m.sources).toBe(3);
    expect(m.entities.map((e) => e.name.en)).toEqual([
      'XPCC trade unions',
      '8th Division Federation of Trade Unions',
    ]);
    expect(m.scope?.within).toEqual([{ part: m.entities[1]!.name, whole: m.entities[0]!.name }]);
    expect(page('union-members').scope?.within).toEqual([]); // XPCC is not under ACFTU here
    expect(page('union-members').scope?.entities).toHaveLength(2);
  });

  it('ends a span at its report’s date when the period runs past it, and says so', () => {
    const [five] = page('outdoor-worker-stations').series.find(
      (s) => s.key === 'xpcc-unions:flow',
    )!.points;
    expect(five!.at).toEqual({ from: '2018-01-01', to: '2023-07-24' });
    expect(five!.clampedFrom).toBe('2023-12-31');
    expect(five!.yearsInferred).toBe(true);
    const [year] = page('outdoor-worker-stations').series.find(
      (s) => s.key === 'div8-ftu:flow',
    )!.points;
    expect(year!.at).toEqual({ from: '2024-01-01', to: '2024-03-01' });
  });

  it('keeps a period that ended before its report, or in an earlier year, as stated', () => {
    expect(clampToReport({ from: '2018-01-01', to: '2022-12-31' }, '2023-07-24')).toEqual({
      at: { from: '2018-01-01', to: '2022-12-31' },
      clampedFrom: null,
    });
    fc.assert(
      fc.property(
        fc.integer({ min: 1990, max: 2030 }),
        fc.integer({ min: 0, max: 10 }),
        fc.integer({ min: 0, max: 364 }),
        (to, years, day) => {
          const date = new Date(Date.UTC(to, 0, 1 + day)).toISOString().slice(0, 10);
          const { at } = clampToReport({ from: `${to - years}-01-01`, to: `${to}-12-31` }, date);
          return at.to <= date && at.from === `${to - years}-01-01`;
        },
      ),
    );
  });

  it('marks an as-of date inferred from the publication date', () => {
    const [dec] = page('outdoor-worker-stations').series.find(
      (s) => s.key === 'xpcc-unions:stock',
    )!.points;
    expect(dec!.dateInferred).toBe(true);
    expect(page('union-members').series[0]!.points[0]!.dateInferred).toBe(false);
  });

  it('links every point to its source’s address and its sentence', () => {
    const [p] = page('grassroots-unions').series.find((s) => s.entity === 'xpcc')!.points;
    expect(p!.sourceUrl).toBe('https://example.org/fixture-xpcc-2023-jul');
    expect(p!.sentenceHref).toBe('?report=fixture-xpcc-2023-jul&view=source&figure=unions-2022');
    const en = buildIndicatorPageModel(input, 'grassroots-unions', { lang: 'en' })!;
    expect(en.series[0]!.points[0]!.sentenceHref).toMatch(/&lang=en$/);
    // The page gives the path form (routes.ts): the sentence under the site's base.
    const paths = buildIndicatorPageModel(input, 'grassroots-unions', { lang: 'en' }, (q) =>
      pageHref(new URLSearchParams(q), '/dash/'),
    )!;
    expect(paths.series.find((s) => s.entity === 'xpcc')!.points[0]!.sentenceHref).toBe(
      '/dash/en/reports/fixture-xpcc-2023-jul/source/?figure=unions-2022',
    );
  });

  it('is null for an indicator no report states', () => {
    expect(buildIndicatorPageModel(input, 'no-such-indicator')).toBeNull();
  });
});

describe('buildIndicatorIndex', () => {
  it('lists each indicator with its unit, entities, sources and latest value per entity', () => {
    const index = buildIndicatorIndex(input);
    expect(index.map((e) => [e.id, e.sources, e.baseUnit])).toEqual([
      ['outdoor-worker-stations', 3, 'sites'],
      ['union-members', 3, 'persons'],
      ['grassroots-unions', 2, 'organisations'],
    ]);
    const members = index.find((e) => e.id === 'union-members')!;
    expect(members.latest.map((p) => `${p.entity}:${p.figure.value}`)).toEqual([
      'acftu:2.61',
      'xpcc:64.97',
    ]);
    // At the same date a stock wins over the count of that year.
    const stations = index.find((e) => e.id === 'outdoor-worker-stations')!;
    expect(stations.latest.map((p) => `${p.entity}:${p.figure.value}`)).toEqual([
      'xpcc-unions:332',
      'div8-ftu:50',
    ]);
  });

  it('a body whose values state no period shows its newest source’s value, not an empty cell', () => {
    const undated: IndicatorInput = {
      ...input,
      reports: input.reports.map((r) => ({
        ...r,
        figures: r.figures.map((f) =>
          f.indicator === 'grassroots-unions' ? { ...f, period: { kind: 'unspecified' } } : f,
        ),
      })),
    };
    const dated = buildIndicatorIndex(input).find((e) => e.id === 'grassroots-unions')!;
    const entry = buildIndicatorIndex(undated).find((e) => e.id === 'grassroots-unions')!;
    // One value per body still, each from the newest report that states it for that body.
    expect(entry.latest.length).toBeGreaterThan(0);
    expect(entry.latest.map((p) => p.entity)).toEqual(dated.latest.map((p) => p.entity));
    for (const p of entry.latest) {
      expect(p.at).toBeNull();
      const newest = undated.reports
        .filter((r) =>
          r.figures.some((f) => f.indicator === 'grassroots-unions' && f.entity === p.entity),
        )
        .map((r) => r.meta.date)
        .sort()
        .at(-1);
      expect(p.report.date).toBe(newest);
    }
  });
});

describe('yearTicks', () => {
  const labelGap = estimateWidth('0000', 11) + 16;

  it('labels every year of a short axis and whole decades of a long one', () => {
    expect(yearTicks(2018, 2023, 1000, labelGap).ticks.map((t) => t.year)).toEqual([
      2018, 2019, 2020, 2021, 2022, 2023, 2024,
    ]);
    const long = yearTicks(1949, 2024, 320, labelGap);
    expect(long.step).toBe(20);
    expect(long.ticks.map((t) => t.year)).toEqual([1940, 1960, 1980, 2000, 2020, 2040]);
  });

  it('never overlaps labels and always covers the values, from 1 to 80 years and 320 px up', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1949, max: 2030 }),
        fc.integer({ min: 0, max: 80 }),
        fc.integer({ min: 240, max: 1600 }),
        (first, years, width) => {
          const { start, end, ticks } = yearTicks(first, first + years, width, labelGap);
          const gaps = ticks.slice(1).map((t, i) => t.x - ticks[i]!.x);
          return (
            start <= first &&
            end >= first + years + 1 &&
            ticks.length >= 2 &&
            gaps.every((g) => g >= labelGap - 1e-9) &&
            ticks[0]!.x === 0 &&
            Math.abs(ticks[ticks.length - 1]!.x - width) < 1e-6
          );
        },
      ),
    );
  });
});

describe('indicatorChartLayout', () => {
  const text = {
    head: (p: { entity: string; figure: { written: string } }) =>
      `${p.entity} · ${p.figure.written}`,
    detail: (p: { report: { date: string } }) => p.report.date,
    href: (p: { sentenceHref: string }) => p.sentenceHref,
  };

  it('draws a stock as a dot at its date and a span as a bar over exactly its period', () => {
    const layout = indicatorChartLayout(page('outdoor-worker-stations'), 600, text)!;
    const row = (key: string) => layout.rows.find((r) => r.key === key)!;
    const dec = row('fixture-xpcc-2023-dec/stations-dec-2023');
    expect(dec.measure).toBe('stock');
    expect(dec.x1).toBe(dec.x2);
    const five = row('fixture-xpcc-2023-jul/stations-five-years');
    const { start, end } = layout.ticks;
    const at = (year: number) => ((year - start) / (end - start)) * layout.plotWidth;
    expect(five.x1).toBeCloseTo(at(2018), 5);
    // 24 July 2023, not the end of 2023: the span stops at its article's date.
    expect(five.x2).toBeGreaterThan(at(2023.5));
    expect(five.x2).toBeLessThan(at(2023.6));
    expect(five.x2).toBeLessThan(dec.x1);
  });

  it('names the entity on every row and gives each row a place of its own', () => {
    const layout = indicatorChartLayout(page('union-members'), 320, text)!;
    expect(layout.rows.map((r) => r.lines[0]!.split(' · ')[0])).toEqual(['acftu', 'acftu', 'xpcc']);
    const ys = layout.rows.map((r) => r.markY);
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
    expect(new Set(ys).size).toBe(ys.length);
  });

  it('draws no line between values: one mark per row, each leading to its sentence', () => {
    const layout = indicatorChartLayout(page('union-members'), 360, text)!;
    const onPage = indicatorChartSvg(layout, { scheme: 'light', font: 'sans-serif', title: 't' });
    expect(onPage).not.toMatch(/<(polyline|path)\b/);
    expect(onPage.match(/<circle\b/g)).toHaveLength(3);
    // On the page no link inside the image (the table has them); an exported file links each row.
    expect(onPage).not.toMatch(/<a\b/);
    expect(onPage.match(/<g data-href="\?report=[^"]+&amp;view=source&amp;figure=/g)).toHaveLength(
      3,
    );
    const file = indicatorChartSvg(layout, { scheme: 'light', font: 'x', title: 't', links: true });
    expect(file.match(/<a href="\?report=[^"]+&amp;view=source&amp;figure=/g)).toHaveLength(3);
  });
});

describe('indicatorCsv', () => {
  it('has one row per value naming its report, address, body and the dates it covers', async () => {
    const { indicatorCsv, indicatorFileName } = await import('../../src/export/indicator-export');
    const cols = { entity: 'entity', measure: 'measure', from: 'from', to: 'to', sentence: 'link' };
    const lines = indicatorCsv(
      page('outdoor-worker-stations'),
      'en',
      corpus.reports[0]!.units,
      cols,
      (p) => `P:${p.key}`,
      'https://x.org/',
    )
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toMatch(
      /^report_id,report_address,report_date,entity,measure,from,to,link,id,/,
    );
    expect(lines).toHaveLength(1 + 4);
    const five = lines.find((l) => l.includes('stations-five-years'))!;
    expect(five).toContain(
      'fixture-xpcc-2023-jul,https://example.org/fixture-xpcc-2023-jul,2023-07-24,xpcc-unions,flow,2018-01-01,2023-07-24,https://x.org/?report=fixture-xpcc-2023-jul&view=source&figure=stations-five-years,',
    );
    expect(five).toContain(',P:fixture-xpcc-2023-jul/stations-five-years,');
    expect(indicatorFileName('union-members', 'zh', 'png')).toBe('indicator-union-members-zh.png');
  });
});
