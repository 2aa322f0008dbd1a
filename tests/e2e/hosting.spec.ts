/**
 * The page as served (vite preview with scripts/hosting.ts): never blank, a real 404 for unknown
 * paths, one frameable embed page, and a CSP without 'unsafe-inline' that nothing violates, not
 * even printing (which draws every chart as SVG).
 */
import type { Page } from '@playwright/test';
import { chartsSettled, expect, gotoDashboard, liveChart, test } from './fixtures.ts';

test.describe('when its scripts cannot load', () => {
  test.use({ expectedNoise: [/\/assets\/main-[\w-]+\.js/], startApp: false });

  test('the page still shows its report, key figures and every chart, drawn', async ({ page }) => {
    await page.route('**/assets/main-*.js', (route) => route.abort('connectionreset'));
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('《');
    await expect(page.locator('.headline-card').first()).toBeVisible();
    const drawn = page.locator('section[data-panel-id] .drawn-wide svg');
    expect(await drawn.count()).toBeGreaterThan(0);
    await expect(drawn.first()).toBeVisible();
    // The reader moves; nothing can start, and nothing is lost.
    await page.mouse.move(200, 300);
    await page.keyboard.press('Tab');
    await expect(drawn.first()).toBeVisible();
    expect(await page.locator('html').getAttribute('data-app')).toBeNull();
    await page.unroute('**/assets/main-*.js');
    await page.reload();
    await page.keyboard.press('Shift');
    await expect(page.locator('html')).toHaveAttribute('data-app', 'hydrated');
  });
});

test.describe('unknown and trailing paths', () => {
  test.use({
    // One pattern: a two-element array would read as Playwright's [value, options] form.
    expectedNoise: [/HTTP 404: .*\/(index\.html\/|foo\/|nope\/deep\/path)$|404 \(Not Found\)/],
  });

  for (const path of ['index.html/', 'foo/', 'nope/deep/path']) {
    test(`/${path} is a 404 page with a link home`, async ({ page }) => {
      const response = await page.goto(`./${path}`);
      expect(response!.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(
        '找不到此页 · Page not found',
      );
      await page.getByRole('link', { name: '返回仪表板首页' }).click();
      await expect(page.locator('section[data-panel-id]').first()).toBeAttached();
    });
  }
});

test.describe('printing', () => {
  test.use({ startApp: false });
  const watchCsp = async (page: Page) =>
    page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (e) => seen.push(e.violatedDirective));
    });
  const violations = (page: Page) =>
    page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

  test('before the app runs, every chart prints as drawn, with no CSP violation', async ({
    page,
  }) => {
    await watchCsp(page);
    await page.goto('./');
    const charts = await page.locator('section[data-panel-id] .chart-drawn').count();
    expect(charts).toBeGreaterThan(0);
    await page.emulateMedia({ media: 'print' });
    // Each drawing's wide, light copy prints; no live chart is needed for it.
    const printed = page.locator('section[data-panel-id] .drawn-wide svg');
    await expect(printed).toHaveCount(charts);
    for (const svg of await printed.all()) await expect(svg).toBeVisible();
    await page.pdf({ format: 'A4' });
    expect(await page.locator('html').getAttribute('data-app')).toBeNull();
    expect(await violations(page)).toEqual([]);
  });

  test('a live chart prints from its own drawing, styled through CSSOM, no CSP violation', async ({
    page,
  }) => {
    await watchCsp(page);
    await gotoDashboard(page);
    await page.keyboard.press('Shift');
    await expect(page.locator('html')).toHaveAttribute('data-app', /./);
    // A drawn panel, by its id (once live it has no drawing, so `:has(.chart-drawn)` would move on).
    const id = await page
      .locator('section[data-panel-id]:has(.chart-drawn)')
      .first()
      .getAttribute('data-panel-id');
    const section = page.locator(`section[data-panel-id="${id}"]`);
    await liveChart(section);
    await chartsSettled(page);
    // What Chrome does when it prints (page.pdf fires beforeprint), then look at the drawn page.
    await page.pdf({ format: 'A4' });
    const svg = section.locator('.print-chart svg');
    await expect(svg).toHaveCount(1);
    const font = await svg
      .locator('text')
      .first()
      .evaluate((t) => (t as SVGElement).style.fontSize || (t as SVGElement).style.font);
    expect(font).not.toBe('');
    // The live chart's page keeps every other drawing for print.
    await page.emulateMedia({ media: 'print' });
    await page.waitForTimeout(300);
    await expect(svg).toHaveCount(1);
    expect(await violations(page)).toEqual([]);
  });
});

test('embed.html shows one panel or nothing, never the full dashboard', async ({ page }) => {
  await page.goto('./embed.html?embed=hardship-funds&lang=en');
  await expect(page.locator('section[data-panel-id]')).toHaveCount(1);
  await expect(page.locator('.site-header')).toHaveCount(0);
  await page.goto('./embed.html?lang=en');
  await expect(page.locator('main.embed-view')).toBeVisible();
  await expect(page.locator('section[data-panel-id], .site-header')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Open the full dashboard' })).toBeVisible();
});
