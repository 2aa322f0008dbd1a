/**
 * Every page arrives drawn (issue 20): the pre-rendered HTML with JavaScript off, the hydration
 * that follows the reader's first move, the upgrade of a drawing to the live chart, the colour
 * scheme before any app code, and what the build writes beside the pages (share images, robots,
 * sitemap).
 */
import { PNG } from 'pngjs';
import { panels, UI } from './data.ts';
import { expect, test } from './fixtures.ts';
import { channels } from './colours.ts';

test.use({ startApp: false });

const charted = panels.filter((p) => p.chart !== 'cards');

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  const pages = [
    { path: '/', lang: 'zh-CN', sees: 'section[data-panel-id] .drawn-wide svg' },
    { path: '/en/', lang: 'en', sees: 'section[data-panel-id] .drawn-wide svg' },
    { path: '/source/', lang: 'zh-CN', sees: 'mark[data-figure-id]' },
    { path: '/en/indicators/', lang: 'en', sees: 'table.indicator-index tbody tr' },
    { path: `/embed/${charted[0]!.id}/`, lang: 'zh-CN', sees: '.drawn-wide svg' },
  ];
  for (const { path, lang, sees } of pages)
    test(`${path} shows its content, drawn, in its language`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response!.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator(sees).first()).toBeVisible();
      // Nothing the app would have to fill in is left waiting.
      expect(await page.locator('.chart-loading, .boot').count()).toBe(0);
    });

  test('the dashboard shows every panel, and each chart of the data as a drawing', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.locator('section[data-panel-id]')).toHaveCount(panels.length);
    for (const panel of charted) {
      const section = page.locator(`section[data-panel-id="${panel.id}"]`);
      const img = section.getByRole('img');
      await expect(img, panel.id).toHaveCount(1);
      expect(await img.getAttribute('aria-label')).toContain(panel.title.zh);
      await expect(section.locator('.drawn-wide svg')).toBeVisible();
    }
    // Controls that need the app are not offered.
    await expect(page.locator('.filter-bar')).toBeHidden();
    await expect(page.locator('.panel-bar .tabs').first()).toBeHidden();
    // The page names its other language and its own address.
    const alternate = await page.locator('link[hreflang="en"]').getAttribute('href');
    expect(new URL(alternate!, page.url()).pathname).toBe('/en/');
    expect(await page.locator('meta[property="og:image"]').getAttribute('content')).toMatch(
      /og\/index\.png$/,
    );
  });
});

test('hydration keeps the page as drawn; a panel the reader comes to goes live', async ({
  page,
}) => {
  await page.goto('/');
  const drawings = await page.locator('.chart-drawn').count();
  expect(drawings).toBeGreaterThan(0);
  const html = page.locator('html');
  expect(await html.getAttribute('data-app')).toBeNull();
  // No app code yet beyond the boot script: no canvas, no React root.
  expect(await page.locator('canvas').count()).toBe(0);
  await page.keyboard.press('Shift');
  await expect(html).toHaveAttribute('data-app', 'hydrated');
  expect(await html.getAttribute('data-hydration-error')).toBeNull();
  await expect(page.locator('.chart-drawn')).toHaveCount(drawings);
  expect(await page.locator('canvas').count()).toBe(0);

  // A drawn panel, by its id (once live it has no drawing, so `:has(.chart-drawn)` would move on).
  const id = await page
    .locator('section[data-panel-id]:has(.chart-drawn)')
    .first()
    .getAttribute('data-panel-id');
  const section = page.locator(`section[data-panel-id="${id}"]`);
  await section.locator('.panel-head').hover();
  await expect(section.locator('.panel-body canvas').first()).toBeAttached();
  await expect(section.locator('.chart-drawn')).toHaveCount(0);
  // The others stay drawn until the reader comes to them.
  await expect(page.locator('.chart-drawn')).toHaveCount(drawings - 1);
});

test('a tab clicked before the app has run opens once it has', async ({ page }) => {
  await page.goto('/');
  const section = page.locator('section[data-panel-id]').first();
  await section.getByRole('tab', { name: UI.zh.tabTable, exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('data-app', 'hydrated');
  await expect(section.getByRole('tab', { name: UI.zh.tabTable, exact: true })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(section.getByRole('table')).toBeVisible();
});

test('a filtered link opens the drawn page, then the app shows the filter', async ({ page }) => {
  const theme = panels.find((p) => p.chart !== 'cards')!.theme;
  await page.goto(`/?theme=${theme}`);
  // The address asks for a view other than the drawn one: the app starts at once.
  await expect(page.locator('html')).toHaveAttribute('data-app', 'hydrated');
  expect(await page.locator('html').getAttribute('data-hydration-error')).toBeNull();
  const shown = panels.filter((p) => p.theme === theme);
  await expect(page.locator('section[data-panel-id]')).toHaveCount(shown.length);
});

test('a dark system gets the dark scheme before any app code, drawings included', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-scheme', 'dark');
  expect(await page.locator('html').getAttribute('data-app')).toBeNull();
  // A drawing's text is light on the dark page: the stylesheet recolours what was drawn light.
  const text = page.locator('section[data-panel-id] .drawn-wide svg text[fill]').first();
  const [drawn, shown] = await text.evaluate((t) => [
    t.getAttribute('fill'),
    getComputedStyle(t).fill,
  ]);
  expect(shown).not.toBe('');
  const lum = (c: string) => channels(c).reduce((a, b) => a + b, 0) / 3;
  expect(lum(shown)).toBeGreaterThan(lum(drawn!));
});

test('the build writes a share image per page, robots.txt and a sitemap', async ({
  page,
  request,
}) => {
  await page.goto('/en/');
  const image = await page.locator('meta[property="og:image"]').getAttribute('content');
  const png = await request.get(new URL(image!, page.url()).toString());
  expect(png.status()).toBe(200);
  const decoded = PNG.sync.read(await png.body());
  expect([decoded.width, decoded.height]).toEqual([1200, 630]);
  // Not a blank image: the title, the chart and the source line are drawn in dark ink on white.
  let ink = 0;
  for (let i = 0; i < decoded.data.length; i += 4) if (decoded.data[i]! < 128) ink++;
  expect(ink).toBeGreaterThan(5000);

  const robots = await request.get('/robots.txt');
  expect(robots.headers()['content-type']).toMatch(/text\/plain/);
  expect(await robots.text()).toMatch(/^User-agent: \*/m);

  const sitemap = await (await request.get('/sitemap.xml')).text();
  const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
  expect(locs).toContain('/');
  expect(locs).toContain('/en/');
  expect(locs).toContain('/source/');
  expect(locs.some((l) => l.includes('/embed/'))).toBe(false);
});

test('a theme ticked before the app has run stays ticked and filters', async ({ page }) => {
  await page.goto('/');
  const theme = panels[0]!.theme;
  const box = page
    .getByRole('group', { name: UI.zh.themeGroup, exact: true })
    .getByRole('checkbox')
    .first();
  await box.click();
  await expect(page.locator('html')).toHaveAttribute('data-app', 'hydrated');
  await expect(box).toBeChecked();
  await expect.poll(() => new URL(page.url()).searchParams.get('theme')).toBe(theme);
});
