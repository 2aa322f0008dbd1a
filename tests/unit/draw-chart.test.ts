/**
 * Charts drawn at build time (src/prerender/draw-chart.ts): the HTML is read back with a real
 * HTML parser, each SVG with an XML parser (tests/unit/markup.ts), and checked for what the page needs: nothing the CSP blocks,
 * drawings that scale, the rows' words as text, both widths, and a dark scheme that is either CSS
 * recolouring the light drawing into exactly ECharts' dark drawing, or a dark copy.
 */
import { loadECharts } from '../../src/charts/echarts';
import { CHART_REGISTRY } from '../../src/charts/registry';
import { PALETTES, type ChartOptions, type Scheme } from '../../src/charts/style';
import type { ChartKind } from '../../src/model/schema';
import type { FigureRow } from '../../src/selectors/rows';
import { figureRow } from './figure-row';
import { UNITS } from '../fixtures/units';
import { readHtmlBody, readXml, type MarkupDocument, type MarkupElement } from './markup';
import {
  DRAW_WIDTHS,
  cleanSvg,
  darkSchemeCss,
  drawChart,
  drawnChartKey,
  normaliseColour,
  pairColours,
  type DrawSpec,
  type DrawnChartOptions,
} from '../../src/prerender/draw-chart';

const echarts = await loadECharts();

const row = figureRow;

/** Exact, "more than" (striped) and approximate (dotted) bars, and a label to escape. */
const ROWS: FigureRow[] = [
  row('a', '帮扶资金', 24_120_000, '2412万元'),
  row('b', '救助 & <慰问>', 120_000_000, '1.2亿余元', { moreThan: true, qualifier: 'more_than' }),
  row('c', '助学金', 5_000_000, '约500万元', { qualifier: 'about' }),
];
const RATES: FigureRow[] = [
  row('p', '覆盖率', 94.4, '94.4%', { unit: 'percent', unitName: '%' }),
  row('q', '参保率', 95.3, '95.3%', { unit: 'percent', unitName: '%' }),
];

const OPTIONS: DrawnChartOptions = {
  lang: 'zh',
  patterns: false,
  description: '图表：帮扶资金',
  words: { viewInArticle: '在原文中查看' },
  units: UNITS,
};

const spec = (extra: Partial<DrawSpec> = {}): DrawSpec => ({
  kind: 'bar',
  rows: ROWS,
  options: OPTIONS,
  ariaLabel: '帮扶资金 "2412万元" <图>',
  ...extra,
});

/** The wrapper element of a drawing's HTML, read as an HTML parser reads a page. */
function wrapperOf(html: string): MarkupElement {
  const body = readHtmlBody(`<!doctype html><body>${html}`);
  expect(body.children).toHaveLength(1);
  return body.firstElementChild!;
}

/** Every SVG in the HTML as its own XML document: throws when one is not well-formed. */
function svgDocuments(html: string): MarkupDocument[] {
  const svgs = html.match(/<svg[\s\S]*?<\/svg>/gu) ?? [];
  return svgs.map(readXml);
}

type Root = MarkupElement | MarkupDocument;

const texts = (root: Root) =>
  [...root.querySelectorAll('text')].map((t) => t.textContent ?? '').join('\n');

/** Every value of these attributes in a tree. */
function attrValues(root: Root, names: readonly string[]): string[] {
  return [...root.querySelectorAll('*')].flatMap((el) =>
    names.map((n) => el.getAttribute(n)).filter((v): v is string => v !== null),
  );
}

/** ECharts' own SVG of a chart in a scheme, straight from the registry (the reference drawing). */
function echartsSvg(kind: ChartKind, rows: FigureRow[], scheme: Scheme, width: number) {
  const chart = CHART_REGISTRY[kind];
  const instance = echarts.init(null, null, {
    renderer: 'svg',
    ssr: true,
    width,
    height: chart.height(rows, width),
  });
  try {
    const options: ChartOptions = { ...OPTIONS, scheme, width, animation: false };
    instance.setOption(chart.build(rows, options));
    return instance.renderToSVGString();
  } finally {
    instance.dispose();
  }
}

describe('drawChart', () => {
  const drawn = drawChart(spec());
  const wrapper = wrapperOf(drawn.html);

  it('is one wrapper: its key, role img and the accessible name, escaped', () => {
    expect(wrapper.tagName).toBe('DIV');
    expect(wrapper.className).toBe('drawn');
    expect(wrapper.getAttribute('data-drawn-chart')).toBe(drawn.key);
    expect(wrapper.getAttribute('role')).toBe('img');
    expect(wrapper.getAttribute('aria-label')).toBe('帮扶资金 "2412万元" <图>');
  });

  it('holds a narrow and a wide drawing, each one SVG drawn at its width', () => {
    expect([...wrapper.children].map((c) => c.className)).toEqual(['drawn-narrow', 'drawn-wide']);
    const boxes = [...wrapper.children].map((c) => {
      expect(c.children).toHaveLength(1);
      return c.querySelector('svg')!.getAttribute('viewBox');
    });
    expect(boxes).toEqual([
      `0 0 ${DRAW_WIDTHS[0]} ${CHART_REGISTRY.bar.height(ROWS, DRAW_WIDTHS[0])}`,
      `0 0 ${DRAW_WIDTHS[1]} ${CHART_REGISTRY.bar.height(ROWS, DRAW_WIDTHS[1])}`,
    ]);
  });

  it('scales: width 100%, no fixed height, hidden from screen readers', () => {
    for (const svg of wrapper.querySelectorAll('svg')) {
      expect(svg.getAttribute('width')).toBe('100%');
      expect(svg.hasAttribute('height')).toBe(false);
      expect(svg.getAttribute('aria-hidden')).toBe('true');
      expect(svg.getAttribute('focusable')).toBe('false');
    }
  });

  it('has nothing the CSP blocks and none of ECharts’ hover machinery', () => {
    expect(wrapper.querySelectorAll('[style], style').length).toBe(0);
    const names = [...wrapper.querySelectorAll('svg, svg *')].flatMap((el) =>
      el.getAttributeNames(),
    );
    expect(names.filter((n) => n === 'class' || n.startsWith('ecmeta_'))).toEqual([]);
    expect(names).not.toContain('pointer-events');
    // The styles ECharts wrote are attributes now.
    expect(names).toEqual(expect.arrayContaining(['font-size', 'font-family', 'font-weight']));
    expect(drawn.html).not.toMatch(/style=|<style/u);
  });

  it('writes every SVG as well-formed XML, fonts in single quotes', () => {
    const docs = svgDocuments(drawn.html);
    expect(docs).toHaveLength(2);
    for (const doc of docs) {
      const families = attrValues(doc, ['font-family']);
      expect(families.length).toBeGreaterThan(0);
      for (const f of families) expect(f).toMatch(/^'PingFang SC', /u);
    }
  });

  it('draws every label and value as text, at both widths, escaped where it must be', () => {
    for (const part of wrapper.children) {
      const words = texts(part);
      for (const r of ROWS) {
        expect(words).toContain(r.label);
        expect(words).toContain(r.valueText);
      }
    }
    expect(drawn.html).toContain('救助 &amp; &lt;慰问&gt;');
  });

  it('writes colours in one form only, opacity folded into them', () => {
    const docs = svgDocuments(drawn.html);
    for (const doc of docs) {
      for (const value of attrValues(doc, ['fill', 'stroke']))
        expect(value).toMatch(
          /^(?:#[0-9a-f]{6}|rgba\(\d+,\d+,\d+,0?\.\d+\)|none|url\(#[\w-]+\))$/u,
        );
      // The stripes' white at 55 %, as ECharts wrote it in two attributes.
      expect(attrValues(doc, ['fill'])).toContain('rgba(255,255,255,0.55)');
      expect(attrValues(doc, ['fill-opacity'])).toEqual([]);
    }
  });

  it('gives patterns ids unique on the page that the bars point at', () => {
    const ids = [...wrapper.querySelectorAll('[id]')].map((el) => el.id);
    expect(ids.length).toBeGreaterThanOrEqual(4); // stripes and dots, at two widths
    expect(new Set(ids).size).toBe(ids.length);
    for (const svg of wrapper.querySelectorAll('svg')) {
      const own = new Set([...svg.querySelectorAll('[id]')].map((el) => el.id));
      const refs = attrValues(svg, ['fill']).flatMap((v) => /^url\(#(.+)\)$/u.exec(v)?.[1] ?? []);
      expect(refs.length).toBeGreaterThan(0);
      for (const ref of refs) expect(own).toContain(ref);
    }
  });

  it('is the same HTML every time (no ECharts instance counter in it)', () => {
    expect(drawChart(spec()).html).toBe(drawn.html);
  });

  it('draws bullets too, and refuses cards (HTML on screen)', () => {
    const bullets = drawChart(spec({ kind: 'bullet', rows: RATES }));
    expect(texts(wrapperOf(bullets.html))).toContain('95.3%');
    expect(() => drawChart(spec({ kind: 'cards' }))).toThrow(/cards/u);
  });
});

describe('the dark scheme as a recolouring', () => {
  const drawn = drawChart(spec());
  const css = darkSchemeCss([drawn]);

  it('finds the palettes’ pairs, light to dark', () => {
    expect(drawn.colours).not.toBeNull();
    const pairs = new Map(drawn.colours);
    for (const role of ['bar', 'text', 'muted', 'grid'] as const)
      expect(pairs.get(PALETTES.light[role])).toBe(PALETTES.dark[role]);
    expect(pairs.get('rgba(255,255,255,0.55)')).toBe('rgba(22,25,29,0.6)');
  });

  it('writes a rule for every light colour the drawing uses, on screen only', () => {
    expect(css.startsWith('@media screen{')).toBe(true);
    const pairs = new Map(drawn.colours);
    const used = new Set(
      svgDocuments(drawn.html).flatMap((doc) =>
        attrValues(doc, ['fill', 'stroke']).filter((v) => v !== 'none' && !v.startsWith('url(')),
      ),
    );
    expect(used.size).toBeGreaterThanOrEqual(5);
    for (const light of used) {
      const dark = pairs.get(light);
      expect(dark, light).toBeDefined();
      if (dark === light) continue;
      for (const attr of ['fill', 'stroke'])
        expect(css).toContain(
          `:root[data-scheme="dark"] .drawn:not(.drawn-has-dark) [${attr}="${light}"]{${attr}:${dark}}`,
        );
    }
  });

  it('recolours the light drawing into exactly the drawing ECharts makes in the dark scheme', () => {
    const pairs = new Map(drawn.colours);
    DRAW_WIDTHS.forEach((width, i) => {
      const tag = i === 0 ? 'n' : 'w';
      const prefix = `dc${drawn.key}-${tag}-`;
      const light = cleanSvg(echartsSvg('bar', ROWS, 'light', width), { idPrefix: prefix });
      const dark = cleanSvg(echartsSvg('bar', ROWS, 'dark', width), { idPrefix: prefix });
      expect(drawn.html).toContain(light);
      expect(dark).not.toBe(light);
      const recoloured = light.replace(
        /(fill|stroke)="([^"]*)"/gu,
        (whole, attr: string, value: string) =>
          pairs.has(value) ? `${attr}="${pairs.get(value)}"` : whole,
      );
      expect(recoloured).toBe(dark);
    });
  });

  it('writes the same rules for a dark system when the page has no scheme (scripts off)', () => {
    const blocks = css.split(/^@media /mu).filter(Boolean);
    expect(blocks.map((b) => b.slice(0, b.indexOf('{')))).toEqual([
      'screen',
      'screen and (prefers-color-scheme:dark)',
    ]);
    const rules = (block: string, prefix: string) =>
      block
        .split('\n')
        .filter((line) => line.includes('{fill') || line.includes('{stroke'))
        .map((line) => {
          expect(line.startsWith(`${prefix} `), line).toBe(true);
          return line.slice(prefix.length);
        });
    const chosen = rules(blocks[0]!, ':root[data-scheme="dark"]');
    expect(chosen.length).toBeGreaterThan(0);
    expect(rules(blocks[1]!, ':root:not([data-scheme])')).toEqual(chosen);
  });

  it('takes the media query and selector of each scope', () => {
    const css = darkSchemeCss([drawn], [{ media: 'print', prefix: 'html.dark' }]);
    expect(css.startsWith('@media print{\n')).toBe(true);
    expect(css).toContain(
      `\nhtml.dark .drawn:not(.drawn-has-dark) [fill="${PALETTES.light.bar}"]{fill:${PALETTES.dark.bar}}`,
    );
  });

  it('scopes rules to each drawing where drawings disagree on a colour', () => {
    const css = darkSchemeCss([
      {
        key: 'k1',
        colours: [
          ['#111111', '#eeeeee'],
          ['#222222', '#dddddd'],
        ],
      },
      { key: 'k2', colours: [['#111111', '#cccccc']] },
      { key: 'k3', colours: [['#222222', '#222222']] },
      { key: 'k4', colours: null },
    ]);
    expect(css).toContain('.drawn[data-drawn-chart="k1"] [fill="#111111"]{fill:#eeeeee}');
    expect(css).toContain('.drawn[data-drawn-chart="k2"] [fill="#111111"]{fill:#cccccc}');
    expect(css).not.toContain(':not(.drawn-has-dark) [fill="#111111"]');
    // k3 keeps #222222 as it is: k1's #dddddd only for k1.
    expect(css).toContain('.drawn[data-drawn-chart="k1"] [stroke="#222222"]{stroke:#dddddd}');
    expect(css).not.toContain(':not(.drawn-has-dark) [fill="#222222"]');
    expect(css).not.toContain('k3');
  });

  it('writes nothing when no drawing has pairs', () => {
    expect(darkSchemeCss([])).toBe('');
    expect(darkSchemeCss([{ key: 'k', colours: [['#111111', '#111111']] }])).toBe('');
  });
});

describe('the dark scheme as a copy, when it is more than a recolouring', () => {
  /**
   * Muted text in the text colour, in the light palette only: one light colour then has two dark
   * ones (tick labels muted, bar labels text), which no colour mapping can express.
   */
  function drawWithOneLightColourForTwoDark() {
    const muted = PALETTES.light.muted;
    PALETTES.light.muted = PALETTES.light.text;
    try {
      return drawChart(spec());
    } finally {
      PALETTES.light.muted = muted;
    }
  }
  const drawn = drawWithOneLightColourForTwoDark();
  const wrapper = wrapperOf(drawn.html);

  it('carries dark drawings at both widths, beside the light ones', () => {
    expect(drawn.colours).toBeNull();
    expect(wrapper.className).toBe('drawn drawn-has-dark');
    expect([...wrapper.children].map((c) => c.className)).toEqual([
      'drawn-narrow',
      'drawn-wide',
      'drawn-dark',
    ]);
    const dark = wrapper.querySelector('.drawn-dark')!;
    expect([...dark.children].map((c) => c.className)).toEqual(['drawn-narrow', 'drawn-wide']);
    expect(attrValues(dark, ['fill'])).toContain(PALETTES.dark.bar);
    expect(attrValues(dark, ['fill'])).not.toContain(PALETTES.light.bar);
    expect(texts(dark)).toContain(ROWS[0]!.valueText);
  });

  it('keeps ids unique across the light and dark copies, and well-formed', () => {
    expect(svgDocuments(drawn.html)).toHaveLength(4);
    const ids = [...wrapper.querySelectorAll('[id]')].map((el) => el.id);
    expect(ids.length).toBeGreaterThanOrEqual(8);
    expect(new Set(ids).size).toBe(ids.length);
    expect(wrapper.querySelectorAll('[style], style').length).toBe(0);
  });

  it('adds no recolouring rules', () => {
    expect(darkSchemeCss([drawn])).toBe('');
  });
});

describe('pairColours', () => {
  const svg = (body: string) => `<svg viewBox="0 0 10 10">${body}</svg>`;

  it('pairs colours of the same drawing', () => {
    expect(
      pairColours(
        svg('<path d="M0 0" fill="#111111" stroke="none"/><text fill="#222222">a</text>'),
        svg('<path d="M0 0" fill="#eeeeee" stroke="none"/><text fill="#dddddd">a</text>'),
      ),
    ).toEqual([
      ['#111111', '#eeeeee'],
      ['#222222', '#dddddd'],
    ]);
  });

  it.each([
    ['another element', svg('<rect fill="#111111"/>'), svg('<path fill="#eeeeee"/>')],
    ['another count', svg('<path fill="#111111"/>'), svg('<path fill="#eeeeee"/><path/>')],
    ['another shape', svg('<path d="M0 0" fill="#111111"/>'), svg('<path d="M1 1" fill="#eee"/>')],
    ['another text', svg('<text fill="#111111">a</text>'), svg('<text fill="#eeeeee">b</text>')],
    [
      'one light colour, two dark',
      svg('<path fill="#111111"/><path stroke="#111111"/>'),
      svg('<path fill="#eeeeee"/><path stroke="#dddddd"/>'),
    ],
    ['a colour for none', svg('<path fill="none"/>'), svg('<path fill="#eeeeee"/>')],
    ['a gradient stop', svg('<stop stop-color="#111111"/>'), svg('<stop stop-color="#eeeeee"/>')],
  ])('is null for %s', (_, light, dark) => {
    expect(pairColours(light, dark)).toBeNull();
  });
});

describe('cleanSvg', () => {
  const read = (svg: string) => readXml(svg).documentElement;

  it('turns styles into presentation attributes, the font shorthand into its longhands', () => {
    const out = cleanSvg(
      '<svg width="200" height="100" xmlns="http://www.w3.org/2000/svg">' +
        '<text style="font: italic bold 14px/1.2 \'Noto Sans\', sans-serif; fill: #ABC; cursor: pointer; pointer-events: none; white-space: pre" x="1">a</text>' +
        '<text style="font-size:12px;font-family:\'A B\';dominant-baseline:central;opacity:0.5" fill="#000">b</text>' +
        '</svg>',
    );
    const [first, second] = [...read(out).querySelectorAll('text')];
    expect(
      Object.fromEntries(first!.getAttributeNames().map((n) => [n, first!.getAttribute(n)])),
    ).toEqual({
      x: '1',
      'font-style': 'italic',
      'font-weight': 'bold',
      'font-size': '14px',
      'font-family': "'Noto Sans', sans-serif",
      fill: '#aabbcc',
    });
    expect(second!.getAttribute('font-family')).toBe("'A B'");
    expect(second!.getAttribute('dominant-baseline')).toBe('central');
    expect(second!.getAttribute('opacity')).toBe('0.5');
    expect(out).not.toMatch(/\sstyle=/u);
  });

  it('makes the svg scale: a viewBox from its size, width 100%, no height', () => {
    const root = read(
      cleanSvg('<svg width="200px" height="100"><rect width="5" height="5"/></svg>'),
    );
    expect(root.getAttribute('viewBox')).toBe('0 0 200 100');
    expect(root.getAttribute('width')).toBe('100%');
    expect(root.hasAttribute('height')).toBe(false);
    // Only the svg's own size goes.
    expect(root.querySelector('rect')!.getAttribute('height')).toBe('5');
  });

  it('drops <style>, classes and ECharts metadata, keeps what is drawn', () => {
    const out = cleanSvg(
      '<svg viewBox="0 0 1 1"><path d="M0 0" class="zr0-cls-0" ecmeta_series_index="0"/>' +
        '<style ><![CDATA[.zr0-cls-0:hover{cursor:pointer}]]></style></svg>',
    );
    expect(out).toBe(
      '<svg width="100%" viewBox="0 0 1 1" aria-hidden="true" focusable="false"><path d="M0 0"/></svg>',
    );
  });

  it.each([
    ['#ABC', '#aabbcc'],
    ['rgb(255, 0, 0)', '#ff0000'],
    ['rgba(0, 0, 0, 0.5)', 'rgba(0,0,0,0.5)'],
    ['RGBA(0,0,0,1)', '#000000'],
    ['white', '#ffffff'],
    ['none', 'none'],
    ['url(#p0)', 'url(#p0)'],
  ])('normalises the colour %s to %s', (input, expected) => {
    expect(normaliseColour(input)).toBe(expected);
    expect(cleanSvg(`<svg viewBox="0 0 1 1"><path fill="${input}"/></svg>`)).toContain(
      `fill="${expected}"`,
    );
  });

  it('folds an opacity into its colour on a shape, not on a group or a pattern fill', () => {
    const root = read(
      cleanSvg(
        '<svg viewBox="0 0 1 1"><path fill="rgb(255,255,255)" fill-opacity="0.55" stroke="#000" stroke-opacity="0.25"/>' +
          '<g fill="#000" fill-opacity="0.5"><path/></g><path fill="url(#p)" fill-opacity="0.3"/></svg>',
      ),
    );
    const [shape, , patterned] = [...root.querySelectorAll('path')];
    expect(shape!.getAttribute('fill')).toBe('rgba(255,255,255,0.55)');
    expect(shape!.getAttribute('stroke')).toBe('rgba(0,0,0,0.25)');
    expect(shape!.hasAttribute('fill-opacity')).toBe(false);
    expect(root.querySelector('g')!.getAttribute('fill-opacity')).toBe('0.5');
    expect(patterned!.getAttribute('fill-opacity')).toBe('0.3');
  });

  it('renames ids and what points at them', () => {
    const out = cleanSvg(
      '<svg viewBox="0 0 1 1"><defs><pattern id="zr3-p0"/><clipPath id="zr3-c0"/></defs>' +
        '<path fill="url(#zr3-p0)" clip-path="url(#zr3-c0)"/><use href="#zr3-p0"/></svg>',
      { idPrefix: 'x-' },
    );
    expect(out).toContain('id="x-0"');
    expect(out).toContain('id="x-1"');
    expect(out).toContain('fill="url(#x-0)" clip-path="url(#x-1)"');
    expect(out).toContain('href="#x-0"');
    expect(out).not.toContain('zr3');
  });

  it('escapes what ECharts leaves unescaped in attributes', () => {
    const out = cleanSvg('<svg viewBox="0 0 1 1"><text data-name="a & <b>">x &amp; y</text></svg>');
    expect(read(out).querySelector('text')!.getAttribute('data-name')).toBe('a & <b>');
    expect(out).toContain('x &amp; y');
  });

  it('refuses a font named in double quotes (it ends the style attribute early)', () => {
    expect(() =>
      cleanSvg(
        '<svg viewBox="0 0 1 1"><text style="font-family:"Noto Sans", serif">a</text></svg>',
      ),
    ).toThrow(/white space between attributes/u);
    expect(() => cleanSvg('<svg><g></svg>')).toThrow();
  });
});

describe('the key', () => {
  const key = drawChart(spec()).key;

  it('stays when nothing drawn changes: widths, name, option order, scheme or width passed', () => {
    expect(drawChart(spec({ widths: [300, 600], ariaLabel: 'other' })).key).toBe(key);
    const reordered = Object.fromEntries(Object.entries(OPTIONS).reverse()) as DrawnChartOptions;
    expect(drawnChartKey('bar', ROWS, reordered)).toBe(key);
    // The browser passes its panel's whole chartOptions.
    expect(drawnChartKey('bar', ROWS, { ...OPTIONS, scheme: 'dark', width: 999 })).toBe(key);
    expect(key).toMatch(/^[0-9a-z]{6,12}$/u);
  });

  it.each<[string, Partial<DrawSpec>]>([
    ['a value', { rows: [{ ...ROWS[0]!, value: 24_120_001 }, ...ROWS.slice(1)] }],
    ['a label', { rows: [{ ...ROWS[0]!, label: '帮扶资金2' }, ...ROWS.slice(1)] }],
    ['the order of rows', { rows: [ROWS[1]!, ROWS[0]!, ROWS[2]!] }],
    ['a row less', { rows: ROWS.slice(0, 2) }],
    ['the kind', { kind: 'bullet', rows: ROWS }],
    ['the language', { options: { ...OPTIONS, lang: 'en' } }],
    ['patterns', { options: { ...OPTIONS, patterns: true } }],
  ])('changes with %s', (_, change) => {
    const changed = { ...spec(), ...change };
    expect(drawnChartKey(changed.kind, changed.rows, changed.options)).not.toBe(key);
  });
});
