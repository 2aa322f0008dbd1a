/**
 * The pre-renderer's pure parts: a page made from the built template, its share image's SVG, the
 * sitemap and robots.txt. Each is parsed as a browser or a crawler would read it.
 */
import {
  FIRST_SCREEN_PANELS,
  NOSCRIPT,
  depthOf,
  fillPage,
  robotsTxt,
  routeSlug,
  shareChartOf,
  shareImageSvg,
  sitemapXml,
  type PageFill,
} from '../../scripts/prerender-html';

const TEMPLATE = `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="UTF-8" />
    <meta name="description" content="（占位）" />
    <link rel="icon" href="./favicon.svg" type="image/svg+xml" />
    <title>数据仪表板</title>
    <script src="./theme-boot.js"></script>
    <script type="module" crossorigin src="./assets/main-abc.js"></script>
    <link rel="modulepreload" crossorigin href="./assets/report-x-1.js">
    <link rel="stylesheet" crossorigin href="./assets/main-abc.css">
  </head>
  <body>
    <div id="root">
      <main class="boot"><h1>数据仪表板</h1></main>
    </div>
    <noscript>本仪表板需要 JavaScript。</noscript>
  </body>
</html>`;

function page(overrides: Partial<PageFill> = {}): PageFill {
  return {
    path: '/en/reports/r1/',
    html: '<main id="main"><h1>Title $& $1 &amp; more</h1></main>',
    lang: 'en',
    dir: 'ltr',
    title: 'Stations "2023" · <dashboard>',
    description: 'What the report counts & where',
    site: 'XPCC trade unions in figures',
    alternates: { 'zh-CN': '/reports/r1/', en: '/en/reports/r1/' },
    siteUrl: '',
    image: '/og/en-reports-r1.png',
    styles: ['/assets/drawn-1.css'],
    noscript: NOSCRIPT.en,
    ...overrides,
  };
}

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('fillPage', () => {
  it('puts the rendered page in the root, with its language, title and description', () => {
    const doc = parse(fillPage(TEMPLATE, page()));
    expect(doc.documentElement.lang).toBe('en');
    expect(doc.documentElement.dir).toBe('ltr');
    expect(doc.documentElement.hasAttribute('data-prerendered')).toBe(true);
    expect(doc.title).toBe('Stations "2023" · <dashboard>');
    expect(doc.querySelector('meta[name="description"]')?.getAttribute('content')).toBe(
      'What the report counts & where',
    );
    // `$&` and `$1` in the page's text stay text (no replacement patterns).
    expect(doc.querySelector('#root h1')?.textContent).toBe('Title $& $1 & more');
    expect(doc.querySelector('.boot')).toBeNull();
    expect(doc.querySelector('noscript')?.textContent).toBe(NOSCRIPT.en);
  });

  it('makes asset addresses relative to the page depth and drops module preloads', () => {
    const doc = parse(fillPage(TEMPLATE, page()));
    expect(doc.querySelector('script[type="module"]')?.getAttribute('src')).toBe(
      '../../../assets/main-abc.js',
    );
    expect(doc.querySelector('script:not([type])')?.getAttribute('src')).toBe(
      '../../../theme-boot.js',
    );
    expect(doc.querySelector('link[rel="icon"]')?.getAttribute('href')).toBe(
      '../../../favicon.svg',
    );
    expect(doc.querySelectorAll('link[rel="modulepreload"]')).toHaveLength(0);
    const sheets = [...doc.querySelectorAll('link[rel="stylesheet"]')].map((l) =>
      l.getAttribute('href'),
    );
    expect(sheets).toEqual(['../../../assets/main-abc.css', '../../../assets/drawn-1.css']);
    // At the root the addresses stay as built.
    const home = parse(fillPage(TEMPLATE, page({ path: '/' })));
    expect(home.querySelector('script[type="module"]')?.getAttribute('src')).toBe(
      './assets/main-abc.js',
    );
  });

  it('links the page in each language and names its canonical address', () => {
    const rel = parse(fillPage(TEMPLATE, page()));
    const href = (sel: string) => rel.querySelector(sel)?.getAttribute('href');
    expect(href('link[rel="canonical"]')).toBe('../../../en/reports/r1/');
    expect(href('link[hreflang="zh-CN"]')).toBe('../../../reports/r1/');
    expect(href('link[hreflang="x-default"]')).toBe('../../../reports/r1/');
    const abs = parse(fillPage(TEMPLATE, page({ siteUrl: 'https://example.org/dash' })));
    expect(abs.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
      'https://example.org/dash/en/reports/r1/',
    );
    expect(abs.querySelector('meta[property="og:image"]')?.getAttribute('content')).toBe(
      'https://example.org/dash/og/en-reports-r1.png',
    );
    expect(abs.querySelector('meta[property="og:url"]')?.getAttribute('content')).toBe(
      'https://example.org/dash/en/reports/r1/',
    );
    expect(abs.querySelector('meta[property="og:title"]')?.getAttribute('content')).toBe(
      'Stations "2023" · <dashboard>',
    );
    expect(abs.querySelector('meta[property="og:locale"]')?.getAttribute('content')).toBe('en');
  });

  it('writes no image tags for a page without an image', () => {
    const doc = parse(fillPage(TEMPLATE, page({ image: null })));
    expect(doc.querySelector('meta[property="og:image"]')).toBeNull();
    expect(doc.querySelector('meta[name="twitter:card"]')).toBeNull();
  });

  it('holds the first paint until the panels after the first screen are parsed', () => {
    const panels = (n: number) =>
      Array.from(
        { length: n },
        (_, i) =>
          `<section class="panel" id="p${i + 1}" data-kind="bar"><h3>Panel ${i + 1}</h3></section>`,
      ).join('');
    const long = parse(
      fillPage(
        TEMPLATE,
        page({
          html: `<main id="main"><section class="theme-section" id="t1">${panels(9)}</section></main>`,
        }),
      ),
    );
    const links = long.head.querySelectorAll('link[rel="expect"]');
    expect(links).toHaveLength(1);
    expect(links[0]!.getAttribute('blocking')).toBe('render');
    // The link names the panel after the first screen's, and that element is on the page.
    const target = links[0]!.getAttribute('href')!;
    expect(target).toBe(`#p${FIRST_SCREEN_PANELS + 1}`);
    const panel = long.querySelector(target)!;
    expect(panel.matches('section.panel')).toBe(true);
    expect(long.querySelectorAll('section.panel')[FIRST_SCREEN_PANELS]).toBe(panel);
    // A page short enough to need no wait has no link.
    const short = parse(
      fillPage(TEMPLATE, page({ html: `<main>${panels(FIRST_SCREEN_PANELS)}</main>` })),
    );
    expect(short.head.querySelector('link[rel="expect"]')).toBeNull();
  });

  it('refuses a template it cannot fill', () => {
    expect(() => fillPage('<html><body></body></html>', page())).toThrow(/root/);
  });
});

describe('paths', () => {
  it('names share images and depths by the path', () => {
    expect(routeSlug('/')).toBe('index');
    expect(routeSlug('/en/indicators/union-members/')).toBe('en-indicators-union-members');
    expect(depthOf('/')).toBe(0);
    expect(depthOf('/en/embed/p/')).toBe(3);
  });
});

describe('shareChartOf', () => {
  const svg = (cls: string, width: number) =>
    `<svg xmlns="http://www.w3.org/2000/svg" class="indicator-chart ${cls}" viewBox="0 0 ${width} 90" width="${width}" height="90"><circle r="4"/></svg>`;
  const indicatorPage = ['narrow', 'wide']
    .map(
      (fit, i) =>
        `<div class="indicator-chart-wrap fit-${fit}" data-series="2">${svg('is-light', [280, 640][i]!)}${svg('is-dark', [280, 640][i]!)}</div>`,
    )
    .join('');

  it('takes the first drawn chart’s wide light drawing', () => {
    const drawn =
      '<div class="drawn" data-drawn-chart="k"><div class="drawn-narrow"><svg viewBox="0 0 320 9">n</svg></div><div class="drawn-wide"><svg viewBox="0 0 560 9">w</svg></div></div>';
    expect(shareChartOf(indicatorPage, [{ html: drawn }, { html: 'x' }])).toBe(
      '<svg viewBox="0 0 560 9">w</svg>',
    );
  });

  it('on a page with no drawn chart, takes the indicator chart at its wide width, light', () => {
    const chart = shareChartOf(`<main><h1>t</h1>${indicatorPage}</main>`, []);
    expect(chart).toBe(svg('is-light', 640));
  });

  it('is null for a page with neither', () => {
    expect(shareChartOf('<main><p>no chart</p></main>', [])).toBeNull();
  });
});

describe('shareImageSvg', () => {
  /** The lines of the image's text drawn at this font size (44: title, 24: source line). */
  const linesOf = (svg: string, size: 44 | 24) =>
    [...new DOMParser().parseFromString(svg, 'image/svg+xml').querySelectorAll('text')]
      .filter((t) => t.getAttribute('font-size') === String(size))
      .map((t) => t.textContent!);
  /** Where a Chinese word ends in the text (Intl.Segmenter's word boundaries), as offsets. */
  const wordEnds = (text: string) =>
    new Set(
      [...new Intl.Segmenter('zh', { granularity: 'word' }).segment(text)].map(
        (s) => s.index + s.segment.length,
      ),
    );

  const chart =
    '<svg xmlns="http://www.w3.org/2000/svg" width="100%" viewBox="0 0 560 280"><rect width="560" height="280" fill="#b3261e"/><text>2.04亿元</text></svg>';

  it('is a 1200×630 image with the title, the chart scaled in and the source line', () => {
    const svg = shareImageSvg({
      title: '《奋力开创新时代兵团工会工作新局面》 · 数据仪表板',
      source: '数据来源：《奋力开创新时代兵团工会工作新局面》 & 中国工会新闻',
      site: '兵团工会数据仪表板',
      chart,
      font: "'Noto Sans CJK SC'",
    });
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    const root = doc.documentElement;
    expect([root.getAttribute('width'), root.getAttribute('height')]).toEqual(['1200', '630']);
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts.join('')).toContain('奋力开创新时代兵团工会工作新局面');
    expect(texts).toContain('数据来源：《奋力开创新时代兵团工会工作新局面》 & 中国工会新闻');
    expect(texts).toContain('2.04亿元');
    // The chart is scaled to fit inside the image's margins.
    const g = doc.querySelector('g[transform]')!.getAttribute('transform')!;
    const [, x, , scale] = /translate\(([\d.]+) ([\d.]+)\) scale\(([\d.]+)\)/.exec(g)!.map(Number);
    expect(x! + 560 * scale!).toBeLessThanOrEqual(1200 - 56 + 0.5);
  });

  it('wraps a long source line left of the site name, at most two lines, cut with …', () => {
    const source =
      'Source: “Striving to open a new chapter in XPCC trade union work in the new era” (奋力开创新时代兵团工会工作新局面), 2023-07-24, CPC News';
    const site = 'XPCC trade unions in figures';
    const svg = shareImageSvg({
      title: 't',
      source: source.repeat(2),
      site,
      chart: null,
      font: 'x',
    });
    const lines = linesOf(svg, 24);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    // The words as given, in order, only cut at the end.
    expect(source.repeat(2).replace(/\s+/g, ' ')).toContain(
      `${lines[0]} ${lines[1]!.slice(0, -1)}`.replace(/\s+/g, ' '),
    );
    // Each line ends before the site name begins (both measured at their font's half-em width).
    const siteLeft = 1200 - 56 - site.length * 11;
    const units = (l: string) =>
      [...l].reduce((n, c) => n + (/[\u3000-\u9fff\uff00-\uffef]/.test(c) ? 2 : 1), 0);
    for (const l of lines) expect(56 + units(l) * 12).toBeLessThan(siteLeft);
    // A short one stays one line.
    const one = shareImageSvg({
      title: 't',
      source: 'Source: a table',
      site,
      chart: null,
      font: 'x',
    });
    expect(one.match(/font-size="24"/g)).toHaveLength(1);
  });

  const titleLines = (title: string) =>
    linesOf(shareImageSvg({ title, source: 's', site: 'x', chart: null, font: 'x' }), 44);

  it('never starts a title line with closing punctuation nor ends one with an opening mark', () => {
    // 22 characters fill a line: the 23rd, 。, would start the second.
    const title = '奋力开创新时代兵团工会工作新局面兵团工会工作。新时代《工会》';
    const lines = titleLines(title);
    expect(lines.join('')).toBe(title);
    for (const l of lines) {
      expect(l).not.toMatch(/^[。，、：；）》”]/u);
      expect(l).not.toMatch(/[《（“]$/u);
    }
    expect(lines[1]).toMatch(/^工作。/u);
  });

  it('breaks a Chinese title between words, never inside one', () => {
    // By characters, the first line would take 22 and end inside 数据 (22 = 16 + ， + 兵团工会 + 数).
    const title = '奋力开创新时代兵团工会工作新局面，兵团工会数据仪表板';
    const lines = titleLines(title);
    expect(lines.join('')).toBe(title);
    expect(lines.length).toBe(2);
    expect(wordEnds(title)).toContain(lines[0]!.length);
    expect(lines[1]).toBe('数据仪表板');
  });

  it('breaks a Chinese source line between words too', () => {
    // Left of the site name there is room for 35 characters: by characters, 来源 would be split.
    const source = '跨来源追踪的工会工作指标：每个数值都注明来源、日期和机构（共 9 个来源）。';
    const svg = shareImageSvg({
      title: 't',
      source,
      site: '兵团工会数据仪表板',
      chart: null,
      font: 'x',
    });
    const lines = linesOf(svg, 24);
    expect(lines).toHaveLength(2);
    expect(lines.join('')).toBe(source);
    expect(wordEnds(source)).toContain(lines[0]!.length);
    expect(lines[1]).toMatch(/^来源/u);
  });

  it('cuts a title longer than two lines with …, the words kept in order', () => {
    const title = '奋力开创新时代兵团工会工作新局面。'.repeat(4);
    const lines = titleLines(title);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    expect(title.startsWith(lines[0]! + lines[1]!.slice(0, -1))).toBe(true);
  });

  it('wraps a long title to at most two lines', () => {
    expect(titleLines('A very long English title '.repeat(8))).toHaveLength(2);
  });
});

describe('sitemap and robots', () => {
  it('lists every page with its languages', () => {
    const xml = sitemapXml('https://example.org', [
      { path: '/', alternates: { 'zh-CN': '/', en: '/en/' } },
      { path: '/en/', alternates: { 'zh-CN': '/', en: '/en/' } },
    ]);
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    expect([...doc.getElementsByTagName('loc')].map((l) => l.textContent)).toEqual([
      'https://example.org/',
      'https://example.org/en/',
    ]);
    const alt = doc.getElementsByTagName('xhtml:link');
    expect(alt).toHaveLength(4);
    expect(alt[1]!.getAttribute('href')).toBe('https://example.org/en/');
  });

  it('robots.txt names the sitemap and keeps crawlers out of embeds', () => {
    const lines = robotsTxt('https://example.org').split('\n');
    expect(lines).toContain('Sitemap: https://example.org/sitemap.xml');
    expect(lines).toContain('Disallow: /embed/');
    expect(robotsTxt('')).not.toContain('Sitemap');
  });
});
