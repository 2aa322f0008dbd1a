/**
 * Layout at desktop (1280×800) and phone (390×844) size: no horizontal scrolling on the
 * dashboard, in every panel's table view, or in the article view, in both languages.
 */
import { UI, panels, type Lang } from './data.ts';
import {
  chartsSettled,
  expect,
  gotoDashboard,
  gotoSource,
  panelSection,
  test,
} from './fixtures.ts';
import type { Page } from '@playwright/test';

async function horizontalOverflow(page: Page) {
  return page.evaluate(() => {
    const width = window.innerWidth;
    const wide = [...document.querySelectorAll('body *')]
      .filter((el) => {
        const box = el.getBoundingClientRect();
        return box.width > 0 && box.right > width + 1 && getComputedStyle(el).position !== 'fixed';
      })
      .slice(0, 5)
      .map(
        (el) =>
          `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${[...el.classList].join('.')}`,
      );
    return { scrollWidth: document.documentElement.scrollWidth, innerWidth: width, wide };
  });
}

async function expectNoHorizontalScroll(page: Page, what: string): Promise<void> {
  const m = await horizontalOverflow(page);
  expect(
    m.scrollWidth,
    `${what}: scrollWidth ${m.scrollWidth} > innerWidth ${m.innerWidth}; wide elements: ${m.wide.join(', ')}`,
  ).toBeLessThanOrEqual(m.innerWidth);
}

for (const lang of ['zh', 'en'] as const satisfies readonly Lang[]) {
  test(`${lang}: the dashboard does not scroll sideways`, async ({ page }) => {
    await gotoDashboard(page, { lang });
    for (const panel of panels) await panelSection(page, panel.id).scrollIntoViewIfNeeded();
    await chartsSettled(page);
    await expectNoHorizontalScroll(page, 'dashboard');
    const viewport = page.viewportSize()!;
    for (const panel of panels) {
      const box = await panelSection(page, panel.id).boundingBox();
      expect(
        box && box.x >= -1 && box.x + box.width <= viewport.width + 1,
        `${panel.id} fits the width`,
      ).toBe(true);
    }
  });

  test(`${lang}: table views do not scroll sideways`, async ({ page }) => {
    test.slow(); // a tab switch in each panel
    await gotoDashboard(page, { lang });
    for (const panel of panels) {
      const section = panelSection(page, panel.id);
      await section.scrollIntoViewIfNeeded();
      await section.getByRole('tab', { name: UI[lang].tabTable, exact: true }).click();
    }
    await expectNoHorizontalScroll(page, 'tables');
  });

  test(`${lang}: the article view does not scroll sideways`, async ({ page }) => {
    await gotoSource(page, { lang });
    await expectNoHorizontalScroll(page, 'article view');
  });
}
