/**
 * Embeds as a host page meets them (issue 17):
 * - the code's fallback `height` fits the panel (nothing cut) in a column 320, 480 and 800 px wide,
 *   in both languages, without the optional script;
 * - with the script, the frame takes its content's height through the postMessage protocol;
 * - “View in article” inside an embed opens the dashboard's source view in the top window.
 */
import type { Page } from '@playwright/test';
import { panels } from './data.ts';
import { expect, gotoDashboard, panelAction, panelSection, test } from './fixtures.ts';

/** The panels most likely to be cut: the cards panel with most cards, and the tallest bar list. */
const byFigures = (kind: string) =>
  panels.filter((p) => p.chart === kind).sort((a, b) => b.figures.length - a.figures.length)[0]!;
const tallCards = byFigures('cards');
const tallBars = byFigures('bar');

async function embedCode(page: Page, panelId: string, lang: 'zh' | 'en'): Promise<string> {
  await gotoDashboard(page, { lang });
  await (await panelAction(panelSection(page, panelId), lang === 'en' ? 'Embed' : '嵌入')).click();
  const dialog = page.getByRole('dialog');
  // The fallback height is measured in a hidden 320 px frame; wait for it.
  await expect(dialog.locator('[data-embed-height="measured"]')).toBeAttached();
  return dialog.getByRole('textbox').inputValue();
}

/**
 * Shows `html` as a host page: an address of the dashboard's origin that Playwright answers itself,
 * so the page has none of the dashboard's headers or scripts (Chromium's local-network checks
 * block a frame of localhost inside a page Playwright serves from any other origin).
 */
async function hostPage(page: Page, html: string): Promise<void> {
  const url = new URL('/__embed-host', page.url()).toString();
  await page.unrouteAll();
  await page.route(url, (route) =>
    route.fulfill({ contentType: 'text/html', body: `<!doctype html>${html}` }),
  );
  await page.goto(url);
}

/** A host page: the code in a column `width` px wide. Returns the frame's and its content's height. */
async function host(page: Page, code: string, width: number) {
  await page.setViewportSize({ width: width + 40, height: 900 });
  await hostPage(
    page,
    `<body style="margin:0;padding:20px"><div style="width:${width}px">${code}</div></body>`,
  );
  const iframe = page.locator('iframe');
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('section[data-panel-id]')).toBeVisible();
  await expect(frame.locator('.embed-source')).toBeVisible();
  // The framed page loaded (a lazy frame does not hold the host's load event) and laid out: its
  // content's height read until two reads 100 ms apart agree, so a layout still under way (which
  // once read 2328 px where the settled page is about 1000) is not taken for the page's.
  await frame
    .locator('html')
    .evaluate(() =>
      document.readyState === 'complete'
        ? undefined
        : new Promise<void>((done) => addEventListener('load', () => done(), { once: true })),
    );
  const measure = () =>
    frame.locator('#main').evaluate((m) => Math.ceil(m.getBoundingClientRect().bottom));
  let content = -1;
  await expect
    .poll(
      async () => {
        const now = await measure();
        const settled = now === content;
        content = now;
        return settled;
      },
      { intervals: [100] },
    )
    .toBe(true);
  const box = (await iframe.boundingBox())!;
  return { frameHeight: box.height, content };
}

for (const lang of ['zh', 'en'] as const)
  for (const panel of [tallCards, tallBars])
    test(`${lang} ${panel.id}: the fallback height fits at 320–800 px, and the script resizes`, async ({
      page,
    }) => {
      const code = await embedCode(page, panel.id, lang);
      const [frameCode, script] = code.split('\n');
      expect(script).toMatch(/^<script>/);
      for (const width of [320, 480, 800]) {
        const { frameHeight, content } = await host(page, frameCode!, width);
        expect(content, `content at ${width} px`).toBeLessThanOrEqual(frameHeight);
      }
      // With the script the frame is as tall as its content (a 480 px column).
      await page.setViewportSize({ width: 520, height: 900 });
      await hostPage(
        page,
        `<body style="margin:0;padding:20px"><div style="width:480px">${code}</div></body>`,
      );
      const frame = page.frameLocator('iframe');
      await expect(frame.locator('.embed-source')).toBeVisible();
      await expect
        .poll(async () => {
          const content = await frame
            .locator('#main')
            .evaluate((m) => Math.ceil(m.getBoundingClientRect().bottom));
          const h = (await page.locator('iframe').boundingBox())!.height;
          return Math.abs(h - content);
        })
        .toBeLessThanOrEqual(2);
    });

test('“View in article” inside an embed opens the source view in the top window', async ({
  page,
}) => {
  const code = await embedCode(page, tallCards.id, 'en');
  await page.setViewportSize({ width: 840, height: 900 });
  await hostPage(page, `<body>${code}</body>`);
  const link = page
    .frameLocator('iframe')
    .getByRole('link', { name: /^View in article/ })
    .first();
  await expect(link).toHaveAttribute('target', '_top');
  expect(await link.getAttribute('href')).not.toContain('embed=');
  await link.click();
  await expect(page).toHaveURL(/\/source\/\?(?:.*&)?figure=/);
  await expect(page).not.toHaveURL(/embed/);
  await expect(page.locator('mark[data-figure-id][aria-current]').first()).toBeVisible();
});
