/**
 * Accessibility: axe-core on the dashboard and the article view in zh/en × light/dark (no
 * `serious` or `critical` violation); keyboard reach and visible focus; charts exposed as images
 * with a description (ECharts' aria component sets role="img" and aria-label on its container).
 */
import AxeBuilder from '@axe-core/playwright';
import { panels, themes, type Lang } from './data.ts';
import {
  chartsSettled,
  expect,
  gotoDashboard,
  gotoSource,
  langButton,
  liveChart,
  panelSection,
  test,
  themeCheckbox,
  yearSelect,
} from './fixtures.ts';
import type { Locator, Page } from '@playwright/test';

/**
 * Runs axe on `scope` (the whole page by default) and expects no serious or critical violation.
 * A scan of the whole English dashboard took most of a minute on a busy machine, so the dashboard
 * is scanned in parts (see below), each a test of its own.
 */
async function expectNoSeriousViolations(
  page: Page,
  what: string,
  scope: (axe: AxeBuilder) => AxeBuilder = (axe) => axe,
): Promise<void> {
  const results = await scope(new AxeBuilder({ page })).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = bad.map(
    (v) =>
      `${v.impact} ${v.id}: ${v.help} (${v.nodes.length} node(s): ${v.nodes
        .slice(0, 5)
        .map((n) => n.target.join(' '))
        .join(', ')})`,
  );
  expect(report, `axe on ${what}`).toEqual([]);
}

/** The ids of the dashboard's theme sections, in page order. */
async function themeSectionIds(page: Page): Promise<string[]> {
  const ids = await page
    .locator('main section.theme-section[id]')
    .evaluateAll((els) => els.map((el) => el.id));
  expect(ids.length, 'theme sections on the dashboard').toBeGreaterThan(1);
  return ids;
}

/**
 * The dashboard in three parts that together cover it: everything but the theme sections (header,
 * filters, key figures, timeline, footer, and the page-level rules), then the first and the second
 * half of the theme sections.
 */
const DASHBOARD_PARTS = [
  {
    name: 'outside the theme sections',
    scope: async (_page: Page) => (axe: AxeBuilder) => axe.exclude('main section.theme-section'),
  },
  ...([0, 1] as const).map((half) => ({
    name: `theme sections, ${half === 0 ? 'first' : 'second'} half`,
    scope: async (page: Page) => {
      const ids = await themeSectionIds(page);
      const cut = Math.ceil(ids.length / 2);
      const mine = half === 0 ? ids.slice(0, cut) : ids.slice(cut);
      return (axe: AxeBuilder) => mine.reduce((a, id) => a.include(`#${id}`), axe);
    },
  })),
];

for (const lang of ['zh', 'en'] as const satisfies readonly Lang[]) {
  for (const scheme of ['light', 'dark'] as const) {
    for (const part of DASHBOARD_PARTS) {
      test(`axe: dashboard, ${lang}, ${scheme}, ${part.name}`, async ({ page }) => {
        // An axe scan is CPU-bound: give it room on a busy machine rather than a race.
        test.slow();
        await gotoDashboard(page, { lang, scheme });
        await expect(page.locator('html')).toHaveAttribute('data-scheme', scheme);
        await chartsSettled(page);
        const scope = await part.scope(page);
        await expectNoSeriousViolations(page, `dashboard ${lang} ${scheme}, ${part.name}`, scope);
      });
    }
    test(`axe: article view, ${lang}, ${scheme}`, async ({ page }) => {
      test.slow();
      await gotoSource(page, { lang, scheme });
      await expect(page.locator('html')).toHaveAttribute('data-scheme', scheme);
      await expectNoSeriousViolations(page, `article view ${lang} ${scheme}`);
    });
  }
}

// Runs in the desktop project only (playwright.config.ts limits the phone project to other specs).
test('Tab reaches the filters, the language button and the panel actions menu, with visible focus', async ({
  page,
}) => {
  await gotoDashboard(page);
  const first = panelSection(page, panels[0]!.id);
  const targets: [string, Locator][] = [
    ...themes.map((t): [string, Locator] => [`theme ${t.id}`, themeCheckbox(page, t.id)]),
    ['year select', yearSelect(page)],
    ['language button', langButton(page)],
    ['actions menu', first.getByRole('button', { name: `${panels[0]!.title.zh}：操作` })],
  ];
  const handles = await Promise.all(targets.map(([, locator]) => locator.elementHandle()));
  const names = targets.map(([name]) => name);

  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const reached = new Set<string>();
  const unfocusable: string[] = [];
  for (let step = 0; step < 400 && reached.size < targets.length; step++) {
    await page.keyboard.press('Tab');
    const hit = await page.evaluate((elements: unknown[]) => {
      const active = document.activeElement;
      const index = elements.findIndex((el) => el === active);
      if (index < 0 || !active) return null;
      // The ring may be drawn by the element or, for a styled checkbox, by its label.
      const rings = [active, active.closest('label')].filter((el): el is Element => el !== null);
      const visible = rings.some((el) => {
        const style = getComputedStyle(el);
        return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
      });
      return { index, visible };
    }, handles as unknown[]);
    if (!hit) continue;
    const name = names[hit.index]!;
    if (!reached.has(name) && !hit.visible) unfocusable.push(name);
    reached.add(name);
  }
  expect(
    names.filter((name) => !reached.has(name)),
    'not reached with Tab',
  ).toEqual([]);
  expect(unfocusable, 'focused without a visible outline').toEqual([]);
});

test('every chart is one image with a description, not two nested ones', async ({ page }) => {
  await gotoDashboard(page);
  const echartsPanels = panels.filter((p) => p.chart !== 'cards');
  const oneImage = async (panel: (typeof panels)[number], as: string) => {
    const img = panelSection(page, panel.id).getByRole('img');
    await expect(img, `${panel.id} (${as}): exactly one image`).toHaveCount(1);
    const label = (await img.getAttribute('aria-label'))?.trim() ?? '';
    expect(label, `${panel.id} (${as}) chart aria-label`).toContain(panel.title.zh);
    // The drawing or the ECharts element inside it is not a second image with the same name.
    await expect(img.locator('[role="img"]')).toHaveCount(0);
  };
  // As the page arrives: each chart is drawn into it (pre-rendered SVG).
  for (const panel of echartsPanels) await oneImage(panel, 'drawn');
  // Once the reader comes to it: the live chart.
  for (const panel of echartsPanels) {
    await liveChart(panelSection(page, panel.id));
    await oneImage(panel, 'live');
  }
  await chartsSettled(page);
  expect(await page.locator('[_echarts_instance_]').count()).toBeGreaterThanOrEqual(
    echartsPanels.length,
  );
});
