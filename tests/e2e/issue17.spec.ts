/**
 * What issue 17 changed, as a reader meets it in the browser: language and scheme in a phone's top
 * bar; a jumped-to panel's title clear of the sticky bar; citations by their conventions; a
 * Chinese panel CSV in Chinese with its notes and the article's address; no theme heading alone
 * at the foot of a printed page (pdftotext).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { CJK_FONTS as CJK } from '../../src/i18n/fonts.ts';
import { PNG } from 'pngjs';
import { UI, article, panels, themes } from './data.ts';
import {
  chartsSettled,
  download,
  expect,
  gotoDashboard,
  gotoSource,
  liveChart,
  panelAction,
  panelSection,
  test,
} from './fixtures.ts';

test('phone: language and colour scheme are in the top bar, outside the filter sheet', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await gotoDashboard(page);
  const bar = page.locator('.filter-bar.is-phone');
  await expect(bar.getByRole('button', { name: 'English', exact: true })).toBeVisible();
  await expect(bar.getByRole('button', { name: '切换到深色模式' })).toBeVisible();
  await bar.getByRole('button', { name: 'English', exact: true }).click();
  await expect(page).toHaveURL(/\/en\/(?:\?|$)/);
  await expect(page.locator('html')).toHaveAttribute('lang', /^en/);
});

test('phone: a panel jumped to by its address shows its title below the sticky bar', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 780 });
  const target = 'model-worker-homes';
  await gotoDashboard(page, {}, target);
  const title = panelSection(page, target).locator('h3').first();
  await expect(title).toBeVisible();
  await expect
    .poll(async () => {
      const bar = (await page.locator('.filter-bar.is-phone').boundingBox())!;
      const head = (await title.boundingBox())!;
      return head.y >= bar.y + bar.height - 1;
    })
    .toBe(true);
});

test('Cite: APA without numbers and with a hanging indent; the newspaper named; entries whole', async ({
  page,
}) => {
  await gotoDashboard(page, { lang: 'en' });
  await (await panelAction(panelSection(page, 'hardship-funds'), 'Cite')).click();
  const dialog = page.getByRole('dialog');
  const boxes = dialog.getByRole('textbox');
  const gbt = await boxes.nth(0).inputValue();
  const apa = await boxes.nth(1).inputValue();
  expect(apa).not.toMatch(/^\[1\]|\n\[2\]/);
  expect(apa.split('\n\n')).toHaveLength(2);
  if (article.newspaper) {
    expect(apa).toContain(article.newspaper.name.en);
    expect(gbt).toContain(`${article.newspaper.name.zh}, `);
  }
  // The dashboard entry has a publisher (the site) and a year.
  const host = new URL(page.url()).host;
  expect(apa.split('\n\n')[1]).toMatch(new RegExp(`\\(\\d{4}\\)\\. .*${host.replace('.', '\\.')}`));
  const indent = await dialog
    .getByTestId('apa-preview')
    .locator('p')
    .first()
    .evaluate((p) => [getComputedStyle(p).textIndent, getComputedStyle(p).paddingLeft]);
  expect(parseFloat(indent[0]!)).toBeLessThan(0);
  expect(parseFloat(indent[1]!)).toBeGreaterThan(0);
  // Every box shows its text whole: nothing to scroll.
  for (let i = 0; i < 3; i++)
    expect(
      await boxes.nth(i).evaluate((b) => b.scrollHeight <= b.clientHeight + 1),
      `box ${i}`,
    ).toBe(true);
});

/** Parses RFC 4180 CSV (quoted fields, CRLF) into rows. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const src = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && src[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  return rows;
}

test('a Chinese panel CSV speaks Chinese and carries its note and the article address', async ({
  page,
}) => {
  await gotoDashboard(page);
  const section = panelSection(page, 'produce-sold');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    (await panelAction(section, '导出 CSV')).click(),
  ]);
  const rows = readCsv(readFileSync((await download.path())!, 'utf8'));
  const [head, ...body] = rows;
  const col = (name: string) => body.map((r) => r[head!.indexOf(name)]!);
  expect(head).toContain('限定代码');
  for (const name of ['限定', '换算单位', '主题'])
    for (const v of col(name)) expect(v, name).not.toMatch(/[a-z]/);
  expect(col('限定代码')).toContain('more_than');
  for (const note of col('图表说明')) expect(note).toContain('不可相加');
  if (article.republication)
    for (const a of col('原文网址')) expect(a).toBe(article.republication.url);
});

test('print: no theme heading is the last text of a page, and no “View in article” link', async ({
  page,
}) => {
  await gotoDashboard(page);
  await chartsSettled(page);
  await page.emulateMedia({ media: 'print' });
  const dir = mkdtempSync(join(tmpdir(), 'issue17-'));
  const file = join(dir, 'print.pdf');
  writeFileSync(file, await page.pdf({ format: 'A4', printBackground: false }));
  const pages = Number(
    /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1],
  );
  const names = new Set(themes.map((t) => t.name.zh));
  // The on-screen links to the sentence are not printed (the page review counted dozens).
  expect(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })).not.toContain(
    UI.zh.viewInArticle,
  );
  for (let n = 1; n < pages; n++) {
    const text = execFileSync(
      'pdftotext',
      ['-f', String(n), '-l', String(n), '-layout', file, '-'],
      {
        encoding: 'utf8',
      },
    );
    const lines = text
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    const last = lines.at(-1) ?? '';
    expect(names.has(last), `page ${n} ends with “${last}”`).toBe(false);
  }
});

for (const lang of ['zh', 'en'] as const)
  test(`phone 320 px (${lang}): the search placeholder fits its field and names no shortcut`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    await gotoDashboard(page, lang === 'en' ? { lang } : {});
    const input = page.getByRole('combobox', { name: /Search|搜索/ });
    await expect(input).toHaveAttribute('placeholder', lang === 'en' ? 'Search' : '搜索');
    const room = await input.evaluate((el: HTMLInputElement) => {
      const css = getComputedStyle(el);
      const ctx = document.createElement('canvas').getContext('2d')!;
      ctx.font = css.font;
      const inner = el.clientWidth - parseFloat(css.paddingLeft) - parseFloat(css.paddingRight);
      return inner - ctx.measureText(el.placeholder).width;
    });
    expect(room).toBeGreaterThan(0);
  });

for (const width of [320, 1366])
  test(`source view at ${width} px: no figure's mark breaks across lines`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await gotoSource(page);
    const marks = page.locator('.source-view mark[data-figure-id]');
    const broken = await marks.evaluateAll((els) =>
      els.filter((el) => el.getClientRects().length > 1).map((el) => el.textContent),
    );
    expect(broken).toEqual([]);
    expect(await marks.count()).toBeGreaterThan(10);
  });

/** Every <text> of an exported SVG with its drawn box, the SVG laid out on a blank page. */
async function svgTextBoxes(sheet: Page, source: string) {
  return sheet.evaluate((svg) => {
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const host = document.createElement('div');
    host.style.cssText = 'position:absolute;left:0;top:0;';
    host.appendChild(document.importNode(doc.documentElement, true));
    document.body.replaceChildren(host);
    const frame = host.firstElementChild!.getBoundingClientRect();
    return [...host.querySelectorAll('text')]
      .filter((t) => (t.textContent ?? '').trim())
      .map((t) => {
        const r = t.getBoundingClientRect();
        return { text: t.textContent!, left: r.left - frame.left, top: r.top - frame.top };
      });
  }, source);
}

for (const lang of ['zh', 'en'] as const)
  test(`${lang}: an exported bar chart's labels start at the title's margin`, async ({ page }) => {
    await gotoDashboard(page, lang === 'en' ? { lang } : {});
    const section = panelSection(page, 'hardship-funds');
    await section.scrollIntoViewIfNeeded();
    const svg = await download(page, await panelAction(section, UI[lang].exportSvg));
    const sheet = await page.context().newPage();
    const boxes = await svgTextBoxes(sheet, svg.bytes.toString('utf8'));
    const title = boxes[boxes.findIndex((b) => b.top < 30)]!;
    expect(panels.find((p) => p.id === 'hardship-funds')!.figures.length).toBeGreaterThan(1);
    const farLeft = Math.min(...boxes.map((b) => b.left));
    // The review measured 8 px for the longest label against the title's 16 px.
    expect(farLeft).toBeGreaterThanOrEqual(title.left - 1);
    // Everything set at the left (caption lines, category labels) starts at the title's margin.
    const atLeft = boxes.filter((b) => b.left < 60);
    expect(atLeft.length).toBeGreaterThan(5);
    for (const b of atLeft) expect(Math.abs(b.left - title.left), b.text).toBeLessThan(1.5);
    await sheet.close();
  });

test('a bar’s tooltip never covers the bar it describes', async ({ page }) => {
  await gotoDashboard(page);
  const section = panelSection(page, 'hardship-funds');
  await section.scrollIntoViewIfNeeded();
  const canvas = await liveChart(section);
  await chartsSettled(page);
  const box = (await canvas.boundingBox())!;
  // The bars, found in the drawn chart as a reader sees them: runs of rows of bar-red pixels.
  const shot = PNG.sync.read(await canvas.screenshot());
  const scale = shot.width / box.width;
  const bars: { top: number; bottom: number; left: number; right: number }[] = [];
  for (let y = 0; y < shot.height; y++) {
    let left = -1;
    let right = -1;
    for (let x = 0; x < shot.width; x++) {
      const i = (y * shot.width + x) * 4;
      const [r, g, b] = [shot.data[i]!, shot.data[i + 1]!, shot.data[i + 2]!];
      if (r > 150 && g < 90 && b < 90) {
        if (left < 0) left = x;
        right = x;
      }
    }
    const last = bars[bars.length - 1];
    if (right - left < 20 * scale) continue;
    if (last && y - last.bottom <= 1) last.bottom = y;
    else bars.push({ top: y, bottom: y, left, right });
  }
  const onPage = bars
    .filter((b) => b.bottom - b.top >= 8 * scale)
    .map((b) => ({
      x: box.x + b.left / scale,
      y: box.y + b.top / scale,
      width: (b.right - b.left) / scale,
      height: (b.bottom - b.top) / scale,
    }));
  expect(onPage.length).toBeGreaterThan(1);
  const tip = section.locator('.chart-tooltip');
  for (const bar of onPage) {
    await page.mouse.move(1, 1);
    await expect(tip).toBeHidden();
    await page.mouse.move(bar.x + bar.width / 2, bar.y + bar.height / 2);
    await expect(tip).toBeVisible();
    // Where it settles (it glides from where it was last shown).
    let t = (await tip.boundingBox())!;
    await expect
      .poll(async () => {
        const now = (await tip.boundingBox())!;
        const still = Math.abs(now.x - t.x) < 0.5 && Math.abs(now.y - t.y) < 0.5;
        t = now;
        return still;
      })
      .toBe(true);
    const over =
      t.x < bar.x + bar.width &&
      bar.x < t.x + t.width &&
      t.y < bar.y + bar.height &&
      bar.y < t.y + t.height;
    expect(over, `tooltip ${JSON.stringify(t)} over its bar ${JSON.stringify(bar)}`).toBe(false);
  }
});

for (const lang of ['zh', 'en'] as const)
  for (const width of [360, 1366])
    test(`${lang} at ${width} px: card panels have no holes, and no card label runs past five lines`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 900 });
      await gotoDashboard(page, lang === 'en' ? { lang } : {});
      // Every cards panel, each scrolled to (later themes mount as they come into view).
      const ids = panels.filter((p) => p.chart === 'cards').map((p) => p.id);
      expect(ids.length).toBeGreaterThan(3);
      for (const id of ids) {
        const list = panelSection(page, id).locator('ul.figure-cards');
        await panelSection(page, id).scrollIntoViewIfNeeded();
        await expect(list).toBeVisible();
      }
      const lists = page.locator('.panel[data-kind="cards"] ul.figure-cards');
      await expect(lists).toHaveCount(ids.length);
      const found = await lists.evaluateAll((uls) =>
        uls.map((ul) => {
          const box = ul.getBoundingClientRect();
          const rows = new Map<number, { left: number; right: number }>();
          const lines: number[] = [];
          for (const li of ul.children) {
            const r = li.getBoundingClientRect();
            const row = rows.get(Math.round(r.top)) ?? { left: Infinity, right: -Infinity };
            rows.set(Math.round(r.top), {
              left: Math.min(row.left, r.left),
              right: Math.max(row.right, r.right),
            });
            const label = li.querySelector('.card-label')!;
            lines.push(
              label.getBoundingClientRect().height / parseFloat(getComputedStyle(label).lineHeight),
            );
          }
          return {
            id: ul.closest('section')!.id,
            gaps: [...rows.values()].map((r) =>
              Math.round(box.right - r.right + (r.left - box.left)),
            ),
            lines: Math.round(Math.max(...lines)),
          };
        }),
      );
      for (const { id, gaps, lines } of found) {
        // Every row of cards reaches both edges of the list: no empty slot on any row.
        for (const gap of gaps)
          expect(gap, `${id}: a row leaves ${gap} px empty`).toBeLessThanOrEqual(1);
        expect(lines, `${id}: a card label of ${lines} lines`).toBeLessThanOrEqual(5);
      }
    });

test('embed code and a copied panel link carry that panel’s tab only, not other panels’', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const [opened, other] = panels.filter((p) => p.chart === 'bar').map((p) => p.id);
  await gotoDashboard(page, { lang: 'en' });
  // The reader opens the table of one panel, then embeds and links another.
  await panelSection(page, opened!).getByRole('tab', { name: 'Table' }).click();
  await expect(page).toHaveURL(new RegExp(`tab=${opened}(:|%3A)table`));
  const section = panelSection(page, other!);
  await section.scrollIntoViewIfNeeded();
  await (await panelAction(section, 'Embed')).click();
  const code = await page.getByRole('dialog').getByRole('textbox').inputValue();
  const src = /src="([^"]+)"/.exec(code)![1]!;
  expect(src).toContain(`/embed/${other}/`);
  expect(src).not.toContain(opened!);
  await page.keyboard.press('Escape');
  await (await panelAction(section, 'Copy link')).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(new RegExp(`#${other}$`));
  expect(link).not.toContain(`${opened}:`);
  // The opened panel's own link keeps its table.
  await (await panelAction(panelSection(page, opened!), 'Copy link')).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
    new RegExp(`tab=${opened}:table#${opened}$`),
  );
});

test('text in the other language keeps its own fonts; the export-scale label does not touch its select', async ({
  page,
}) => {
  const first = (el: Locator) =>
    el.evaluate((e) => getComputedStyle(e).fontFamily.split(',')[0]!.trim().replace(/['"]/g, ''));
  // Chinese in the English source view: a CJK font first, so “两节” gets full-width quotes.
  await gotoSource(page, { lang: 'en' });
  const zh = page.locator('.source-view p').first();
  expect(CJK).toContain(await first(zh));
  // English in the Chinese glossary: a Latin font first, so Workers’ Home keeps a narrow apostrophe.
  await gotoDashboard(page);
  const en = page.locator('.glossary-table td[lang="en"]').first();
  expect(CJK).not.toContain(await first(en));
  const gap = await page.locator('.scale-select').evaluate((label) => {
    const text = label.querySelector('span')!.getBoundingClientRect();
    return label.querySelector('select')!.getBoundingClientRect().left - text.right;
  });
  expect(gap).toBeGreaterThanOrEqual(4);
});

test('phone (zh): glossary terms keep four characters a line; two cards share a row', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await gotoDashboard(page);
  const widths = await page
    .locator('.glossary-table th[scope="row"]')
    .evaluateAll((ths) =>
      ths.map((th) => th.clientWidth / parseFloat(getComputedStyle(th).fontSize)),
    );
  expect(widths.length).toBeGreaterThan(10);
  // The review found 劳动/和技/能竞/赛: two characters a line.
  for (const w of widths) expect(w).toBeGreaterThanOrEqual(4.5);
  const pair = panels.find((p) => p.chart === 'cards' && p.figures.length === 2)!;
  const tops = await panelSection(page, pair.id)
    .locator('ul.figure-cards > li')
    .evaluateAll((lis) => lis.map((li) => Math.round(li.getBoundingClientRect().top)));
  expect(new Set(tops).size).toBe(1);
});

test('phone: the Cite dialog’s close button is in view as it opens, and closes it', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await gotoDashboard(page);
  const section = panelSection(page, 'hardship-funds');
  await section.scrollIntoViewIfNeeded();
  await (await panelAction(section, '引用')).click();
  const dialog = page.getByRole('dialog');
  // Taller than the screen: its entries scroll, the close button does not.
  expect(await dialog.evaluate((d) => d.scrollHeight > d.clientHeight)).toBe(true);
  const close = dialog.getByRole('button', { name: '关闭', exact: true });
  await expect(close).toBeInViewport();
  await close.click();
  await expect(dialog).toBeHidden();
});
