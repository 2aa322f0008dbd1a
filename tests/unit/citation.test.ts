/**
 * References and embed code as pure functions: table-driven, both languages' dashboard names,
 * and with parts missing (they must disappear with their punctuation).
 */
import { describe, expect, it } from 'vitest';
import { authorFromByline, formatCitation, type CitationInput } from '../../src/format/citation';
import { EMBED_MESSAGE, EMBED_SCRIPT, iframeCode } from '../../src/format/embed-code';
import { embedUrl, panelUrl } from '../../src/state/routes';

const URL_ARTICLE = 'http://acftu.people.com.cn/n1/2023/0724/c67502-40042110.html';
const VIEW = 'https://example.org/dash/?theme=hardship-aid,rights&lang=en#hardship-funds';

const input = (patch: Partial<CitationInput> = {}): CitationInput => ({
  author: authorFromByline({ zh: '本报记者 吴铎思', en: 'Wu Duosi, staff reporter' }),
  title: '奋力开创新时代兵团工会工作新局面',
  titleEn: 'Striving to open a new chapter in XPCC trade union work in the new era',
  republication: {
    site: { zh: '中国共产党新闻网', en: 'CPC News (people.com.cn)' },
    channel: { zh: '中国工会新闻', en: 'China Trade Union News' },
    date: '2023-07-24',
    url: URL_ARTICLE,
  },
  newspaper: { zh: '工人日报', en: 'Workers’ Daily' },
  dashboard: {
    title: '兵团工会数据仪表板',
    panelTitle: '帮扶资金',
    url: VIEW,
    publisher: 'example.org',
    year: '2026',
  },
  accessed: '2026-11-25',
  ...patch,
});

describe('formatCitation', () => {
  it('reads the author from the byline', () => {
    expect(authorFromByline({ zh: '本报记者 吴铎思', en: 'Wu Duosi, staff reporter' })).toEqual({
      zh: '吴铎思',
      family: 'Wu',
      given: 'Duosi',
    });
  });

  const TABLE: {
    name: string;
    input: CitationInput;
    style: 'gbt7714' | 'apa';
    expected: string;
  }[] = [
    {
      name: 'GB/T 7714, a panel: the newspaper as the source, the site as republisher',
      input: input(),
      style: 'gbt7714',
      expected: `[1] 吴铎思. 奋力开创新时代兵团工会工作新局面[N/OL]. 工人日报, 2023-07-24[2026-11-25]. 中国共产党新闻网·中国工会新闻转载. ${URL_ARTICLE}.\n[2] 兵团工会数据仪表板: 帮扶资金[DB/OL]. example.org, 2026[2026-11-25]. ${VIEW}.`,
    },
    {
      name: 'GB/T 7714, the whole dashboard, no newspaper, publisher or access date',
      input: input({
        accessed: '',
        newspaper: undefined,
        dashboard: { title: '兵团工会数据仪表板', panelTitle: '', url: 'https://example.org/' },
      }),
      style: 'gbt7714',
      expected: `[1] 吴铎思. 奋力开创新时代兵团工会工作新局面[N/OL]. 中国共产党新闻网·中国工会新闻, 2023-07-24. ${URL_ARTICLE}.\n[2] 兵团工会数据仪表板[DB/OL]. https://example.org/.`,
    },
    {
      name: 'APA, a panel in English: not numbered, the dashboard with year and publisher',
      input: input({
        dashboard: {
          title: 'XPCC trade unions in figures',
          panelTitle: 'Aid funds',
          url: VIEW,
          publisher: 'example.org',
          year: '2026',
        },
      }),
      style: 'apa',
      expected: `Wu, D. (2023, July 24). 奋力开创新时代兵团工会工作新局面 [Striving to open a new chapter in XPCC trade union work in the new era]. Workers’ Daily. Republished by CPC News (people.com.cn) · China Trade Union News. ${URL_ARTICLE}\n\nXPCC trade unions in figures. (2026). Aid funds [Data set]. example.org. Retrieved November 25, 2026, from ${VIEW}`,
    },
    {
      name: 'APA without author, translation, newspaper or year',
      input: input({
        author: { zh: '', family: '', given: '' },
        titleEn: '',
        newspaper: undefined,
        dashboard: { title: '兵团工会数据仪表板', panelTitle: '帮扶资金', url: VIEW },
      }),
      style: 'apa',
      expected: `(2023, July 24). 奋力开创新时代兵团工会工作新局面. CPC News (people.com.cn) · China Trade Union News. ${URL_ARTICLE}\n\n兵团工会数据仪表板. (n.d.). 帮扶资金 [Data set]. Retrieved November 25, 2026, from ${VIEW}`,
    },
    {
      name: 'GB/T 7714 without author',
      input: input({ author: { zh: '', family: '', given: '' } }),
      style: 'gbt7714',
      expected: `[1] 奋力开创新时代兵团工会工作新局面[N/OL]. 工人日报, 2023-07-24[2026-11-25]. 中国共产党新闻网·中国工会新闻转载. ${URL_ARTICLE}.\n[2] 兵团工会数据仪表板: 帮扶资金[DB/OL]. example.org, 2026[2026-11-25]. ${VIEW}.`,
    },
  ];

  it.each(TABLE)('$name', ({ input: i, style, expected }) => {
    expect(formatCitation(i, style)).toBe(expected);
  });

  it('BibTeX: an @online entry for the article and a @dataset for the view', () => {
    const bib = formatCitation(input(), 'bibtex', 'hardship-funds');
    expect(bib).toBe(
      [
        '@online{wu2023xpcc,',
        '  author = {Wu, Duosi},',
        '  title = {奋力开创新时代兵团工会工作新局面},',
        '  titleaddon = {[Striving to open a new chapter in XPCC trade union work in the new era]},',
        '  journaltitle = {工人日报},',
        '  organization = {中国共产党新闻网 · 中国工会新闻},',
        '  date = {2023-07-24},',
        `  url = {${URL_ARTICLE}},`,
        '  urldate = {2026-11-25},',
        '  langid = {chinese}',
        '}',
        '',
        '@dataset{xpccdashboard-hardship-funds,',
        '  author = {{兵团工会数据仪表板}},',
        '  title = {兵团工会数据仪表板: 帮扶资金},',
        '  publisher = {example.org},',
        '  year = {2026},',
        `  url = {${VIEW}},`,
        '  urldate = {2026-11-25},',
        '  related = {wu2023xpcc},',
        '  relatedtype = {origpubin}',
        '}',
      ].join('\n'),
    );
  });

  it('BibTeX: escapes LaTeX specials and drops empty fields', () => {
    const bib = formatCitation(
      input({
        titleEn: '',
        accessed: '',
        dashboard: { title: 'A & B_{x} 100%', panelTitle: '', url: VIEW },
      }),
      'bibtex',
    );
    expect(bib).toContain('title = {A \\& B\\_\\{x\\} 100\\%}');
    expect(bib).not.toMatch(/titleaddon|urldate|= \{\}/);
    expect(bib).toContain('@dataset{xpccdashboard,');
  });

  it.each(['gbt7714', 'apa', 'bibtex'] as const)(
    '%s: names byline, title, date, republication and both addresses',
    (style) => {
      const text = formatCitation(input(), style, 'hardship-funds');
      for (const part of ['2023', '奋力开创新时代兵团工会工作新局面', URL_ARTICLE, VIEW])
        expect(text).toContain(part);
      expect(text).toMatch(/吴铎思|Wu/);
      expect(text).toMatch(/中国共产党新闻网|CPC News/);
      expect(text).toMatch(/中国工会新闻|China Trade Union News/);
      expect(text).not.toMatch(/\. \.|\[\]|, ,|\(\)/);
    },
  );
});

describe('embed code', () => {
  it('keeps the view’s language and filters, drops hash, figure and view: embed/<panel-id>/', () => {
    expect(
      embedUrl(
        'https://example.org/?theme=rights&lang=en&scheme=dark&patterns=on&figure=x&view=source#p',
        'hardship-funds',
      ),
    ).toBe('https://example.org/en/embed/hardship-funds/?theme=rights&scheme=dark&patterns=on');
    // From a page in path form: its language and report stay in the path, the page becomes the embed.
    expect(
      embedUrl('https://example.org/en/reports/r2021/source/?figure=x&year=2018#p', 'p1'),
    ).toBe('https://example.org/en/reports/r2021/embed/p1/?year=2018');
  });

  it('carries the embedded panel’s own tab, never the tabs opened in other panels', () => {
    const view = 'https://example.org/?tab=hardship-funds:table,produce-sold:quotes&year=2018';
    expect(embedUrl(view, 'produce-sold')).toBe(
      'https://example.org/embed/produce-sold/?year=2018&tab=produce-sold:quotes',
    );
    expect(embedUrl(view, 'festival-visits-households')).toBe(
      'https://example.org/embed/festival-visits-households/?year=2018',
    );
    // A link to one panel (Copy link, Cite) likewise.
    expect(panelUrl(view, 'hardship-funds')).toBe(
      'https://example.org/?year=2018&tab=hardship-funds:table#hardship-funds',
    );
    expect(panelUrl(view, 'workers-visited')).toBe(
      'https://example.org/?year=2018#workers-visited',
    );
  });

  it('points at the embed page under the site’s base, from any of its pages', () => {
    expect(embedUrl('https://example.org/dash/index.html?lang=en', 'p1')).toBe(
      'https://example.org/dash/en/embed/p1/',
    );
    expect(embedUrl('https://example.org/dash/indicators/i1/', 'p1')).toBe(
      'https://example.org/dash/embed/p1/',
    );
    // An old embed.html link and an embed in path form: the same new embed.
    expect(embedUrl('https://example.org/dash/embed.html?embed=p0', 'p1')).toBe(
      'https://example.org/dash/embed/p1/',
    );
    expect(embedUrl('https://example.org/dash/embed/p0/', 'p1')).toBe(
      'https://example.org/dash/embed/p1/',
    );
    expect(panelUrl('https://example.org/dash/embed.html?embed=p1', 'p1')).toBe(
      'https://example.org/dash/#p1',
    );
    expect(panelUrl('https://example.org/embed.html?embed=p1&view=source&lang=en', 'p1')).toBe(
      'https://example.org/en/#p1',
    );
  });

  it('links an embed back to its panel in the full dashboard', () => {
    expect(panelUrl('https://example.org/en/embed/hardship-funds/', 'hardship-funds')).toBe(
      'https://example.org/en/#hardship-funds',
    );
    expect(panelUrl('https://example.org/?lang=en&embed=hardship-funds', 'hardship-funds')).toBe(
      'https://example.org/en/#hardship-funds',
    );
    expect(panelUrl('https://example.org/dash/reports/r2021/embed/p1/?year=2018', 'p1')).toBe(
      'https://example.org/dash/reports/r2021/?year=2018#p1',
    );
    // The back link opens the dashboard, not the article view or an indicator's page.
    expect(
      panelUrl('https://example.org/embed.html?embed=p1&view=source&indicator=i1&year=2018', 'p1'),
    ).toBe('https://example.org/?year=2018#p1');
    expect(panelUrl('https://example.org/?theme=a,b#x', null)).toBe(
      'https://example.org/?theme=a,b',
    );
  });

  it('writes an iframe of the embed’s address with escaped attributes', () => {
    const src = embedUrl('https://example.org/?lang=en&theme=a&year=2018', 'p1');
    expect(iframeCode(src, 'p1', 'Aid "funds" <2023>', 480.4, { script: false })).toBe(
      '<iframe src="https://example.org/en/embed/p1/?theme=a&amp;year=2018" title="Aid &quot;funds&quot; &lt;2023&gt;" width="100%" height="480" style="border:0;width:100%;max-width:100%" loading="lazy" data-xpcc-embed="p1"></iframe>',
    );
  });

  it('adds the optional resize script after the frame, checking the sender and its origin', () => {
    const [frame, script] = iframeCode('https://example.org/', 'p1', 'T', 400).split('\n');
    expect(frame).toMatch(/^<iframe /);
    expect(script).toBe(EMBED_SCRIPT);
    expect(script).toContain(EMBED_MESSAGE);
    expect(script).toContain('f.contentWindow===e.source');
    expect(script).toContain('new URL(f.src).origin===e.origin');
  });
});
