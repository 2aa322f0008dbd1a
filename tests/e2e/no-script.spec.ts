/**
 * A page read without its scripts, or before they run (issue 20): the system's dark scheme with
 * scripts off (the page, its drawn charts and the indicator chart), an explicit scheme winning
 * over the system's, print staying light, and the Table and Quotes tabs readable without the
 * app (shown after the chart without scripts; gone, with no hydration error, once it runs).
 */
import type { Locator, Page } from '@playwright/test';
import { panelFigures, panels, report, reports, UI, writtenNumber } from './data.ts';
import { expect, startApp, test } from './fixtures.ts';
import { channels } from './colours.ts';

test.use({ startApp: false });

const charted = panels.filter((p) => p.chart !== 'cards');

/** The mean of a CSS colour's red, green and blue (`rgb(…)` or `#rrggbb`), 0–255. */
function lightness(colour: string): number {
  const parts = channels(colour);
  expect(parts, colour).toHaveLength(3);
  return parts.reduce((a, b) => a + b, 0) / 3;
}

const squash = (text: string) => text.replace(/\s+/gu, '');

const background = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.body).backgroundColor);

/** The first text of the drawing a panel shows: its colour as drawn and as shown. */
async function drawnText(page: Page): Promise<{ drawn: string; shown: string }> {
  const text = page
    .locator('section[data-panel-id] .drawn svg')
    .filter({ visible: true })
    .first()
    .locator('text[fill]')
    .first();
  return text.evaluate((t) => ({
    drawn: t.getAttribute('fill')!,
    shown: getComputedStyle(t).fill,
  }));
}

/** The indicator chart the page shows (it is drawn once per scheme). */
const shownIndicatorChart = (page: Page): Locator =>
  page.locator('.indicator-chart-wrap svg.indicator-chart').filter({ visible: true });

async function firstIndicatorPath(page: Page, prefix = ''): Promise<string> {
  await page.goto(`${prefix}/indicators/`);
  const href = await page
    .locator('table.indicator-index tbody tr th a')
    .first()
    .getAttribute('href');
  return new URL(href!, page.url()).pathname;
}

test.describe('scripts off, on a dark system', () => {
  test.use({ javaScriptEnabled: false, colorScheme: 'dark' });

  for (const { path, width } of [
    { path: '/', width: 1366 },
    { path: '/', width: 320 },
    { path: '/en/', width: 1366 },
    { path: '/en/', width: 320 },
  ])
    test(`${path} at ${width} px is dark, its drawn charts in dark ink`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(path);
      expect(await page.locator('html').getAttribute('data-scheme')).toBeNull();
      expect(lightness(await background(page))).toBeLessThan(40);
      const { drawn, shown } = await drawnText(page);
      // Drawn dark on white, shown light on the dark page.
      expect(lightness(drawn)).toBeLessThan(128);
      expect(lightness(shown)).toBeGreaterThan(128);
    });

  test('printing is light, charts as drawn', async ({ page }) => {
    await page.goto('/');
    await page.emulateMedia({ media: 'print' });
    expect(lightness(await background(page))).toBe(255);
    const { drawn, shown } = await drawnText(page);
    expect(lightness(shown)).toBe(lightness(drawn));
  });

  test('the indicator chart is its dark drawing', async ({ page }) => {
    await page.goto(await firstIndicatorPath(page, '/en'));
    const chart = shownIndicatorChart(page);
    await expect(chart).toHaveCount(1);
    await expect(chart).toHaveClass(/\bis-dark\b/);
    const ink = await chart.locator('text[fill]').first().getAttribute('fill');
    expect(lightness(ink!)).toBeGreaterThan(lightness(await background(page)) + 100);
  });

  // Every report's dashboard in both languages (each panel's table and quotes are on the page
  // without scripts), an article view, the indicator index.
  const pages = [
    ...reports.flatMap(({ meta }) => {
      const at = meta.id === report.meta.id ? '' : `reports/${meta.id}/`;
      return [`/${at}`, `/en/${at}`];
    }),
    '/source/',
    '/en/indicators/',
  ];
  test('at 320 px no page scrolls sideways: wide tables scroll in their box', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    for (const path of pages) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      await expect(page.locator('#main'), path).toBeVisible();
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, path).toBeLessThanOrEqual(320);
    }
  });

  for (const width of [320, 1366])
    test(`at ${width} px the indicator chart shown is the drawing made for that width`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(await firstIndicatorPath(page));
      const chart = shownIndicatorChart(page);
      await expect(chart).toHaveCount(1);
      // Its text at about the size it was drawn at: a phone is not shown a desktop's drawing
      // shrunk, nor a desktop a phone's.
      const { shown, drawn, box } = await chart.evaluate((svg) => ({
        shown: svg.getBoundingClientRect().width,
        drawn: Number(svg.getAttribute('width')),
        box: svg.closest('.indicator-chart-box')!.getBoundingClientRect().width,
      }));
      expect(shown / drawn).toBeGreaterThan(0.85);
      expect(drawn).toBeGreaterThan(box / 2);
    });
});

test.describe('a chosen scheme wins over the system’s', () => {
  test('light chosen on a dark system: light page and drawings, before and after the app', async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    // Every scheme the document takes, frame by frame, from its first paint to the app's.
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { schemesSeen: string[] }).schemesSeen = seen;
      const look = () => {
        const scheme = document.documentElement?.getAttribute('data-scheme');
        if (scheme && seen.at(-1) !== scheme) seen.push(scheme);
        requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    });
    await page.goto('/?scheme=light');
    const html = page.locator('html');
    await expect(html).toHaveAttribute('data-scheme', 'light');
    expect(lightness(await background(page))).toBeGreaterThan(200);
    const before = await drawnText(page);
    expect(lightness(before.shown)).toBe(lightness(before.drawn));
    await startApp(page);
    expect(await html.getAttribute('data-hydration-error')).toBeNull();
    await expect(html).toHaveAttribute('data-scheme', 'light');
    // Never the system's dark for a frame while the app adopts the address (it flashed ~100 ms).
    await page.waitForTimeout(300);
    expect(
      await page.evaluate(() => (window as unknown as { schemesSeen: string[] }).schemesSeen),
    ).toEqual(['light']);
  });

  test('dark chosen on a light system: the indicator chart is dark before the app runs and after', async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    const path = await firstIndicatorPath(page);
    await page.goto(`${path}?scheme=dark`);
    const html = page.locator('html');
    await expect(html).toHaveAttribute('data-scheme', 'dark');
    await expect(shownIndicatorChart(page)).toHaveClass(/\bis-dark\b/);
    await startApp(page);
    expect(await html.getAttribute('data-hydration-error')).toBeNull();
    await expect(shownIndicatorChart(page)).toHaveCount(1);
    await expect(shownIndicatorChart(page)).toHaveClass(/\bis-dark\b/);
  });
});

test.describe('the Table and Quotes tabs', () => {
  const panel = charted[0]!;
  const rows = panelFigures(panel);

  test('without scripts: after the chart, under their names, every value as written', async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    try {
      await page.goto('/');
      const section = page.locator(`section[data-panel-id="${panel.id}"]`);
      await expect(section.locator('.drawn svg').filter({ visible: true })).toHaveCount(1);
      await expect(
        section.getByRole('heading', { name: UI.zh.tabTable, exact: true }),
      ).toBeVisible();
      await expect(
        section.getByRole('heading', { name: UI.zh.tabQuotes, exact: true }),
      ).toBeVisible();
      const table = section.getByRole('table');
      await expect(table).toBeVisible();
      await expect(table.locator('tbody tr')).toHaveCount(rows.length);
      for (const f of rows) {
        const row = table.locator(`tbody tr[data-figure-id="${f.id}"]`);
        await expect(row.locator('td').first()).toContainText(writtenNumber(f));
        // The quote as the article writes it (the data may space a number off its words).
        if (f.quote) {
          const shown = await section
            .locator(`.quote-list li[data-figure-id="${f.id}"] blockquote`)
            .textContent();
          expect(squash(shown ?? '')).toContain(squash(f.quote));
        }
      }
      // They print with the page, and so does the chart.
      await page.emulateMedia({ media: 'print' });
      await expect(section.locator('.drawn-wide svg')).toBeVisible();
      await expect(table).toBeVisible();
    } finally {
      await context.close();
    }
  });

  test('with scripts: hidden before the app runs, gone once it has, the page hydrated as drawn', async ({
    page,
  }) => {
    await page.goto('/en/');
    const section = page.locator(`section[data-panel-id="${panel.id}"]`);
    await expect(section.locator('.panel-static')).toHaveCount(1);
    await expect(section.locator('.panel-static')).toBeHidden();
    await expect(section.getByRole('table')).toHaveCount(0);
    await startApp(page);
    const html = page.locator('html');
    await expect(html).toHaveAttribute('data-app', 'hydrated');
    expect(await html.getAttribute('data-hydration-error')).toBeNull();
    await expect(page.locator('.panel-static')).toHaveCount(0);
    await expect(section.getByRole('tab', { name: UI.en.tabChart, exact: true })).toHaveAttribute(
      'aria-selected',
      'true',
    );
  });
});
