/**
 * When code the page loads on first use cannot be fetched (the connection dropped, or a redeploy
 * removed an old chunk): that one part says so and offers to try again; the rest of the page, and
 * every figure with its quote, stays. The chunks are made to fail with Playwright routes, then
 * let through, as a connection coming back would.
 */
import type { Page } from '@playwright/test';
import {
  TOTAL_FIGURES,
  UI,
  article,
  fileStem,
  panelFigures,
  panels,
  squash,
  writtenNumber,
} from './data.ts';
import {
  chartsSettled,
  download,
  expect,
  gotoDashboard,
  panelAction,
  panelSection,
  test,
} from './fixtures.ts';

// The failures these tests cause on purpose, and what the browser logs about them.
test.use({
  expectedNoise: [
    /\/assets\/(echart|source-view|panel-export|dataset-downloads|report)-[\w-]+\.js/,
  ],
});

/** Makes the chunk whose file name starts with `name-` fail; returns a function that lets it load. */
async function cut(page: Page, name: string): Promise<() => Promise<void>> {
  const pattern = `**/assets/${name}-*.js`;
  await page.route(pattern, (route) => route.abort('internetdisconnected'));
  return () => page.unroute(pattern);
}

const charted = panels.find((p) => p.chart !== 'cards')!;

test.describe('the report module', () => {
  // The app starts by hand here: it is what cannot get its data. Without it the page cannot
  // hydrate, and React says so (error #422: the page is drawn anew once the data is in).
  test.use({
    startApp: false,
    expectedNoise: [/\/assets\/report-[\w-]+\.js|hydration: .*(#422|hydrating)/],
  });
  test('a report whose figures cannot load shows its title, says so, and 重试 shows it', async ({
    page,
  }) => {
    // The report's own module (report-<id>-….js, loaded when the app starts) fails.
    const restore = await cut(page, 'report');
    await page.goto('/');
    await page.keyboard.press('Shift');
    await expect(page.getByRole('heading', { level: 1 })).toContainText(article.title);
    await expect(page.getByRole('alert')).toContainText('这篇报道的数据未能加载');
    await restore();
    await page.getByRole('button', { name: UI.zh.retry, exact: true }).click();
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(page.getByText(`显示 ${TOTAL_FIGURES} / ${TOTAL_FIGURES} 个数字`)).toBeVisible();
  });
});

test('a chart that cannot load says so, keeps its table, and draws on 重试', async ({ page }) => {
  const restore = await cut(page, 'echart');
  await gotoDashboard(page);
  const section = panelSection(page, charted.id);
  // The reader comes to the panel: its live chart is what cannot load; the drawing stays meanwhile.
  await section.locator('.panel-head').hover();
  const alert = section.getByRole('alert');
  await expect(alert).toContainText('图表未能加载或绘制');
  await expect(alert).toContainText('“表格”和“原文摘录”仍列出每个数字');
  // The page is all there: title, every panel, the other controls.
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('section[data-panel-id]')).toHaveCount(panels.length);

  // The table still lists every figure of the panel, as written.
  await section.getByRole('tab', { name: UI.zh.tabTable, exact: true }).click();
  const table = squash((await section.getByRole('table').textContent()) ?? '');
  for (const f of panelFigures(charted)) expect(table, f.id).toContain(writtenNumber(f));
  await section.getByRole('tab', { name: UI.zh.tabChart, exact: true }).click();
  await expect(section.getByRole('alert')).toBeVisible();

  await restore();
  await section.getByRole('button', { name: UI.zh.retry, exact: true }).click();
  await expect(section.getByRole('alert')).toHaveCount(0);
  await expect(section.locator('canvas').first()).toBeVisible();
  await chartsSettled(page);
});

test('the article view that cannot load says so under the page header; 重试 opens it', async ({
  page,
}) => {
  const restore = await cut(page, 'source-view');
  await page.goto('/?view=source');
  const main = page.locator('main');
  await expect(main.getByRole('alert')).toContainText('这一部分未能加载');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await restore();
  await main.getByRole('button', { name: UI.zh.retry, exact: true }).click();
  await expect(page.locator('mark[data-figure-id]').first()).toBeVisible();
});

test('an export that cannot load says so beside the menu; the next try downloads', async ({
  page,
}) => {
  const restore = await cut(page, 'panel-export');
  await gotoDashboard(page);
  const section = panelSection(page, charted.id);
  await section.scrollIntoViewIfNeeded();
  await chartsSettled(page);
  await (await panelAction(section, UI.zh.exportCsv)).click();
  await expect(section.locator('.panel-status')).toContainText('导出失败');
  await restore();
  const csv = await download(page, await panelAction(section, UI.zh.exportCsv));
  expect(csv.name).toBe(`${fileStem}-${charted.id}-zh.csv`);
});

test('a footer download that cannot load says so; the next click downloads', async ({ page }) => {
  const restore = await cut(page, 'dataset-downloads');
  await gotoDashboard(page);
  const button = page.getByRole('button', { name: '下载全部数据（CSV）', exact: true });
  await button.click();
  await expect(page.locator('.footer-status')).toContainText('下载失败');
  await restore();
  const csv = await download(page, button);
  expect(csv.name).toMatch(/-figures-zh\.csv$/);
  await expect(page.locator('.footer-status')).toHaveText('');
});
