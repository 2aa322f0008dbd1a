/**
 * The indicator pages in a real browser, on whatever corpus the build holds: the indicator stated
 * most often has one table row per value, each row's sentence link opens that figure's sentence
 * in the source view, and at 320 px neither the year axis' labels overlap nor the page scrolls
 * sideways; axe finds no serious or critical violation on the page or the index.
 */
import AxeBuilder from '@axe-core/playwright';
import { PNG } from 'pngjs';
import { ENTITY_COLOURS } from '../../src/charts/indicator-chart.ts';
import { expect, needs, test } from './fixtures';
import { reports } from './data';
import { channels } from './colours.ts';

const values = reports.flatMap((r) =>
  r.figures.map((f) => ({
    report: r.meta.id,
    hasText: ((r.meta as { kind?: string }).kind ?? 'article') === 'article',
    f,
  })),
);
const dated = (kind: string) => kind !== 'recent' && kind !== 'unspecified';
// The indicator with the most dated values (it has a chart), then the most values.
const score = new Map<string, [number, number]>();
for (const { f } of values) {
  const [d, n] = score.get(f.indicator) ?? [0, 0];
  score.set(f.indicator, [d + (dated(f.period.kind) ? 1 : 0), n + 1]);
}
const [indicator, [, count]] = [...score].sort(
  (a, b) => b[1][0] - a[1][0] || b[1][1] - a[1][1] || (a[0] < b[0] ? -1 : 1),
)[0]!;
const counts = score;
const mine = values.filter((v) => v.f.indicator === indicator);

test(`?indicator=${indicator}: one row per value, each linked to its sentence`, async ({
  page,
}) => {
  await page.goto(`./?indicator=${indicator}`);
  const article = page.locator(`article[data-indicator="${indicator}"]`);
  const rows = article.locator('table tbody tr');
  await expect(rows).toHaveCount(count);
  // A value from a source whose text is kept links to its sentence (a cited one, to its figure).
  const first = mine.find((v) => v.hasText);
  needs(first, `no source whose text is kept states ${indicator}`);
  if (!first) return;
  const link = article.locator(
    // In path form (src/state/routes.ts): the report's source view (no segment for the default).
    `table a[href$="source/?figure=${first.f.id}"]`,
  );
  await expect(link.first()).toBeVisible();
  await link.first().click();
  await expect(page.locator(`mark[data-figure-id="${first.f.id}"]`)).toHaveAttribute(
    'aria-current',
    'true',
  );
});

test('the header leads to the index, and the index to each page', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('navigation').getByRole('link', { name: '指标' }).click();
  const index = page.getByRole('table', { name: '指标一览' });
  await expect(index.locator('tbody tr')).toHaveCount(counts.size);
  await index.locator(`tr[data-indicator="${indicator}"] th a`).click();
  await expect(page).toHaveURL(new RegExp(`/indicators/${indicator}/$`));
  await expect(page.locator(`article[data-indicator="${indicator}"]`)).toBeVisible();
});

for (const lang of ['zh', 'en'])
  test(`${lang}, 320 px: year labels never overlap and nothing scrolls sideways`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(`./?indicator=${indicator}&lang=${lang}`);
    // The chart is drawn in both schemes; the one the page shows.
    const ticks = page
      .locator('svg.indicator-chart')
      .filter({ visible: true })
      .locator('text.tick');
    await expect(ticks.first()).toBeVisible();
    const boxes = await ticks.evaluateAll((els) =>
      els.map((el) => el.getBoundingClientRect()).map((r) => ({ left: r.left, right: r.right })),
    );
    expect(boxes.length).toBeGreaterThanOrEqual(2);
    for (let i = 1; i < boxes.length; i++)
      expect(boxes[i]!.left).toBeGreaterThan(boxes[i - 1]!.right + 4);
    // The drawing shown was made for a phone's width, not a desktop's shrunk: its text stays at
    // about the size it was drawn at (the page drawn at build time holds both).
    const shrink = await page
      .locator('svg.indicator-chart')
      .filter({ visible: true })
      .evaluate((svg) => svg.getBoundingClientRect().width / Number(svg.getAttribute('width')));
    expect(shrink).toBeGreaterThan(0.85);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      320,
    );
    await page.goto(`./?view=indicators&lang=${lang}`);
    await expect(page.locator('table.indicator-index')).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      320,
    );
  });

for (const scheme of ['light', 'dark'])
  for (const query of [`indicator=${indicator}`, 'view=indicators'])
    test(`axe: ?${query}, ${scheme}`, async ({ page }) => {
      await page.goto(`./?${query}&scheme=${scheme}`);
      await expect(page.locator('.indicator-page, .indicators').first()).toBeVisible();
      const results = await new AxeBuilder({ page }).analyze();
      const bad = results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3)}`);
      expect(bad).toEqual([]);
    });

test('an indicator page’s share image shows its chart', async ({ page, request }) => {
  await page.goto(`/en/indicators/${indicator}/`);
  const image = await page.locator('meta[property="og:image"]').getAttribute('content');
  const png = PNG.sync.read(
    await (await request.get(new URL(image!, page.url()).toString())).body(),
  );
  expect([png.width, png.height]).toEqual([1200, 630]);
  // The chart's dots are drawn in the entities' colours; the title and source line are grey ink,
  // and the only other colour, the red bar along the top edge, is left out.
  const colours = ENTITY_COLOURS.light.map(channels);
  let dots = 0;
  for (let y = 12; y < png.height; y++)
    for (let x = 0; x < png.width; x++) {
      const at = (y * png.width + x) * 4;
      const px = [png.data[at]!, png.data[at + 1]!, png.data[at + 2]!];
      if (colours.some((c) => c.every((v, i) => Math.abs(v - px[i]!) <= 8))) dots++;
    }
  expect(dots).toBeGreaterThan(100);
});
