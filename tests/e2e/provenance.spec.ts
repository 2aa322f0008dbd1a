/**
 * Provenance: every figure traced back to the article and back again.
 * - The source view (`原文` / `Source` link or tab, or `?view=source`) shows the article with one
 *   `<mark data-figure-id>` per figure.
 * - Clicking a mark opens the dashboard at that figure's panel (`#<panel-id>`, in view).
 * - A panel's Chart / Table / Quotes tabs (`图表` / `表格` / `原文摘录`); the table lists each
 *   figure's label and value as written, and each row links to the article ("在原文中查看"),
 *   where that figure's mark is `aria-current="true"`.
 */
import {
  UI,
  article,
  figures,
  panelFigures,
  panelOfFigure,
  panels,
  sampleFigures,
  samplePanels,
  squash,
  writtenNumber,
  type FigureData,
  type Lang,
} from './data.ts';
import {
  expect,
  gotoDashboard,
  gotoSource,
  liveChart,
  panelSection,
  query,
  sourceNav,
  test,
} from './fixtures.ts';
import type { Page } from '@playwright/test';

async function expectEveryFigureMarked(page: Page): Promise<void> {
  const marks = page.locator('mark[data-figure-id]');
  await expect(marks).toHaveCount(figures.length);
  const ids = await marks.evaluateAll((els) =>
    els.map((el) => el.getAttribute('data-figure-id') ?? ''),
  );
  expect([...ids].sort()).toEqual(figures.map((f) => f.id).sort());
}

for (const lang of ['zh', 'en'] as const satisfies readonly Lang[]) {
  test(`${lang}: the ${UI[lang].source} nav opens the article with one mark per figure`, async ({
    page,
  }) => {
    await gotoDashboard(page, lang === 'en' ? { lang } : {});
    await sourceNav(page, lang).click();
    await expect.poll(() => query(page, 'view')).toBe('source');
    await expectEveryFigureMarked(page);
    await expect(page.getByText(article.title).first()).toBeVisible();
  });
}

test('?view=source opens the article directly; each mark holds its figure', async ({ page }) => {
  await gotoSource(page);
  await expectEveryFigureMarked(page);
  for (const f of figures) {
    const text = squash(await page.locator(`mark[data-figure-id="${f.id}"]`).innerText());
    expect(text, `mark for ${f.id}`).not.toBe('');
    expect(squash(f.quote), `mark text 「${text}」 lies in the quote of ${f.id}`).toContain(text);
  }
});

for (const f of sampleFigures) {
  test(`clicking the mark of ${f.id} opens its panel`, async ({ page }) => {
    const panel = panelOfFigure.get(f.id)!;
    await gotoSource(page);
    await page.locator(`mark[data-figure-id="${f.id}"]`).click();
    await expect.poll(() => new URL(page.url()).hash).toBe(`#${panel.id}`);
    await expect.poll(() => query(page, 'view')).not.toBe('source');
    await expect(panelSection(page, panel.id)).toBeInViewport();
  });
}

async function openTableRowLink(page: Page, f: FigureData, lang: Lang): Promise<void> {
  const panel = panelOfFigure.get(f.id)!;
  const section = panelSection(page, panel.id);
  await section.scrollIntoViewIfNeeded();
  await section.getByRole('tab', { name: UI[lang].tabTable, exact: true }).click();
  const row = section.getByRole('row').filter({ hasText: f.label[lang] });
  await expect(row).toHaveCount(1);
  await row.getByRole('link', { name: UI[lang].viewInArticle }).click();
}

for (const f of sampleFigures) {
  test(`"${UI.zh.viewInArticle}" on the row of ${f.id} marks it current in the article`, async ({
    page,
  }) => {
    await gotoDashboard(page);
    await openTableRowLink(page, f, 'zh');
    await expect.poll(() => query(page, 'view')).toBe('source');
    const mark = page.locator(`mark[data-figure-id="${f.id}"]`);
    await expect(mark).toHaveAttribute('aria-current', 'true');
    await expect(page.locator('mark[aria-current="true"]')).toHaveCount(1);
    await expect(mark).toBeInViewport();
  });
}

test(`en: "${UI.en.viewInArticle}" works too`, async ({ page }) => {
  const f = sampleFigures[1]!;
  await gotoDashboard(page, { lang: 'en' });
  await openTableRowLink(page, f, 'en');
  await expect.poll(() => query(page, 'view')).toBe('source');
  await expect(page.locator(`mark[data-figure-id="${f.id}"]`)).toHaveAttribute(
    'aria-current',
    'true',
  );
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('zh: every panel has Chart / Table / Quotes tabs; table and quotes list every figure', async ({
  page,
}) => {
  test.slow(); // three tab switches in each of the panels
  await gotoDashboard(page);
  for (const panel of panels) {
    const section = panelSection(page, panel.id);
    await section.scrollIntoViewIfNeeded();
    const chartTab = section.getByRole('tab', { name: UI.zh.tabChart, exact: true });
    const tableTab = section.getByRole('tab', { name: UI.zh.tabTable, exact: true });
    const quotesTab = section.getByRole('tab', { name: UI.zh.tabQuotes, exact: true });
    await expect(chartTab, `${panel.id} chart tab`).toHaveAttribute('aria-selected', 'true');
    await expect(tableTab).toBeVisible();
    await expect(quotesTab).toBeVisible();

    await tableTab.click();
    await expect(tableTab).toHaveAttribute('aria-selected', 'true');
    const table = section.getByRole('table');
    await expect(table, `${panel.id} table`).toBeVisible();
    for (const f of panelFigures(panel)) {
      const row = table.getByRole('row').filter({ hasText: f.label.zh });
      await expect(row, `${panel.id}: row for ${f.id}`).toHaveCount(1);
      expect(squash(await row.innerText()), `${f.id} value as written`).toContain(writtenNumber(f));
    }

    await quotesTab.click();
    await expect(quotesTab).toHaveAttribute('aria-selected', 'true');
    const quotes = squash(
      await section.getByRole('tabpanel').filter({ visible: true }).first().innerText(),
    );
    for (const f of panelFigures(panel))
      expect(quotes, `${panel.id}: quote of ${f.id}`).toContain(squash(f.quote));

    await chartTab.click();
    await expect(chartTab).toHaveAttribute('aria-selected', 'true');
  }
});

test('en: tabs and table use English labels', async ({ page }) => {
  await gotoDashboard(page, { lang: 'en' });
  for (const panel of samplePanels) {
    const section = panelSection(page, panel.id);
    await section.getByRole('tab', { name: UI.en.tabTable, exact: true }).click();
    const table = section.getByRole('table');
    for (const f of panelFigures(panel)) {
      await expect(table.getByRole('row').filter({ hasText: f.label.en }), f.id).toHaveCount(1);
    }
  }
});

test('a bar’s tooltip links to its figure in the article, where its mark is the current one', async ({
  page,
}) => {
  await gotoDashboard(page);
  const panel = panels.find((p) => p.chart === 'bar')!;
  const section = panelSection(page, panel.id);
  const canvas = await liveChart(section);
  await expect(canvas).toBeVisible();
  // The tooltip of the first bar, as a pointer on it shows it (ECharts' own action).
  await section
    .locator('.echart > div')
    .first()
    .evaluate((el) => {
      const chart = (
        el as unknown as {
          echartsInstance: { dispatchAction: (a: Record<string, unknown>) => void };
        }
      ).echartsInstance;
      chart.dispatchAction({ type: 'showTip', seriesIndex: 0, dataIndex: 0 });
    });
  const link = page.locator('a.tt-link').first();
  await expect(link).toBeVisible();
  const href = await link.getAttribute('href');
  const figure = new URL(href!, page.url()).searchParams.get('figure');
  expect(panel.figures).toContain(figure);
  await link.click();
  await expect.poll(() => query(page, 'view')).toBe('source');
  await expect.poll(() => query(page, 'figure')).toBe(figure);
  await expect(page.locator(`mark[data-figure-id="${figure}"]`)).toHaveAttribute(
    'aria-current',
    'true',
  );
});
