/**
 * The page as served (vite preview with scripts/hosting.ts): never blank, a real 404 for unknown
 * paths, one frameable embed page, and a CSP without 'unsafe-inline' that nothing violates, not
 * even printing (which draws every chart as SVG).
 */
import { chartsSettled, expect, gotoDashboard, test } from './fixtures.ts';

test.describe('when its scripts cannot load', () => {
  test.use({ expectedNoise: [/\/assets\/main-[\w-]+\.js/] });

  test('the page shows the report and a reload link, not a blank page', async ({ page }) => {
    await page.route('**/assets/main-*.js', (route) => route.abort('connectionreset'));
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('《');
    await expect(page.locator('#root')).toContainText('脚本未能加载');
    await expect(page.locator('#root')).toContainText('its scripts could not load');
    await expect(page.getByRole('link', { name: '重新加载' })).toBeVisible();
    await page.unroute('**/assets/main-*.js');
    await page.getByRole('link', { name: '重新加载' }).click();
    await expect(page.locator('section[data-panel-id]').first()).toBeAttached();
    await expect(page.locator('#root')).not.toContainText('脚本未能加载');
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

test('printing draws every chart with no CSP violation', async ({ page }) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(e.violatedDirective));
  });
  await gotoDashboard(page);
  // The print drawings come with ECharts' chunk (echart.tsx): printing before the first chart
  // has loaded draws none (issue 20's pre-rendered charts remove that wait).
  await expect(page.locator('.echart canvas').first()).toBeAttached();
  await chartsSettled(page);
  const charts = await page.locator('.print-chart').count();
  expect(charts).toBeGreaterThan(0);
  // What Chrome does when it prints (page.pdf fires beforeprint), then look at the drawn page.
  await page.pdf({ format: 'A4' });
  await expect(page.locator('.print-chart svg')).toHaveCount(charts);
  // The SVG's styles are there (through CSSOM), not as inline style attributes.
  const styled = await page
    .locator('.print-chart svg text')
    .first()
    .evaluate((t) => ({
      attr: t.getAttribute('style'),
      font: (t as SVGElement).style.fontSize || (t as SVGElement).style.font,
    }));
  expect(styled.font).not.toBe('');
  expect(
    await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
  ).toEqual([]);
});

test('the print media query alone leaves every chart drawn (no clearing re-render)', async ({
  page,
}) => {
  await gotoDashboard(page);
  await chartsSettled(page);
  const charts = await page.locator('.print-chart').count();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.print-chart svg')).toHaveCount(charts);
  // Still there once the re-render the media change causes has run.
  await page.waitForTimeout(500);
  await expect(page.locator('.print-chart svg')).toHaveCount(charts);
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
