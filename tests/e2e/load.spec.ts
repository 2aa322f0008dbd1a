/**
 * First load: language, title, every panel named by its title, the theme and year filters, the
 * headline cards and the "N / N" counter (N = the default report's figures). The `pageIssues` fixture (fixtures.ts) fails any test
 * here that logs a console error or warning, fails a request or reaches another origin.
 */
import {
  TOTAL_FIGURES,
  YEARS,
  article,
  figure,
  panels,
  squash,
  themes,
  writtenNumber,
} from './data.ts';
import {
  allYearsOption,
  chartsSettled,
  checkedThemes,
  expect,
  gotoDashboard,
  gotoSource,
  isAllThemes,
  langButton,
  panelByTitle,
  panelSection,
  schemeButton,
  shownCount,
  test,
  themeCheckbox,
  openFilters,
  themeGroup,
  yearOptions,
  yearSelect,
} from './fixtures.ts';

test('opens in Chinese with a title and every panel', async ({ page }) => {
  await gotoDashboard(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  expect((await page.title()).trim()).not.toBe('');
  await expect(page.locator('section[data-panel-id]')).toHaveCount(panels.length);
  for (const panel of panels) {
    const section = panelByTitle(page, panel, 'zh');
    await expect(section, `panel ${panel.id} named 「${panel.title.zh}」`).toHaveCount(1);
    await expect(section).toHaveAttribute('data-panel-id', panel.id);
    await expect(section).toBeVisible();
  }
});

test('offers the theme, year, language and colour scheme controls', async ({ page }) => {
  await gotoDashboard(page);
  await openFilters(page);
  await expect(themeGroup(page)).toBeVisible();
  await expect(themeGroup(page).getByRole('checkbox')).toHaveCount(themes.length);
  // Everything is shown on first load: every box ticked, or none (nothing narrows).
  const ticked = await checkedThemes(page);
  expect(isAllThemes(ticked), `ticked on first load: ${ticked.join() || 'none'}`).toBe(true);
  for (const theme of themes)
    await expect(themeCheckbox(page, theme.id), theme.name.zh).toBeVisible();

  await expect(yearSelect(page)).toBeVisible();
  // Exactly the distinct years of the figures' periods, plus one "all years" option.
  const options = await yearOptions(page);
  const all = await allYearsOption(page);
  const offered = options
    .filter((o) => o.value !== all.value)
    .map((o) => /\d{4}/.exec(o.value)?.[0] ?? /\d{4}/.exec(o.label)?.[0] ?? o.value);
  expect([...offered].sort(), 'the year options are the years of the figures').toEqual(YEARS);
  await expect(yearSelect(page)).toHaveValue(all.value);

  await expect(langButton(page)).toBeVisible();
  await expect(schemeButton(page)).toBeVisible();
  expect(['light', 'dark']).toContain(await page.locator('html').getAttribute('data-scheme'));
});

test('header counts every figure as shown', async ({ page }) => {
  await gotoDashboard(page);
  await expect.poll(() => shownCount(page)).toBe(TOTAL_FIGURES);
});

test('headline cards list the key figures above the panels', async ({ page }) => {
  await gotoDashboard(page);
  const headline = article.headlineFigures.map(figure);
  if (headline.length === 0) {
    // A report without key figures shows no card.
    await expect(page.locator('.headline-card')).toHaveCount(0);
    return;
  }
  let list = page.getByRole('list');
  for (const f of headline) list = list.filter({ hasText: f.label.zh });
  const cards = list.first();
  await expect(cards, 'a list holding every headline figure label').toBeVisible();
  await expect(cards.getByRole('listitem')).toHaveCount(headline.length);

  const items = await cards.getByRole('listitem').allInnerTexts();
  for (const f of headline) {
    const item = items.find((text) => text.includes(f.label.zh));
    expect(item, `card for ${f.id}`).toBeDefined();
    expect(squash(item!), `card for ${f.id} shows ${writtenNumber(f)}`).toContain(writtenNumber(f));
  }

  const cardsBox = await cards.boundingBox();
  const firstPanel = await panelSection(page, panels[0]!.id).boundingBox();
  expect(
    cardsBox && firstPanel && cardsBox.y < firstPanel.y,
    'cards sit above the first panel',
  ).toBe(true);
});

test('loads cleanly: no console noise, failed or foreign request (dashboard and article)', async ({
  page,
}) => {
  await gotoDashboard(page);
  // Bring every panel on screen once, in case charts mount lazily.
  for (const panel of panels) await panelSection(page, panel.id).scrollIntoViewIfNeeded();
  await chartsSettled(page);
  await gotoSource(page);
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  // The pageIssues fixture asserts after the test; this only makes the intent explicit.
});
