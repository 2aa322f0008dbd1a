/**
 * Unknown or malformed URL parameters are dropped, a notice (role=status) names what was ignored,
 * the page still renders every panel, no dialog fires and nothing from the URL becomes markup or
 * script. The pageIssues fixture also fails the test on any dialog, console error or page error.
 */
import { YEARS, panels, themes } from './data.ts';
import {
  appUrl,
  checkedThemes,
  expect,
  gotoDashboard,
  query,
  test,
  themeCheckbox,
  themeQuery,
  type PageIssues,
} from './fixtures.ts';
import type { Page } from '@playwright/test';

const XSS = '<script>alert(1)</script>';
const IMG_XSS = '<img src=x onerror=alert(2)>';

/** Counts and checks what could have been injected. */
async function injectionReport(page: Page) {
  return page.evaluate(() => {
    const scripts = [...document.querySelectorAll('script')];
    const handlers: string[] = [];
    for (const el of document.querySelectorAll('*'))
      for (const attr of el.getAttributeNames())
        if (attr.toLowerCase().startsWith('on'))
          handlers.push(`${el.tagName.toLowerCase()}[${attr}]`);
    return {
      scriptCount: scripts.length,
      alertScripts: scripts.filter(
        (s) => /alert\(/.test(s.textContent ?? '') || /alert/.test(s.src),
      ).length,
      imgX: document.querySelectorAll('img[src="x"]').length,
      handlers,
    };
  });
}

async function expectAllPanels(page: Page): Promise<void> {
  await expect(page.locator('section[data-panel-id]')).toHaveCount(panels.length);
  for (const panel of panels)
    await expect(page.locator(`section[data-panel-id="${panel.id}"]`)).toBeAttached();
}

function expectNoDialog(issues: PageIssues): void {
  expect(issues.dialogs, 'dialogs').toEqual([]);
}

test('malformed theme, year and lang are dropped with a notice; nothing is injected', async ({
  page,
  pageIssues,
}) => {
  await gotoDashboard(page);
  const clean = await injectionReport(page);
  const defaultThemes = await checkedThemes(page);

  await page.goto(appUrl({ theme: `nope,${XSS}`, year: 'abc', lang: 'fr' }));
  await expectAllPanels(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');

  const notice = page.getByRole('status').filter({ hasText: /nope|theme|主题/ });
  await expect(notice.first()).toBeVisible();
  const text = (await page.getByRole('status').allInnerTexts()).join('\n');
  for (const [key, value, zh] of [
    ['theme', 'nope', '主题'],
    ['year', 'abc', '年份'],
    ['lang', 'fr', '语言'],
  ] as const) {
    expect(
      text.includes(key) || text.includes(value) || text.includes(zh),
      `the notice names the ignored ${key} (${value}): ${text}`,
    ).toBe(true);
  }

  // What was dropped is no longer in the URL; what is left is valid.
  const themeIds = new Set(themes.map((t) => t.id));
  await expect.poll(() => (themeQuery(page) ?? []).every((id) => themeIds.has(id))).toBe(true);
  await expect.poll(() => query(page, 'year')).not.toBe('abc');
  await expect.poll(() => query(page, 'lang')).not.toBe('fr');
  await expect
    .poll(() => checkedThemes(page), 'themes fall back to the default')
    .toEqual(defaultThemes);

  // Give a late script a chance to run, then look for anything injected.
  await page.waitForTimeout(300);
  const after = await injectionReport(page);
  expect(after.alertScripts, 'no <script> made from the URL').toBe(0);
  expect(after.scriptCount, 'no new <script> element').toBeLessThanOrEqual(clean.scriptCount);
  expect(after.handlers, 'no inline event handlers').toEqual([]);
  expectNoDialog(pageIssues);
});

test('a valid theme next to an invalid one is kept', async ({ page }) => {
  const kept = themes[0]!;
  await page.goto(appUrl({ theme: `${kept.id},nope` }));
  for (const panel of panels.filter((p) => p.theme === kept.id))
    await expect(page.locator(`section[data-panel-id="${panel.id}"]`)).toBeVisible();
  await expect(themeCheckbox(page, kept.id)).toBeChecked();
  for (const theme of themes.slice(1))
    await expect(themeCheckbox(page, theme.id)).not.toBeChecked();
  await expect(page.getByRole('status').filter({ hasText: 'nope' }).first()).toBeVisible();
  await expect.poll(() => themeQuery(page)).toEqual([kept.id]);
});

test('markup in view, scheme, an unknown key and the hash does nothing', async ({
  page,
  pageIssues,
}) => {
  await page.goto(
    appUrl(
      { view: IMG_XSS, scheme: 'javascript:alert(3)', year: `${YEARS[0]}${XSS}`, foo: XSS },
      IMG_XSS,
    ),
  );
  await expect(page.locator('section[data-panel-id]').first()).toBeAttached();
  await page.waitForTimeout(300);
  const report = await injectionReport(page);
  expect(report.imgX, 'no <img src=x> made from the URL').toBe(0);
  expect(report.alertScripts).toBe(0);
  expect(report.handlers).toEqual([]);
  expect(['light', 'dark']).toContain(await page.locator('html').getAttribute('data-scheme'));
  expectNoDialog(pageIssues);
});

test('an unknown panel hash and a very long parameter do not break the page', async ({ page }) => {
  await gotoDashboard(page, { theme: 'x'.repeat(5000) }, 'no-such-panel');
  await expectAllPanels(page);
  await expect(page.getByRole('status').first()).toBeVisible();
});
