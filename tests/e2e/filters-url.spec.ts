/**
 * Theme and year filters and their URL state: `?theme=` (comma-separated theme ids) and `?year=`,
 * restored on reload and on back/forward; `#<panel-id>` scrolls to a panel; the empty state.
 *
 * Reading of the contract used here:
 * - On first load every figure is shown. The UI may say "every theme" with every box ticked or
 *   with none ticked; both are accepted (see effectiveThemes in fixtures.ts), but the boxes must
 *   then agree with `?theme=`, which lists the ticked ids and may be left out for "every theme".
 * - Picking the "all years" option leaves `?year=` out (or empty / `all`).
 */
import type { Page } from '@playwright/test';
import {
  TOTAL_FIGURES,
  UI,
  YEARS,
  figures,
  figuresOfYear,
  panels,
  themes,
  yearsMentioned,
} from './data.ts';
import {
  allYearsOption,
  checkedThemes,
  effectiveThemes,
  expect,
  gotoDashboard,
  isAllThemes,
  panelSection,
  query,
  shownCount,
  test,
  themeCheckbox,
  openFilters,
  closeFilters,
  themeGroup,
  themeQuery,
  tickOnly,
  yearSelect,
  needs,
} from './fixtures.ts';

const allIds = themes.map((t) => t.id).sort();
const first = themes[0]!;
/** The first year of the data, for the specs that pick a year. */
const firstYear = YEARS[0];

function figuresIn(themeIds: readonly string[]): number {
  return figures.filter((f) => themeIds.includes(f.theme)).length;
}

/** `?theme=` lists exactly the ticked boxes; it may be absent only when they mean "all". */
async function expectThemeQueryMatchesBoxes(page: Page): Promise<void> {
  const ticked = await checkedThemes(page);
  await expect
    .poll(() => {
      const fromUrl = themeQuery(page);
      return fromUrl === null ? isAllThemes(ticked) : fromUrl.join() === ticked.join();
    }, `?theme= (${page.url()}) agrees with the ticked boxes ${ticked.join()}`)
    .toBe(true);
}

/** Panels of the shown themes are visible, the others hidden (or gone). */
async function expectPanelsFor(page: Page, themeIds: readonly string[]): Promise<void> {
  for (const panel of panels) {
    const section = panelSection(page, panel.id);
    if (themeIds.includes(panel.theme)) await expect(section, panel.id).toBeVisible();
    else await expect(section, panel.id).toBeHidden();
  }
}

function yearIsUnset(value: string | null): boolean {
  return value === null || value === '' || value === 'all';
}

test('toggling a theme updates ?theme=, the counter and the panels', async ({ page }) => {
  await gotoDashboard(page);
  await openFilters(page);
  const initial = await checkedThemes(page);
  expect(isAllThemes(initial), `first load shows every theme (ticked: ${initial.join()})`).toBe(
    true,
  );

  await themeCheckbox(page, first.id).click();
  await expect.poll(() => checkedThemes(page).then((ids) => ids.join())).not.toBe(initial.join());
  const ticked = await checkedThemes(page);
  const shown = effectiveThemes(ticked);
  expect(shown.length, 'the click narrowed the themes').toBeLessThan(themes.length);
  await expectThemeQueryMatchesBoxes(page);
  await expect.poll(() => shownCount(page)).toBe(figuresIn(shown));
  await expectPanelsFor(page, shown);

  await themeCheckbox(page, first.id).click();
  await expect.poll(() => checkedThemes(page)).toEqual(initial);
  await expectThemeQueryMatchesBoxes(page);
  await expect.poll(() => shownCount(page)).toBe(TOTAL_FIGURES);
});

test('ticking only one theme puts just that id in ?theme=', async ({ page }) => {
  const theme = themes[Math.floor(themes.length / 2)]!;
  await gotoDashboard(page);
  await openFilters(page);
  await tickOnly(page, [theme.id]);
  await expect.poll(() => themeQuery(page)).toEqual([theme.id]);
  await expect.poll(() => shownCount(page)).toBe(figuresIn([theme.id]));
  await expect(page.locator('section[data-panel-id]:visible')).toHaveCount(
    panels.filter((p) => p.theme === theme.id).length,
  );
});

test('picking a year updates ?year= and narrows the figures', async ({ page }) => {
  needs(firstYear, 'no figure of the default report falls in a calendar year');
  await gotoDashboard(page);
  await openFilters(page);
  await yearSelect(page).selectOption(firstYear!);
  await expect.poll(() => query(page, 'year')).toBe(firstYear);
  await expect.poll(() => shownCount(page)).toBe(figuresOfYear(firstYear!).length);
  expect(await shownCount(page)).toBeGreaterThan(0);

  const all = await allYearsOption(page);
  await yearSelect(page).selectOption(all.value);
  await expect.poll(() => yearIsUnset(query(page, 'year'))).toBe(true);
  await expect.poll(() => shownCount(page)).toBe(TOTAL_FIGURES);
});

/**
 * A year and two themes that both have figures of it (so the page opens on panels, not the empty
 * state), a third theme, and another year: all from the data.
 */
function sharedUrlCase() {
  for (const year of YEARS) {
    const dated = new Set(figuresOfYear(year).map((f) => f.theme));
    const picked = themes.filter((t) => dated.has(t.id)).map((t) => t.id);
    const third = themes.find((t) => !picked.slice(0, 2).includes(t.id));
    const other = YEARS.find((y) => y !== year);
    if (picked.length >= 2 && third && other)
      return { year, picked: picked.slice(0, 2).sort(), third: third.id, other };
  }
  return undefined;
}

test('a shared URL restores the filters, and so does a reload', async ({ page }) => {
  const c = sharedUrlCase();
  needs(c, 'the data has no year with figures of two themes, and another year');
  const { year, picked, third, other } = c!;
  await gotoDashboard(page, { theme: picked.join(','), year });
  await openFilters(page);
  expect(await checkedThemes(page)).toEqual(picked);
  await expect(yearSelect(page)).toHaveValue(new RegExp(year));

  await themeCheckbox(page, third).check();
  await yearSelect(page).selectOption(other);
  const expected = [...picked, third].sort();
  await expect.poll(() => themeQuery(page)).toEqual(expected);
  await expect.poll(() => query(page, 'year')).toBe(other);

  await page.reload();
  await openFilters(page);
  await expect(themeGroup(page)).toBeVisible();
  expect(await checkedThemes(page)).toEqual(expected);
  await expect(yearSelect(page)).toHaveValue(new RegExp(other));
});

test('back and forward step through filter changes', async ({ page }) => {
  needs(firstYear, 'no figure of the default report falls in a calendar year');
  await gotoDashboard(page);
  await openFilters(page);
  const all = await allYearsOption(page);
  const initial = await checkedThemes(page);

  await themeCheckbox(page, first.id).click(); // state A: first theme toggled
  await expect.poll(() => checkedThemes(page).then((ids) => ids.join())).not.toBe(initial.join());
  const stateA = await checkedThemes(page);
  await expectThemeQueryMatchesBoxes(page);
  await yearSelect(page).selectOption(firstYear!); // state B: and the first year
  await expect.poll(() => query(page, 'year')).toBe(firstYear);

  await page.goBack(); // -> A
  await expect(yearSelect(page)).toHaveValue(all.value);
  await expect.poll(() => checkedThemes(page)).toEqual(stateA);
  await expect.poll(() => yearIsUnset(query(page, 'year'))).toBe(true);

  await page.goBack(); // -> initial
  await expect.poll(() => checkedThemes(page)).toEqual(initial);
  await expect.poll(() => shownCount(page)).toBe(TOTAL_FIGURES);

  await page.goForward(); // -> A
  await expect.poll(() => checkedThemes(page)).toEqual(stateA);
  await page.goForward(); // -> B
  await expect(yearSelect(page)).toHaveValue(new RegExp(firstYear!));
  await expect.poll(() => checkedThemes(page)).toEqual(stateA);
});

test('#<panel-id> scrolls that panel into view', async ({ page }) => {
  const target = panels[panels.length - 1]!;
  await gotoDashboard(page, {}, target.id);
  await expect(panelSection(page, target.id)).toBeInViewport();

  const middle = panels[Math.floor(panels.length / 2)]!;
  await gotoDashboard(page, {}, middle.id);
  await expect(panelSection(page, middle.id)).toBeInViewport();
});

test('a year with no figure in the ticked themes shows the empty state, and reset restores all', async ({
  page,
}) => {
  // A theme none of whose figures mentions any year is empty for every year.
  const undated = themes.find((t) =>
    figures.filter((f) => f.theme === t.id).every((f) => yearsMentioned(f.period).length === 0),
  );
  needs(firstYear, 'no figure of the default report falls in a calendar year');
  expect(undated, 'the data has a theme without dated figures to test with').toBeDefined();
  await gotoDashboard(page);
  await openFilters(page);
  const all = await allYearsOption(page);
  const initial = await checkedThemes(page);
  await tickOnly(page, [undated!.id]);
  await yearSelect(page).selectOption(firstYear!);

  await expect.poll(() => shownCount(page)).toBe(0);
  await expect(page.locator('section[data-panel-id]:visible')).toHaveCount(0);
  await closeFilters(page);
  const reset = page.getByRole('button', { name: UI.zh.reset });
  await expect(reset).toBeVisible();
  // The button comes with a message saying why nothing is shown.
  const message = await reset.evaluate((button) => {
    const own = button.textContent ?? '';
    let node: HTMLElement | null = button.parentElement;
    for (let depth = 0; node && depth < 3; depth++, node = node.parentElement) {
      const rest = (node.innerText ?? '').replace(own, '').trim();
      if (rest) return rest;
    }
    return '';
  });
  expect(message, 'an empty-state message next to the reset button').not.toBe('');

  await reset.click();
  await expect.poll(() => shownCount(page)).toBe(TOTAL_FIGURES);
  await openFilters(page);
  await expect.poll(() => checkedThemes(page)).toEqual(initial);
  await expect(yearSelect(page)).toHaveValue(all.value);
  await expect.poll(() => yearIsUnset(query(page, 'year'))).toBe(true);
  await expectThemeQueryMatchesBoxes(page);
  await expect(page.locator('section[data-panel-id]:visible')).toHaveCount(panels.length);
  expect(allIds).toEqual(effectiveThemes(initial));
});
