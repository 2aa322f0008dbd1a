/**
 * Per-panel exports: `导出 PNG` / `导出 SVG` / `导出 CSV` (en `Export …`), each named
 * `<stem>-<panel-id>-<lang>.<ext>` where the stem is the report's `fileStem` (else its id).
 * - PNG `<stem>-<panel-id>-<lang>.png`, decoded with pngjs: exactly 2× the fixed export width (1200 CSS
 *   px, whatever the screen) and not blank (> 2 distinct colours).
 * - SVG `<stem>-<panel-id>-<lang>.svg`: well-formed XML (parsed by the browser's DOMParser, no
 *   <parsererror>), an <svg> root, with the panel title in its <text> elements.
 *   (export-frame.spec.ts checks every panel's layout in both languages and at two widths.)
 * - CSV `<stem>-<panel-id>-<lang>.csv`: UTF-8 with BOM; a header naming the value as written, the
 *   normalised value, unit, qualifier, period, organisation and quote; one row per figure.
 *
 * The chart element is the panel's first `role="img"` element (the chart container); a panel
 * without one (cards) is measured by its visible tab panel instead.
 */
import { PNG } from 'pngjs';
import {
  UI,
  LANGS,
  corpusStem,
  fileStem,
  panelFigures,
  reports,
  panels,
  samplePanels,
  squash,
  writtenNumber,
  type Lang,
  type PanelData,
} from './data.ts';
import {
  chartsSettled,
  download,
  panelAction,
  expect,
  gotoDashboard,
  numberIn,
  panelSection,
  parseCsv,
  test,
} from './fixtures.ts';
import type { Locator, Page } from '@playwright/test';

/** Header concepts, each matched by English or Chinese wording in some header cell. */
const CSV_COLUMNS: Record<string, RegExp> = {
  'value as written':
    /written|as in (the )?article|原文数值|原始数值|原文写法|写法|原值|数值（原文）/i,
  'normalised value': /normali[sz]ed|standardi[sz]ed|base value|标准化|归一|换算|折算/i,
  unit: /unit|单位/i,
  qualifier: /qualifier|限定|修饰|约数|精确/i,
  period: /period|时期|时间|期间|时段/i,
  organisation: /organi[sz]ation|机构|组织|主体/i,
  quote: /quote|quotation|引文|引语|摘录|原文句|^\s*原文\s*$/i,
};

async function openPanel(page: Page, panel: PanelData, lang: Lang): Promise<Locator> {
  await gotoDashboard(page, lang === 'zh' ? {} : { lang });
  const section = panelSection(page, panel.id);
  await section.scrollIntoViewIfNeeded();
  await chartsSettled(page);
  return section;
}

/** Exports are laid out at a fixed width (CSS px), not the on-screen one. */
const EXPORT_WIDTH = 1200;

function expectPng(bytes: Buffer, cssWidth: number, what: string): void {
  const png = PNG.sync.read(bytes);
  expect(png.width, `${what}: PNG width ${png.width} = 2 × export width ${cssWidth}`).toBe(
    2 * cssWidth,
  );
  expect(png.height, `${what}: PNG height`).toBeGreaterThan(0);
  const colours = new Set<number>();
  const data = png.data;
  for (let i = 0; i < data.length && colours.size <= 2; i += 4) colours.add(data.readUInt32BE(i));
  expect(colours.size, `${what}: PNG is not blank (distinct colours)`).toBeGreaterThan(2);
}

function expectCsv(bytes: Buffer, panel: PanelData, lang: Lang): void {
  expect([...bytes.subarray(0, 3)], 'CSV starts with a UTF-8 BOM').toEqual([0xef, 0xbb, 0xbf]);
  const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(3));
  const rows = parseCsv(text);
  const [header, ...body] = rows;
  expect(header, 'CSV header row').toBeDefined();
  for (const [concept, re] of Object.entries(CSV_COLUMNS)) {
    expect(
      header!.some((cell) => re.test(cell)),
      `CSV header has a "${concept}" column: ${header!.join(' | ')}`,
    ).toBe(true);
  }
  const figures = panelFigures(panel);
  expect(body, `one CSV row per figure of ${panel.id}`).toHaveLength(figures.length);
  for (const f of figures) {
    const row = body.find((cells) => cells.some((cell) => squash(cell) === squash(f.quote)));
    expect(row, `CSV row quoting 「${f.quote}」`).toBeDefined();
    const cells = row!;
    expect(
      cells.some((cell) => numberIn(cell) === f.base.value),
      `${f.id}: normalised value ${f.base.value} in ${cells.join(' | ')}`,
    ).toBe(true);
    expect(
      cells.some((cell) => squash(cell).includes(writtenNumber(f))),
      `${f.id}: value as written ${writtenNumber(f)}`,
    ).toBe(true);
    expect(
      cells.some((cell) => cell.includes(f.unit)),
      `${f.id}: unit ${f.unit}`,
    ).toBe(true);
    expect(
      cells.some((cell) =>
        [f.organisation[lang], f.organisation.zh, f.organisation.en].includes(cell.trim()),
      ),
      `${f.id}: organisation`,
    ).toBe(true);
  }
}

for (const lang of LANGS) {
  for (const panel of samplePanels) {
    test(`${lang}: ${panel.id} (${panel.chart}) exports PNG, SVG and CSV`, async ({ page }) => {
      const section = await openPanel(page, panel, lang);
      const cssWidth = EXPORT_WIDTH;

      const png = await download(page, await panelAction(section, UI[lang].exportPng));
      expect(png.name).toBe(`${fileStem}-${panel.id}-${lang}.png`);
      expectPng(png.bytes, cssWidth, png.name);

      const svg = await download(page, await panelAction(section, UI[lang].exportSvg));
      expect(svg.name).toBe(`${fileStem}-${panel.id}-${lang}.svg`);
      const svgText = svg.bytes
        .toString('utf8')
        .replace(/^\uFEFF/, '')
        .trimStart();
      // Parsed on a blank page of its own: markup parsed under the dashboard's CSP has its style
      // attributes refused (and reported), which says nothing about the file.
      const sheet = await page.context().newPage();
      const parsed = await sheet.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
        return {
          error: doc.getElementsByTagName('parsererror')[0]?.textContent ?? null,
          root: doc.documentElement.localName,
          texts: [...doc.getElementsByTagName('text')].map((t) => t.textContent ?? ''),
        };
      }, svgText);
      expect(parsed.error, `${svg.name} parses as XML`).toBeNull();
      expect(parsed.root).toBe('svg');
      expect(squash(parsed.texts.join('')), `${svg.name} shows the panel title`).toContain(
        squash(panel.title[lang]),
      );

      const csv = await download(page, await panelAction(section, UI[lang].exportCsv));
      expect(csv.name).toBe(`${fileStem}-${panel.id}-${lang}.csv`);
      expectCsv(csv.bytes, panel, lang);
    });
  }
}

test('zh: every panel exports a CSV with one row per figure', async ({ page }) => {
  test.slow(); // one download per panel
  await gotoDashboard(page);
  for (const panel of panels) {
    const section = panelSection(page, panel.id);
    await section.scrollIntoViewIfNeeded();
    const csv = await download(page, await panelAction(section, UI.zh.exportCsv));
    expect(csv.name).toBe(`${fileStem}-${panel.id}-zh.csv`);
    expectCsv(csv.bytes, panel, 'zh');
  }
});

test('the footer downloads every report, named by the data', async ({ page }) => {
  await gotoDashboard(page);
  const json = await download(
    page,
    page.getByRole('button', { name: '下载全部数据（JSON）', exact: true }),
  );
  expect(json.name).toBe(`${corpusStem}-figures-zh.json`);
  const parsed = JSON.parse(json.bytes.toString('utf8')) as { reports: { id: string }[] };
  expect(parsed.reports.map((r) => r.id).sort()).toEqual(reports.map((r) => r.meta.id).sort());

  const csv = await download(
    page,
    page.getByRole('button', { name: '下载全部数据（CSV）', exact: true }),
  );
  expect(csv.name).toBe(`${corpusStem}-figures-zh.csv`);
  const rows = parseCsv(csv.bytes.toString('utf8').replace(/^\uFEFF/, ''));
  expect(rows.length - 1).toBe(reports.reduce((n, r) => n + r.figures.length, 0));
});
