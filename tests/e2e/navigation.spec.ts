/**
 * Layout above the fold, keyboard paths, search and URLs that must never break the page.
 * Desktop project only; the phone checks set their own viewport.
 */
import {
  UI,
  YEARS,
  article,
  figuresOfYear,
  panelFigures,
  panelOfFigure,
  panels,
  themes,
} from './data.ts';
import { chartsSettled, expect, gotoDashboard, panelSection, test, needs } from './fixtures.ts';
import type { Page } from '@playwright/test';

/** The themes that hold panels of the default report, in taxonomy order. */
const shownThemes = themes.filter((t) => panels.some((p) => p.theme === t.id)).map((t) => t.id);
const [themeA, themeB] = shownThemes;
/** Whether the default report has key-figure cards (report.json headlineFigures). */
const hasCards = article.headlineFigures.length > 0;
/** A figure shown in a panel (the first panel's first figure), to follow from the article. */
const linked = panelFigures(panels[0]!)[0]!;

async function visibleHeight(page: Page, selector: string): Promise<number> {
  return page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const r = el.getBoundingClientRect();
      return Math.max(0, Math.min(r.bottom, window.innerHeight) - Math.max(r.top, 0));
    });
}

for (const lang of ['zh', 'en'] as const) {
  test(`${lang}: at 1366×900 at least 200 px of a chart are above the fold`, async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 900 });
    await gotoDashboard(page, { lang });
    if (hasCards) await expect(page.locator('.headline-card').first()).toBeInViewport();
    // The drawn chart the page arrived with, or the live one a view other than the drawn one needs.
    const chart = '.chart-drawn, [_echarts_instance_]';
    await expect(page.locator(chart).first()).toBeVisible();
    await chartsSettled(page);
    expect(await visibleHeight(page, chart)).toBeGreaterThanOrEqual(200);
  });

  test(`${lang}: on a 360×780 phone the key figures come first, filters in one bar`, async ({
    page,
  }) => {
    needs(themeB && hasCards, 'the default report needs panels of two themes and key figures');
    await page.setViewportSize({ width: 360, height: 780 });
    await gotoDashboard(page, { lang, theme: `${themeA},${themeB}` });
    const bar = page.getByRole('button', { name: lang === 'zh' ? '筛选 · 2' : 'Filters · 2' });
    await expect(bar).toBeVisible();
    await expect(page.getByRole('group', { name: UI[lang].themeGroup })).toHaveCount(0);
    const card = page.locator('.headline-card').first();
    await expect(card).toBeInViewport();
    expect((await card.boundingBox())!.y).toBeLessThan(500);
    // The sheet is a modal dialog that gives focus back to its button.
    await bar.click();
    const sheet = page.getByRole('dialog', { name: UI[lang].filtersHeading });
    await expect(sheet).toBeVisible();
    await expect(sheet.getByRole('group', { name: UI[lang].themeGroup })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(sheet).toBeHidden();
    await expect(bar).toBeFocused();
  });
}

test('the grid has no holes: a lone panel spans its row', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await gotoDashboard(page);
  const grids = await page.locator('.panel-grid').evaluateAll((els) =>
    els.map((grid) => {
      const width = grid.getBoundingClientRect().width;
      const cells = [...grid.children].map((c) => c.getBoundingClientRect());
      // The last row: cells sharing the last cell's top.
      const last = cells[cells.length - 1]!;
      const row = cells.filter((c) => Math.abs(c.top - last.top) < 2);
      return { width, used: row.reduce((sum, c) => sum + c.width, 0) + (row.length - 1) * 16 };
    }),
  );
  for (const g of grids) expect(g.used).toBeGreaterThan(g.width - 4);
});

test('keyboard: the skip link is the first stop and the first panel actions are ≤10 presses away', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await gotoDashboard(page);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: UI.zh.skipToCharts });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  let presses = 2;
  const menu = panelSection(page, panels[0]!.id).getByRole('button', {
    name: `${panels[0]!.title.zh}：${UI.zh.actions}`,
  });
  while (presses < 10 && !(await menu.evaluate((el) => el === document.activeElement))) {
    await page.keyboard.press('Tab');
    presses += 1;
  }
  await expect(menu).toBeFocused();
  // The menu: arrows, Escape returns focus.
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem').first()).toBeFocused();
  await page.keyboard.press('End');
  await expect(page.getByRole('menuitem', { name: '嵌入' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toBeFocused();
});

test('the theme jump list moves focus to the theme', async ({ page }) => {
  // The list is offered from two themes on.
  needs(shownThemes.length >= 2, 'the default report has panels of one theme only');
  await gotoDashboard(page, { lang: 'en' });
  await page.getByText(UI.en.jumpToTheme).click();
  const nav = page.getByRole('navigation', { name: UI.en.jumpToTheme });
  const last = nav.getByRole('link').last();
  const href = await last.getAttribute('href');
  await last.click();
  await expect(page.locator(href!)).toBeFocused();
  await expect(page.locator(href!)).toBeInViewport();
});

test('search: Ctrl+K, type a word, Enter: the panel has focus and the datum is marked', async ({
  page,
}) => {
  await gotoDashboard(page, { lang: 'en' });
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+k');
  const box = page.getByRole('combobox', { name: /Search/ });
  await expect(box).toBeFocused();
  // A word from a figure's English label (the first panel's first figure).
  await box.fill(linked.label.en.split(/\s+/).slice(0, 2).join(' '));
  await expect(page.getByRole('listbox')).toBeVisible();
  const option = page.getByRole('option').filter({ hasText: 'Figure' }).first();
  const text = await option.textContent();
  while ((await box.getAttribute('aria-activedescendant')) !== (await option.getAttribute('id')))
    await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  const panelId = new URL(page.url()).hash.slice(1);
  const figure = new URL(page.url()).searchParams.get('figure');
  expect(panelId).not.toBe('');
  expect(text).toBeTruthy();
  const panel = panelSection(page, panelId);
  await expect(panel).toBeFocused();
  await expect(panel).toHaveClass(/is-target/);
  expect(figure).not.toBeNull();
});

test('from the Source view, a figure link focuses its panel, marked until the user moves on', async ({
  page,
}) => {
  await page.goto('?view=source');
  const mark = page.locator(`mark[data-figure-id="${linked.id}"]`);
  await mark.click();
  const panel = panelSection(page, panelOfFigure.get(linked.id)!.id);
  await expect(panel).toBeFocused();
  await expect(panel).toHaveClass(/is-target/);
  await page.keyboard.press('Shift+Tab');
  await expect(panel).not.toHaveClass(/is-target/);
});

test.describe('URLs that must not break the page', () => {
  for (const hash of ['#%', '#%E0%A4%A', '#%ZZ']) {
    test(`${hash} renders every panel with a notice`, async ({ page }) => {
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`/${hash}`);
      await expect(page.locator('section[data-panel-id]')).toHaveCount(panels.length);
      await expect(page.getByRole('status').filter({ hasText: '#' })).toBeVisible();
      expect(errors).toEqual([]);
    });
  }

  test('repeated theme parameters merge', async ({ page }) => {
    needs(themeB, 'the default report has panels of one theme only');
    await page.goto(`/?theme=${themeA}&theme=${themeB}`);
    await expect
      .poll(() => new URL(page.url()).searchParams.get('theme'))
      .toBe(`${themeA},${themeB}`);
  });

  test('a #panel hidden by the filter says so and shows it on request', async ({ page }) => {
    // A year and a panel with no figure of that year, from the data.
    const hidden = YEARS.flatMap((year) => {
      const kept = new Set(figuresOfYear(year).map((f) => f.id));
      return panels
        .filter((p) => !p.figures.some((id) => kept.has(id)))
        .map((p) => ({ year, panel: p.id }));
    }).at(-1);
    needs(hidden, 'no year of the default report hides a whole panel');
    await page.goto(`/?year=${hidden!.year}#${hidden!.panel}`);
    const notice = page.getByRole('status').filter({ hasText: /隐藏/ });
    await expect(notice).toBeVisible();
    await notice.getByRole('button').click();
    await expect(panelSection(page, hidden!.panel)).toBeFocused();
    expect(new URL(page.url()).search).toBe('');
  });

  test('the selected tab is in the URL and Back restores it', async ({ page }) => {
    await gotoDashboard(page);
    const panel = panelSection(page, panels[0]!.id);
    await panel.getByRole('tab', { name: UI.zh.tabTable, exact: true }).click();
    await expect
      .poll(() => new URL(page.url()).searchParams.get('tab'))
      .toBe(`${panels[0]!.id}:table`);
    await page.reload();
    await expect(panel.getByRole('tab', { name: UI.zh.tabTable, exact: true })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await page.goBack();
    await expect(panel.getByRole('tab', { name: UI.zh.tabChart, exact: true })).toHaveAttribute(
      'aria-selected',
      'true',
    );
  });
});
