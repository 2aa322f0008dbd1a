/**
 * The share images' font (scripts/font-subset.ts) on the system's CJK collection, the one the
 * build draws with (fonts-noto-cjk, which .ci/run installs): the face is found by its family, and
 * a share image drawn with the cut font has exactly the pixels of one drawn with the whole
 * collection. Without the collection these tests fail in CI and are skipped elsewhere, saying why.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { cutFonts, faceIndex } from '../../scripts/font-subset';
import { shareChartOf, shareImageSvg } from '../../scripts/prerender-html';
import { drawChart } from '../../src/prerender/draw-chart';
import { figureRow } from '../unit/figure-row';
import { UNITS } from '../fixtures/units';

const COLLECTION = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
const FAMILY = 'Noto Sans CJK SC';
const present = existsSync(COLLECTION);
if (!present && process.env.CI) throw new Error(`${COLLECTION} is missing: install fonts-noto-cjk`);

const dir = mkdtempSync(join(tmpdir(), 'font-subset-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const draw = (svg: string, font: string) =>
  new Resvg(svg, {
    fitTo: { mode: 'width', value: 1200 },
    font: { fontFiles: [font], loadSystemFonts: false, defaultFontFamily: FAMILY },
  })
    .render()
    .pixels.toString('base64');

/** A share image as the build makes it: Chinese and Latin text, quotes, ¥, and a drawn chart. */
function shareImage(): string {
  const rows = [
    figureRow('a', '帮扶资金', 24_120_000, '2412万元'),
    figureRow('b', '救助 & <慰问>', 120_000_000, '1.2亿余元', { moreThan: true }),
  ];
  const drawn = drawChart({
    kind: 'bar',
    rows,
    options: {
      lang: 'zh',
      patterns: false,
      description: '帮扶资金',
      words: { viewInArticle: '在原文中查看' },
      units: UNITS,
    },
    ariaLabel: '帮扶资金',
  });
  return shareImageSvg({
    title: '《奋力开创新时代兵团工会工作新局面》 · 数据仪表板',
    source: '数据来源：“中国工会新闻” ¥24.12 million, 2023-07-24',
    site: '兵团工会数据仪表板',
    chart: shareChartOf('', [drawn]),
    font: `'${FAMILY}', sans-serif`,
  });
}

describe.skipIf(!present)(`the share images' font (needs ${COLLECTION})`, () => {
  it('finds the face by its family in the collection, and 0 in a single font', async () => {
    const font = readFileSync(COLLECTION);
    const index = faceIndex(font, FAMILY);
    expect(index).toBeGreaterThanOrEqual(0);
    expect(faceIndex(font, 'No Such Family')).toBe(-1);
    const [cut] = await cutFonts({ files: [COLLECTION], family: FAMILY, text: '工会', dir });
    expect(faceIndex(readFileSync(cut!), FAMILY)).toBe(0);
  });

  it('draws a share image with exactly the pixels of the whole collection, from a font a tiny part of its size', async () => {
    const svg = shareImage();
    const [cut] = await cutFonts({ files: [COLLECTION], family: FAMILY, text: svg, dir });
    expect(cut).not.toBe(COLLECTION);
    expect(statSync(cut!).size * 20).toBeLessThan(statSync(COLLECTION).size);
    expect(draw(svg, cut!)).toBe(draw(svg, COLLECTION));
  });

  it('draws a character it was not cut for wrongly (so the build cuts for every image’s text)', async () => {
    const [cut] = await cutFonts({ files: [COLLECTION], family: FAMILY, text: '工', dir });
    const svg = (text: string) =>
      `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="60"><text x="10" y="40" font-size="32" font-family="'${FAMILY}'">${text}</text></svg>`;
    expect(draw(svg('工'), cut!)).toBe(draw(svg('工'), COLLECTION));
    expect(draw(svg('会'), cut!)).not.toBe(draw(svg('会'), COLLECTION));
  });

  it('uses a file without the family whole', async () => {
    const [file] = await cutFonts({
      files: [COLLECTION],
      family: 'No Such Family',
      text: 'x',
      dir,
    });
    expect(file).toBe(COLLECTION);
  });
});
