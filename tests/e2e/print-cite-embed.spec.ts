/**
 * Print, citation and embedding as a reader meets them:
 * - a PDF printed (Playwright page.pdf) straight after load, before any scrolling, holds every
 *   panel title, a label from every chart (drawn, not a placeholder), the source line and the
 *   view's address, and no loading placeholder or control label (text read with pdftotext);
 * - Cite gives the three references with both addresses; Embed gives iframe code for this view;
 * - ?embed=<panel> shows that panel alone, with a link back, and no console error;
 * - patterns are in the URL and explained by a legend.
 */
import { locationParams } from '../../src/state/routes.ts';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { article, figures, panels, squash, themes } from './data.ts';
import {
  expect,
  gotoDashboard,
  liveChart,
  needs,
  panelAction,
  panelSection,
  test,
} from './fixtures.ts';

/** The default report's address (its republication), when the data gives one. */
const ARTICLE_URL = article.republication?.url;
/** The panel cited and embedded: the first bar chart (a canvas to check), and its theme. */
const cited = panels.find((p) => p.chart === 'bar') ?? panels[0]!;
/** A panel with 余/多 figures, which draws striped bars and their legend. */
const striped = panels.find(
  (p) =>
    p.chart === 'bar' &&
    p.figures.some((id) => figures.find((f) => f.id === id)!.qualifier === 'more_than'),
);
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * The author as the byline gives it (README, citations): Chinese without 本报记者/本报通讯员;
 * English family name first, before the comma (`Wu Duosi, staff reporter`).
 */
function author(): { zh: string; family: string; given: string } {
  const zh = article.byline.zh.replace(/^本报(记者|通讯员)\s*/, '').trim();
  const [family = '', ...given] = (article.byline.en.split(',')[0] ?? '').trim().split(/\s+/);
  return { zh, family, given: given.join(' ') };
}

test.describe('printing straight after load', () => {
  // Before the app has run: the page as it arrives prints whole.
  test.use({ startApp: false });
  test('printing straight after load gives every chart and no controls', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('.drawn-wide svg').first()).toBeAttached();
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    const dir = mkdtempSync(join(tmpdir(), 'print-'));
    const file = join(dir, 'dashboard.pdf');
    writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    const flat = squash(text);
    for (const panel of panels)
      expect(flat, `PDF holds the panel title ${panel.title.zh}`).toContain(squash(panel.title.zh));
    for (const panel of panels.filter((p) => p.chart !== 'cards')) {
      const labels = panel.figures.map((id) =>
        figures
          .find((f) => f.id === id)!
          .label.zh.replace(/[\s“”"]/g, '')
          .slice(0, 4),
      );
      expect(
        labels.some((l) => flat.includes(l)),
        `PDF shows the chart of ${panel.id} (one of ${labels.join(', ')})`,
      ).toBe(true);
    }
    expect(text).not.toContain('图表加载中');
    for (const label of ['导出PNG', '导出SVG', '导出CSV', '复制链接', '原文摘录', '嵌入'])
      expect(flat, `no "${label}" control in print`).not.toContain(label);
    expect(flat).toContain(squash(article.sourceLine.zh));
    expect(flat).toContain('本页地址');

    // No theme heading is left alone at the bottom of a page.
    const pages = Number(
      /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1],
    );
    for (let i = 1; i <= pages; i += 1) {
      const lines = execFileSync(
        'pdftotext',
        ['-enc', 'UTF-8', '-f', String(i), '-l', String(i), file, '-'],
        {
          encoding: 'utf8',
        },
      )
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
      const tail = lines.slice(-2);
      for (const theme of themes)
        expect(tail, `page ${i} does not end with the heading ${theme.name.zh}`).not.toContain(
          theme.name.zh,
        );
    }
  });
});

test('Cite gives GB/T 7714, APA and BibTeX with the article and the view', async ({ page }) => {
  const republished = article.republication;
  needs(republished, 'the default report names no republication address to cite');
  await gotoDashboard(page, { lang: 'en', theme: cited.theme });
  const section = panelSection(page, cited.id);
  // Cite is in the panel's actions menu; its dialog loads on first open.
  await (await panelAction(section, 'Cite')).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  const fields = dialog.getByRole('textbox');
  await expect(fields).toHaveCount(3);
  const [gbt, apa, bib] = await Promise.all([0, 1, 2].map((i) => fields.nth(i).inputValue()));
  for (const ref of [gbt!, apa!, bib!]) {
    expect(ref).toContain(ARTICLE_URL);
    // The view's address in path form: its language is the path's `/en/`.
    expect(ref).toContain('/en/');
    expect(ref).toContain(`theme=${cited.theme}`);
    expect(ref).toContain(`#${cited.id}`);
    expect(ref).toContain(article.title);
  }
  const { zh, family, given } = author();
  const [y, m, d] = article.date.split('-').map(Number) as [number, number, number];
  // The newspaper (when the data names it) is the source; the site republished it.
  const site = `${republished!.site.zh}·${republished!.channel.zh}`;
  const where = `${article.newspaper?.name.zh ?? site}, ${republished!.date}`;
  expect(gbt).toMatch(new RegExp(`^\\[1\\] ${escape(zh)}\\. .*\\[N/OL\\]\\. ${escape(where)}`));
  expect(gbt).toContain(site);
  // APA reference lists are not numbered.
  expect(apa).toMatch(
    new RegExp(
      `^${escape(family)}, ${escape(given[0] ?? '')}\\. \\(${y}, ${MONTHS[m - 1]} ${d}\\)\\.`,
    ),
  );
  // The key: family name and year, then the code's fixed `xpcc`.
  expect(bib).toMatch(
    new RegExp(`@online\\{${family.toLowerCase().replace(/[^a-z]/g, '')}${y}xpcc,`),
  );
  await dialog.getByRole('button', { name: /Close/ }).click();
  await expect(dialog).toBeHidden();
  // The footer's button cites the whole dashboard (its dialog loads on the first click too).
  await page.getByRole('button', { name: 'Cite this dashboard', exact: true }).click();
  await expect(dialog.getByRole('textbox')).toHaveCount(3);
  await expect(dialog.getByRole('textbox').first()).toHaveValue(new RegExp(`theme=${cited.theme}`));
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('Embed gives iframe code, and the embed view shows one panel alone', async ({ page }) => {
  await gotoDashboard(page, { lang: 'en', scheme: 'dark', patterns: 'on' });
  const section = panelSection(page, cited.id);
  await (await panelAction(section, 'Embed')).click();
  const embedDialog = page.getByRole('dialog');
  await expect(embedDialog).toBeVisible();
  const code = await embedDialog.getByRole('textbox').inputValue();
  const src = /src="([^"]+)"/.exec(code)?.[1]?.replace(/&amp;/g, '&');
  // The frame, then the optional resize script (tests/e2e/embed-fit.spec.ts checks both).
  expect(code.split('\n')[0]).toMatch(/^<iframe [^>]*title="[^"]+"[^>]*><\/iframe>$/);
  expect(src).toBeDefined();
  const url = new URL(src!);
  // Its page is the pre-rendered embed (`/en/embed/<panel-id>/`), the view's settings in the query.
  expect(url.pathname).toBe(`/en/embed/${cited.id}/`);
  const params = locationParams(url.pathname, url.search);
  expect(params.get('embed')).toBe(cited.id);
  expect(params.get('lang')).toBe('en');
  expect(params.get('scheme')).toBe('dark');
  expect(params.get('patterns')).toBe('on');

  await page.goto(`${url.pathname}${url.search}`);
  await expect(page.locator('section[data-panel-id]')).toHaveCount(1);
  await liveChart(page.locator(`section[data-panel-id="${cited.id}"]`));
  await expect(page.locator('.site-header, .filters, .site-footer')).toHaveCount(0);
  await expect(page.locator('html')).toHaveAttribute('data-scheme', 'dark');
  const back = page.getByRole('link', { name: 'Open the full dashboard' });
  await expect(back).toHaveAttribute('href', new RegExp(`/en/.*#${cited.id}$`));
  expect(await back.getAttribute('href')).not.toContain('embed=');
  // Resizes to its container.
  await page.setViewportSize({ width: 360, height: 700 });
  const box = await page.locator('section[data-panel-id]').boundingBox();
  expect(box!.width).toBeLessThanOrEqual(360);
});

test('patterns live in the URL and the striped bars have a legend', async ({ page }) => {
  needs(striped, 'no bar panel of the default report has a 余/多 figure');
  await gotoDashboard(page, { theme: striped!.theme });
  // A panel with 余/多 bars: its legend is there with or without patterns.
  await expect(panelSection(page, striped!.id).locator('.stripe-legend')).toContainText('余/多');
  const toggle = page.getByRole('checkbox', { name: /图案/ });
  await expect(toggle).not.toBeChecked();
  await toggle.check();
  await expect(page).toHaveURL(/patterns=on/);
  await page.reload();
  await expect(page.getByRole('checkbox', { name: /图案/ })).toBeChecked();
  await expect(panelSection(page, striped!.id).locator('.stripe-swatch.is-strong')).toBeVisible();
});

test('the page links to the article and states licence and last check', async ({ page }) => {
  await gotoDashboard(page, { lang: 'en' });
  // English: Latin fonts first, and chart descriptions in English punctuation.
  const font = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
  expect(font.indexOf('Arial')).toBeLessThan(font.indexOf('Noto Sans CJK SC'));
  const labels = await page
    .locator('section[data-panel-id] [role="img"]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
  expect(labels.length).toBeGreaterThan(0);
  for (const label of labels) expect(label).not.toMatch(/[。：；]/);
  needs(ARTICLE_URL, 'the default report names no republication address');
  await expect(page.locator(`a[href="${ARTICLE_URL}"]`)).toBeVisible();
  await expect(page.getByText(/Terms of use/)).toBeVisible();
  await expect(page.getByText(/last checked against the article/)).toBeVisible();
});
