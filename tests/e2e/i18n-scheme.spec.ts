/**
 * Language (`?lang=zh|en`, the `English` / `中文` button) and colour scheme (`?scheme=light|dark`,
 * the 深色/浅色 · Dark/Light button, `<html data-scheme>`).
 */
import { YEARS, figuresOfYear, panels, themes, UI } from './data.ts';
import {
  expect,
  gotoDashboard,
  langButton,
  panelByTitle,
  panelSection,
  query,
  schemeButton,
  test,
  themeCheckbox,
  themeGroup,
  yearSelect,
  needs,
} from './fixtures.ts';
import type { Page } from '@playwright/test';

async function expectEnglish(page: Page): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('lang', UI.en.htmlLang);
  expect((await page.title()).trim()).not.toBe('');
  await expect(themeGroup(page, 'en')).toBeVisible();
  for (const theme of themes) await expect(themeCheckbox(page, theme.id, 'en')).toBeVisible();
  await expect(yearSelect(page, 'en')).toBeVisible();
  await expect(langButton(page, 'en')).toBeVisible();
  await expect(schemeButton(page, 'en')).toBeVisible();
  for (const panel of panels) {
    await expect(panelByTitle(page, panel, 'en'), panel.id).toHaveAttribute(
      'data-panel-id',
      panel.id,
    );
  }
}

test('the English button switches language and ?lang=, and a reload keeps it', async ({ page }) => {
  await gotoDashboard(page);
  await expect(page.locator('html')).toHaveAttribute('lang', UI.zh.htmlLang);
  await langButton(page, 'zh').click();
  await expect.poll(() => query(page, 'lang')).toBe('en');
  await expectEnglish(page);

  await page.reload();
  await expectEnglish(page);

  await langButton(page, 'en').click();
  await expect(page.locator('html')).toHaveAttribute('lang', UI.zh.htmlLang);
  await expect.poll(() => query(page, 'lang') ?? 'zh').toBe('zh');
  await expect(themeGroup(page, 'zh')).toBeVisible();
  await expect(langButton(page, 'zh')).toBeVisible();
});

test('?lang=en opens in English, panel controls included', async ({ page }) => {
  await gotoDashboard(page, { lang: 'en' });
  await expectEnglish(page);
  const section = panelSection(page, panels[0]!.id);
  for (const name of [UI.en.tabChart, UI.en.tabTable, UI.en.tabQuotes])
    await expect(section.getByRole('tab', { name, exact: true })).toBeVisible();
  await section.getByRole('button', { name: `${panels[0]!.title.en}: ${UI.en.actions}` }).click();
  for (const name of [UI.en.exportPng, UI.en.exportSvg, UI.en.exportCsv])
    await expect(section.getByRole('menuitem', { name })).toBeVisible();
});

test('switching language keeps the filters', async ({ page }) => {
  // The last year of the data, and a theme with a figure of it (so the page shows panels).
  const year = YEARS[YEARS.length - 1];
  needs(year, 'no figure of the default report falls in a calendar year');
  const theme = themes.find((t) => figuresOfYear(year!).some((f) => f.theme === t.id))!;
  await gotoDashboard(page, { theme: theme.id, year });
  await langButton(page, 'zh').click();
  await expect.poll(() => query(page, 'lang')).toBe('en');
  expect(query(page, 'theme')).toBe(theme.id);
  expect(query(page, 'year')).toBe(year);
  await expect(themeCheckbox(page, theme.id, 'en')).toBeChecked();
  await expect(yearSelect(page, 'en')).toHaveValue(new RegExp(year!));
});

test('the scheme button flips <html data-scheme> and ?scheme=, and a reload keeps it', async ({
  page,
}) => {
  await gotoDashboard(page);
  const html = page.locator('html');
  const before = await html.getAttribute('data-scheme');
  expect(['light', 'dark']).toContain(before);
  const after = before === 'dark' ? 'light' : 'dark';

  await schemeButton(page, 'zh').click();
  await expect(html).toHaveAttribute('data-scheme', after);
  await expect.poll(() => query(page, 'scheme')).toBe(after);
  await page.reload();
  await expect(html).toHaveAttribute('data-scheme', after);

  await schemeButton(page, 'zh').click();
  await expect(html).toHaveAttribute('data-scheme', before!);
});

for (const scheme of ['dark', 'light'] as const) {
  test(`?scheme=${scheme} wins over the system preference`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme === 'dark' ? 'light' : 'dark' });
    await gotoDashboard(page, { scheme, lang: 'en' });
    await expect(page.locator('html')).toHaveAttribute('data-scheme', scheme);
    await expect(schemeButton(page, 'en')).toBeVisible();
    await expect(page.getByRole('button', { name: UI.en.scheme })).toHaveCount(1);
  });
}
