/**
 * Chart option builders as pure functions: real rows in, an ECharts option out. The option is
 * inspected as data (axes, series, aria, formatters); nothing is rendered.
 */
import type { EChartsOption } from 'echarts';
import { buildBarOption } from '../../src/charts/bar';
import { buildCardsOption } from '../../src/charts/cards';
import {
  layoutExportCaption,
  withExportFrame,
  type ExportCaption,
} from '../../src/charts/export-frame';
import { CHART_REGISTRY } from '../../src/charts/registry';
import { tooltipBeside, type Box } from '../../src/charts/tooltip';
import { PALETTES, type ChartOptions, type Scheme } from '../../src/charts/style';
import { CHART_KINDS } from '../../src/model/schema';
import { CHART_RULES, chartKindProblem } from '../../src/model/chart-kinds';
import { toRows, type FigureRow } from '../../src/selectors/rows';
import { localeOf } from '../../src/i18n/locales';
import { dataset, panelFigures } from './sample-corpus';
import { deepFreeze } from './deep-freeze';

type Lang = 'zh' | 'en';

const WORDS: Record<Lang, ChartOptions['words']> = {
  zh: { viewInArticle: '在原文中查看' },
  en: { viewInArticle: 'View in article' },
};

const opts = (lang: Lang, extra: Partial<ChartOptions> = {}): ChartOptions => ({
  lang,
  scheme: 'light',
  patterns: false,
  description: `description in ${lang}`,
  words: WORDS[lang],
  units: dataset.units,
  ...extra,
});

/** Export insets of a typical caption (title, subtitle, filter, source on one line each). */
const EXPORT_INSETS = { top: 92, bottom: 40 };

const rowsOf = (panelId: string, lang: Lang): FigureRow[] =>
  toRows(panelFigures(panelId), lang, dataset.units);

// Narrow views of the parts of an option these tests read.
type Formatter = (p: unknown) => string;
interface BarView {
  aria: { enabled: boolean; label: { description: string }; decal: { show: boolean } };
  tooltip: { formatter: Formatter };
  xAxis: { min?: number; max?: number; axisLabel: { formatter: (v: number) => string } };
  yAxis: { data: string[] };
  series: {
    data: { value: number; name: string; itemStyle: { decal?: unknown } }[];
    label: { formatter: Formatter };
    showBackground?: boolean;
  }[];
}
const asBar = (o: EChartsOption) => o as unknown as BarView;

interface GraphicText {
  type: string;
  top?: number;
  y?: number;
  style: { text: string; fill?: string };
}
interface GraphicGroup {
  type: 'group';
  children: GraphicText[];
}
const elementsOf = (o: EChartsOption) =>
  (o.graphic as { elements: (GraphicText | GraphicGroup)[] }).elements;

describe('buildBarOption on real rows', () => {
  describe.each<Lang>(['zh', 'en'])('hardship-funds (%s)', (lang) => {
    const rows = rowsOf('hardship-funds', lang);
    const option = asBar(buildBarOption(rows, opts(lang)));

    it('has one category per row, labels in order', () => {
      expect(rows).toHaveLength(3);
      expect(option.yAxis.data).toEqual(rows.map((r) => r.label));
    });

    it('plots the base values (yuan), in order', () => {
      expect(option.series[0]!.data.map((d) => d.value)).toEqual([
        204_000_000, 91_710_000, 19_158_000,
      ]);
    });

    it('stripes no bar: every figure is exact', () => {
      expect(option.series[0]!.data.every((d) => d.itemStyle.decal === undefined)).toBe(true);
    });

    it('labels each bar with the value as the format module writes it', () => {
      const labels = rows.map((_r, dataIndex) => option.series[0]!.label.formatter({ dataIndex }));
      expect(labels).toEqual(rows.map((r) => r.valueText));
    });
  });

  it.each<[Lang, string[]]>([
    ['zh', ['2.04亿元', '9171万元', '1915.8万元']],
    ['en', ['¥204 million', '¥91.71 million', '¥19.158 million']],
  ])('hardship-funds value labels in %s', (lang, expected) => {
    const option = asBar(buildBarOption(rowsOf('hardship-funds', lang), opts(lang)));
    expect(
      expected.map((_e, dataIndex) => option.series[0]!.label.formatter({ dataIndex })),
    ).toEqual(expected);
  });

  describe('student-stories: “more than” bars', () => {
    const zh = asBar(buildBarOption(rowsOf('student-stories', 'zh'), opts('zh')));
    const en = asBar(buildBarOption(rowsOf('student-stories', 'en'), opts('en')));

    it('stripes exactly the 余 bars', () => {
      const striped = zh.series[0]!.data.map((d) => d.itemStyle.decal !== undefined);
      // 7000多元 (a summer job) is striped, the 4928元 grant is exact.
      expect(striped).toEqual([true, false]);
      expect(zh.yAxis.data).toHaveLength(2);
    });

    it.each<[number, string, string]>([
      [0, '7000多元', '¥7,000+'],
      [1, '4928元', '¥4,928'],
    ])('bar %d is labelled %s / %s', (dataIndex, zhLabel, enLabel) => {
      expect(zh.series[0]!.label.formatter({ dataIndex })).toBe(zhLabel);
      expect(en.series[0]!.label.formatter({ dataIndex })).toBe(enLabel);
    });

    it('returns an empty label for an index past the rows', () => {
      expect(zh.series[0]!.label.formatter({ dataIndex: 99 })).toBe('');
    });
  });

  describe('tooltip', () => {
    it.each<Lang>(['zh', 'en'])('names label, period, organisation and quote (%s)', (lang) => {
      const rows = rowsOf('student-stories', lang);
      const option = asBar(buildBarOption(rows, opts(lang)));
      rows.forEach((row, dataIndex) => {
        const html = option.tooltip.formatter({ dataIndex });
        expect(html).toContain(row.label);
        expect(html).toContain(row.period);
        expect(html).toContain(row.organisation);
        expect(html).toContain(row.quote);
        expect(html).toContain(row.valueText);
        expect(html.includes(localeOf(lang).strings.moreThanNote)).toBe(row.moreThan);
      });
    });

    it.each<Lang>(['zh', 'en'])(
      'in a cited report, says what 余/多 means in the source’s words, never the article’s (%s)',
      (lang) => {
        const rows = rowsOf('student-stories', lang).filter((r) => r.moreThan);
        expect(rows.length).toBeGreaterThan(0);
        const option = asBar(buildBarOption(rows, opts(lang, { kind: 'cited' })));
        const html = option.tooltip.formatter({ dataIndex: 0 });
        expect(html).toContain(localeOf(lang).strings.moreThanNoteCited);
        expect(html).not.toContain(localeOf(lang).strings.moreThanNote);
      },
    );

    it('escapes HTML in every datum', () => {
      const [real] = rowsOf('hardship-funds', 'en');
      const hostile: FigureRow = {
        ...real!,
        id: '"><script>alert(1)</script>',
        label: '<img src=x onerror=alert(1)>',
        period: '<b>2018</b>',
        organisation: 'A & B <svg onload=alert(1)>',
        quote: '"quoted" <iframe>',
        valueText: "<i>'1'</i>",
      };
      const html = asBar(buildBarOption([hostile], opts('en'))).tooltip.formatter({ dataIndex: 0 });
      for (const tag of ['<img', '<script', '<svg', '<iframe', '<b>', '<i>']) {
        expect(html).not.toContain(tag);
      }
      expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
      expect(html).toContain('A &amp; B');
    });
  });

  it.each<[Lang, number, string]>([
    ['zh', 0, '0'],
    ['zh', 50_000_000, '5000万'],
    ['zh', 200_000_000, '2亿'],
    ['en', 50_000_000, '50M'],
    ['en', 200_000_000, '200M'],
    ['en', 1500, '1.5K'],
  ])('axis ticks are compact (%s, %d → %s)', (lang, value, tick) => {
    const option = asBar(buildBarOption(rowsOf('hardship-funds', lang), opts(lang)));
    expect(option.xAxis.axisLabel.formatter(value)).toBe(tick);
  });

  it('enables aria with the description', () => {
    const option = asBar(
      buildBarOption(rowsOf('hardship-funds', 'zh'), opts('zh', { description: '帮扶资金条形图' })),
    );
    expect(option.aria.enabled).toBe(true);
    expect(option.aria.label.description).toBe('帮扶资金条形图');
  });

  it.each([true, false])('patterns=%s stripes only the 余/多 bars', (patterns) => {
    const rows = rowsOf('student-stories', 'zh');
    const option = asBar(buildBarOption(rows, opts('zh', { patterns })));
    expect(option.aria.decal.show).toBe(false);
    expect(option.series[0]!.data.map((d) => d.itemStyle.decal !== undefined)).toEqual(
      rows.map((r) => r.moreThan),
    );
  });

  it('throws when the rows mix base units', () => {
    // grassroots-unions: organisations and persons.
    const mixed = rowsOf('grassroots-unions', 'zh');
    expect(new Set(mixed.map((r) => r.unit)).size).toBe(2);
    expect(() => buildBarOption(mixed, opts('zh'))).toThrow(/mixes base units/);
  });

  it('does not mutate its rows', () => {
    const rows = deepFreeze(rowsOf('student-stories', 'zh'));
    const before = JSON.stringify(rows);
    const option = asBar(buildBarOption(rows, opts('zh')));
    option.tooltip.formatter({ dataIndex: 0 });
    option.series[0]!.label.formatter({ dataIndex: 0 });
    expect(JSON.stringify(rows)).toBe(before);
  });
});

describe('a figure’s tooltip is placed beside its bar, never over it', () => {
  const room: Box = { x: 0, y: 0, width: 400, height: 600 };
  const size = [240, 160] as const;
  const boxAt = ([x, y]: [number, number]): Box => ({ x, y, width: size[0], height: size[1] });
  const overlaps = (a: Box, b: Box) =>
    a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  const inside = (a: Box, r: Box) =>
    a.x >= r.x && a.y >= r.y && a.x + a.width <= r.x + r.width && a.y + a.height <= r.y + r.height;

  it.each([
    ['below a bar with room under it', { x: 100, y: 100, width: 200, height: 22 }, 'below'],
    ['above a bar near the bottom', { x: 100, y: 500, width: 200, height: 22 }, 'above'],
  ] as const)('%s', (_, bar, where) => {
    const at = tooltipBeside([200, bar.y + 11], bar, size, room);
    const tip = boxAt(at);
    expect(overlaps(tip, bar)).toBe(false);
    expect(inside(tip, room)).toBe(true);
    expect(where === 'below' ? tip.y >= bar.y + bar.height : tip.y + tip.height <= bar.y).toBe(
      true,
    );
  });

  it('beside a bar when neither above nor below has room (a short window)', () => {
    const short: Box = { x: 0, y: 0, width: 900, height: 200 };
    const bar = { x: 120, y: 90, width: 300, height: 22 };
    const tip = boxAt(tooltipBeside([250, 100], bar, size, short));
    expect(overlaps(tip, bar)).toBe(false);
    expect(inside(tip, short)).toBe(true);
  });

  it('never covers the bar wherever the bar and the pointer are, when any side has room', () => {
    for (let y = 0; y <= 560; y += 40)
      for (const width of [20, 150, 350]) {
        const bar = { x: 30, y, width, height: 22 };
        const tip = boxAt(tooltipBeside([30 + width / 2, y + 11], bar, size, room));
        expect(overlaps(tip, bar), `bar at y=${y}, ${width} wide`).toBe(false);
        expect(inside(tip, room)).toBe(true);
      }
  });

  it('is what the bar chart asks ECharts for (not confined to the chart)', () => {
    const option = buildBarOption(rowsOf('hardship-funds', 'zh'), opts('zh')) as unknown as {
      tooltip: { confine: boolean; position: (...a: unknown[]) => [number, number] };
    };
    expect(option.tooltip.confine).toBe(false);
    const bar = { x: 100, y: 40, width: 200, height: 22 };
    const at = option.tooltip.position([200, 50], {}, null, bar, {
      contentSize: [...size],
      viewSize: [640, 400],
    });
    expect(overlaps(boxAt(at), bar)).toBe(false);
  });
});

describe('buildBarOption labels and ticks at every width', () => {
  type Axis = {
    axisLabel: { inside?: boolean; overflow?: string; formatter: (v: string, i: number) => string };
  };
  const yAxisOf = (o: EChartsOption) => o.yAxis as unknown as Axis;
  type XAxis = { max: number; interval: number };
  const xAxisOf = (o: EChartsOption) => o.xAxis as unknown as XAxis;
  const grid = (o: EChartsOption) => o.grid as { left: number; right: number };

  it('puts each label above its bar on a phone, wrapped between words, never cut', () => {
    const rows = rowsOf('student-stories', 'en');
    const phone = buildBarOption(rows, opts('en', { width: 320 }));
    const axis = yAxisOf(phone).axisLabel;
    expect(axis).toMatchObject({ inside: true, overflow: 'none' });
    rows.forEach((r, i) => {
      const text = axis.formatter(r.label, i);
      expect(text.replace(/\n/g, ' ')).toBe(r.label);
      expect(text).not.toContain('…');
    });
  });

  it('keeps labels beside the bars on wider charts, in a column sized to the labels', () => {
    const short = buildBarOption(rowsOf('student-stories', 'zh'), opts('zh', { width: 1000 }));
    const long = buildBarOption(rowsOf('student-stories', 'en'), opts('en', { width: 1000 }));
    expect(yAxisOf(short).axisLabel.inside).toBeFalsy();
    expect(grid(long).left).toBeGreaterThan(grid(short).left);
    // Never beyond the share of the width (plus the widest word).
    expect(grid(long).left).toBeLessThanOrEqual(0.38 * 1000 + 16);
  });

  it.each(dataset.panels.filter((p) => p.chart === 'bar').map((p) => p.id))(
    '%s: at least three axis ticks at 320 px, in both languages',
    (id) => {
      for (const lang of ['zh', 'en'] as const) {
        const rows = rowsOf(id, lang);
        const x = xAxisOf(buildBarOption(rows, opts(lang, { width: 320 })));
        expect(x.max / x.interval + 1).toBeGreaterThanOrEqual(3);
        expect(x.max).toBeGreaterThanOrEqual(Math.max(...rows.map((r) => r.value)));
      }
    },
  );
});

describe('the percentage chart (CHART_REGISTRY.bullet)', () => {
  const spec = CHART_REGISTRY.bullet;

  it.each(['hardship-satisfaction'])('%s: a fixed 0–100 scale', (panelId) => {
    const rows = rowsOf(panelId, 'zh');
    const option = asBar(spec.build(rows, opts('zh')));
    expect(option.xAxis.min).toBe(0);
    expect(option.xAxis.max).toBe(100);
    expect(option.series[0]!.data.map((d) => d.value)).toEqual(rows.map((r) => r.value));
  });

  it('labels rates as written', () => {
    const option = asBar(spec.build(rowsOf('hardship-satisfaction', 'zh'), opts('zh')));
    expect(option.series[0]!.label.formatter({ dataIndex: 0 })).toBe('95.88%');
  });

  it.each(['hardship-funds', 'student-stories'])('throws on non-percent rows (%s)', (panelId) => {
    expect(() => spec.build(rowsOf(panelId, 'zh'), opts('zh'))).toThrow();
  });

  it('throws when one row among percentages is not a percentage', () => {
    const rows = [
      ...rowsOf('hardship-satisfaction', 'en'),
      ...rowsOf('student-stories', 'en').slice(0, 1),
    ];
    expect(() => spec.build(rows, opts('en'))).toThrow();
  });
});

describe('buildCardsOption', () => {
  it.each<[string, Lang]>([
    ['bargaining-contest', 'zh'],
    ['bargaining-contest', 'en'],
    ['produce-bought', 'zh'],
    ['workers-visited', 'en'],
  ])('%s (%s): one group per row holding its value text and label', (panelId, lang) => {
    const rows = rowsOf(panelId, lang);
    const elements = elementsOf(buildCardsOption(rows, opts(lang)));
    expect(elements).toHaveLength(rows.length);
    elements.forEach((el, i) => {
      expect(el.type).toBe('group');
      const texts = (el as GraphicGroup).children
        .filter((c) => c.type === 'text')
        .map((c) => c.style.text);
      expect(texts).toContain(rows[i]!.valueText);
      expect(texts).toContain(rows[i]!.label);
    });
  });

  it('keeps the article’s 余 on a “more than” card in zh', () => {
    const elements = elementsOf(buildCardsOption(rowsOf('produce-bought', 'zh'), opts('zh')));
    const all = elements.flatMap((el) => (el as GraphicGroup).children.map((c) => c.style.text));
    expect(all).toContain('2200余吨');
  });

  it('lays every card out inside the chart the registry sizes for it', () => {
    interface Card {
      x: number;
      y: number;
      children: { type: string; shape?: { width: number; height: number } }[];
    }
    const all = toRows(dataset.figures, 'zh', dataset.units);
    for (const width of [320, 480, 640, 1000]) {
      for (const insets of [{ top: 0, bottom: 0 }, EXPORT_INSETS]) {
        for (let n = 1; n <= 8; n += 1) {
          const option = buildCardsOption(all.slice(0, n), opts('zh', { width, insets }));
          const height = CHART_REGISTRY.cards.height(all.slice(0, n), width, insets);
          const cards = elementsOf(option) as unknown as Card[];
          expect(cards).toHaveLength(n);
          for (const card of cards) {
            const rect = card.children.find((c) => c.type === 'rect')!.shape!;
            expect(card.x).toBeGreaterThanOrEqual(0);
            expect(card.x + rect.width).toBeLessThanOrEqual(width);
            expect(card.y).toBeGreaterThanOrEqual(insets.top);
            expect(card.y + rect.height).toBeLessThanOrEqual(height - insets.bottom);
          }
        }
      }
    }
  });

  it('fills every row: four cards are two rows of two, a last short row shares the width', () => {
    interface Card {
      x: number;
      y: number;
      children: { type: string; shape?: { width: number } }[];
    }
    const all = toRows(dataset.figures, 'zh', dataset.units);
    const layout = (n: number, width: number) => {
      const cards = elementsOf(
        buildCardsOption(all.slice(0, n), opts('zh', { width })),
      ) as unknown as Card[];
      const rows = new Map<number, { left: number; right: number; n: number }>();
      for (const c of cards) {
        const w = c.children.find((x) => x.type === 'rect')!.shape!.width;
        const r = rows.get(c.y) ?? { left: Infinity, right: -Infinity, n: 0 };
        rows.set(c.y, {
          left: Math.min(r.left, c.x),
          right: Math.max(r.right, c.x + w),
          n: r.n + 1,
        });
      }
      return [...rows.values()];
    };
    expect(layout(4, 1200).map((r) => r.n)).toEqual([2, 2]);
    expect(layout(5, 1200).map((r) => r.n)).toEqual([3, 2]);
    for (const n of [1, 2, 3, 4, 5, 7])
      for (const width of [320, 640, 1200]) {
        const rows = layout(n, width);
        // Every row spans the same width, from the left margin to the right one.
        for (const r of rows) {
          expect(r.left, `${n} cards at ${width}`).toBeCloseTo(rows[0]!.left, 5);
          expect(r.right, `${n} cards at ${width}`).toBeCloseTo(rows[0]!.right, 5);
        }
      }
  });

  it('enables aria with the description', () => {
    const option = buildCardsOption(rowsOf('workers-visited', 'zh'), opts('zh'));
    expect(option.aria).toMatchObject({
      enabled: true,
      label: { description: 'description in zh' },
    });
  });
});

describe('withExportFrame', () => {
  const caption: ExportCaption = {
    title: '帮扶资金',
    subtitle: '五年来（2018—2023年） · 单位：元',
    filter: '筛选：全部主题，全部年份',
    source: '数据来源：《奋力开创新时代兵团工会工作新局面》，2023-07-24',
  };
  const HEIGHT = 400;
  /** 12 px per character: every caption part fits one line at 1200 px. */
  const measure = (text: string) => [...text].length * 12;
  const layout = layoutExportCaption(caption, 1200, 'zh', measure);
  const texts = (o: EChartsOption) =>
    elementsOf(o)
      .filter((e): e is GraphicText => e.type === 'text')
      .map((e) => e.style.text);

  it.each<Scheme>(['light', 'dark'])(
    'adds the caption lines, stops animation, paints the %s background',
    (scheme) => {
      const base = buildBarOption(
        rowsOf('hardship-funds', 'zh'),
        opts('zh', { scheme, insets: EXPORT_INSETS }),
      );
      const framed = withExportFrame(base, layout, scheme, HEIGHT);
      expect(texts(framed)).toEqual([
        caption.title,
        caption.subtitle,
        caption.filter,
        caption.source,
      ]);
      expect(framed.animation).toBe(false);
      expect(framed.backgroundColor).toBe(PALETTES[scheme].background);
      expect(framed.backgroundColor).not.toBe('transparent');
    },
  );

  it('gives the two schemes different backgrounds', () => {
    const base = buildBarOption(rowsOf('hardship-funds', 'zh'), opts('zh'));
    expect(withExportFrame(base, layout, 'light', HEIGHT).backgroundColor).not.toBe(
      withExportFrame(base, layout, 'dark', HEIGHT).backgroundColor,
    );
  });

  it('puts the title on top and the source line near the bottom, inside the image', () => {
    const base = buildBarOption(
      rowsOf('hardship-funds', 'zh'),
      opts('zh', { insets: EXPORT_INSETS }),
    );
    const els = elementsOf(withExportFrame(base, layout, 'light', HEIGHT)) as GraphicText[];
    const top = (text: string) => els.find((e) => e.style.text === text)!.y!;
    expect(top(caption.title)).toBeLessThan(top(caption.subtitle));
    expect(top(caption.subtitle)).toBeLessThan(top(caption.filter));
    expect(top(caption.filter)).toBeLessThan(layout.insets.top);
    expect(top(caption.source)).toBeGreaterThan(HEIGHT - layout.insets.bottom);
    expect(top(caption.source)).toBeLessThan(HEIGHT);
  });

  it('sets the category labels flush left at the caption’s 16 px margin, not 8 px', () => {
    const rows = rowsOf('hardship-funds', 'zh');
    const titleX = layout.lines.find((l) => l.text === caption.title)!.x;
    for (const width of [800, 1200]) {
      const option = buildBarOption(rows, opts('zh', { insets: EXPORT_INSETS, width }));
      const grid = option.grid as { left: number };
      const label = (option.yAxis as { axisLabel: { margin: number; align: string } }).axisLabel;
      expect(label.align).toBe('left');
      expect(grid.left - label.margin).toBe(titleX);
    }
    // On screen (no caption) they stay right-aligned against the axis.
    const screen = buildBarOption(rows, opts('zh', { width: 800 }));
    expect((screen.yAxis as { axisLabel: { align: string } }).axisLabel.align).toBe('right');
  });

  it('keeps the chart itself (series, axes) and a cards option’s own elements', () => {
    const bar = buildBarOption(rowsOf('hardship-funds', 'zh'), opts('zh'));
    const framedBar = withExportFrame(bar, layout, 'light', HEIGHT);
    expect(framedBar.series).toBe(bar.series);
    expect(framedBar.yAxis).toBe(bar.yAxis);
    const rows = rowsOf('bargaining-contest', 'zh');
    const cards = buildCardsOption(rows, opts('zh', { insets: EXPORT_INSETS }));
    const framedCards = elementsOf(withExportFrame(cards, layout, 'dark', HEIGHT));
    expect(framedCards.filter((e) => e.type === 'group')).toHaveLength(rows.length);
    expect(texts(withExportFrame(cards, layout, 'dark', HEIGHT))).toEqual([
      caption.title,
      caption.subtitle,
      caption.filter,
      caption.source,
    ]);
  });

  it('does not mutate its input', () => {
    const option = deepFreeze(buildCardsOption(rowsOf('workers-visited', 'zh'), opts('zh')));
    const before = JSON.stringify(option);
    withExportFrame(option, layout, 'light', HEIGHT);
    expect(JSON.stringify(option)).toBe(before);
    expect(option.animation).toBe(true);
    expect(option.backgroundColor).toBe('transparent');
  });
});

describe('CHART_REGISTRY', () => {
  /** n rows with the same label, so only their number changes the height. */
  const same = (n: number) => Array.from({ length: n }, () => rowsOf('student-stories', 'zh')[0]!);

  it('has a builder for every chart kind, whose names are the rules’ keys', () => {
    expect(Object.keys(CHART_REGISTRY).sort()).toEqual([...CHART_KINDS].sort());
    expect(CHART_KINDS).toEqual(Object.keys(CHART_RULES));
  });

  it('a builder refuses rows its kind’s rule refuses, in the rule’s words (inline rows)', () => {
    const row = (id: string, unit: string) => ({
      ...rowsOf('student-stories', 'zh')[0]!,
      id,
      unit,
    });
    const mixed = [row('a', 'yuan'), row('b', 'persons')];
    expect(() => buildBarOption(mixed, opts('zh'))).toThrow(chartKindProblem('bar', mixed)!);
    expect(chartKindProblem('cards', mixed)).toBeNull();
    expect(chartKindProblem('bar', [row('a', 'yuan')])).toBeNull();
    expect(() => CHART_REGISTRY.bullet.build([row('c', 'yuan')], opts('zh'))).toThrow(
      /"c" is in yuan/,
    );
  });

  it.each([...CHART_KINDS])(
    '%s: height never shrinks as rows are added and grows overall',
    (kind) => {
      const spec = CHART_REGISTRY[kind];
      for (const width of [360, 640, 1000]) {
        const heights = Array.from({ length: 12 }, (_, i) => spec.height(same(i + 1), width));
        for (let i = 1; i < heights.length; i += 1)
          expect(heights[i]).toBeGreaterThanOrEqual(heights[i - 1]!);
        expect(heights[heights.length - 1]).toBeGreaterThan(heights[0]!);
      }
    },
  );

  it.each(['bar', 'bullet'] as const)('%s: every extra bar (from two) adds height', (kind) => {
    const spec = CHART_REGISTRY[kind];
    // Above the minimum height (200 px beside the labels; none on a phone).
    for (let n = 4; n < 10; n += 1)
      expect(spec.height(same(n + 1), 640)).toBeGreaterThan(spec.height(same(n), 640));
    for (let n = 2; n < 10; n += 1)
      expect(spec.height(same(n + 1), 360)).toBeGreaterThan(spec.height(same(n), 360));
    expect(spec.height(same(2), 640)).toBe(200);
  });

  it.each([...CHART_KINDS])('%s: export insets add exactly their height', (kind) => {
    const spec = CHART_REGISTRY[kind];
    expect(spec.height(same(3), 640, EXPORT_INSETS)).toBe(
      spec.height(same(3), 640) + EXPORT_INSETS.top + EXPORT_INSETS.bottom,
    );
  });
});
