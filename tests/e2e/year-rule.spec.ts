/**
 * The one year rule in the browser: with ?year=2022 nothing tied to another period is on the page
 * or in what it exports (the filtered download and a panel's CSV). And the glossary hint opens on
 * keyboard focus.
 */
import {
  download,
  expect,
  gotoDashboard,
  panelAction,
  panelSection,
  parseCsv,
  test,
} from './fixtures.ts';

test.describe('?year=2022', () => {
  test('cards, timeline and panels show only 2022; exports too', async ({ page }) => {
    await gotoDashboard(page, { year: '2022' });
    const main = page.locator('#main');
    const cards = page.locator('.headline-card');
    await expect(cards).toHaveCount(2);
    await expect(cards.nth(0)).toContainText('3523家');
    await expect(cards.nth(1)).toContainText('64.97万人');
    await expect(page.getByTestId('headline-hidden')).toContainText('不属于2022年');
    const text = (await main.textContent()) ?? '';
    for (const totalOrSpan of ['2.04亿元', '26.6万人次', '95.88%', '2018—2023', '247个'])
      expect(text).not.toContain(totalOrSpan);
    const dates = await page
      .locator('.timeline-item time')
      .evaluateAll((els) => els.map((el) => el.getAttribute('datetime') ?? ''));
    expect(dates.length).toBeGreaterThan(0);
    for (const d of dates) expect(d.startsWith('2022')).toBe(true);

    const utf8 = (d: { bytes: Buffer }) => d.bytes.toString('utf8').replace(/^\uFEFF/, '');
    const filtered = utf8(await download(page, page.getByTestId('download-filtered')));
    expect(parseCsv(filtered).length - 1).toBe(3);
    expect(filtered).not.toContain('五年来');

    const panel = panelSection(page, 'grassroots-unions');
    const csv = utf8(await download(page, await panelAction(panel, '导出 CSV')));
    expect(
      parseCsv(csv)
        .slice(1)
        .map((r) => r.join(' ')),
    ).toEqual([expect.stringContaining('3523家'), expect.stringContaining('64.97万人')]);
  });
});

test('a five-year figure says its years are inferred, on the page', async ({ page }) => {
  await gotoDashboard(page, { lang: 'en' });
  const card = page.locator('.headline-card[data-figure-id="central-aid-funds-five-years"]');
  await expect(card).toContainText('five years, 2018–2023 (years inferred)');
});

test('a glossary term explains itself on keyboard focus', async ({ page }) => {
  await gotoDashboard(page);
  const term = page.locator('#main .term').first();
  await term.focus();
  const tip = page.locator(
    `#${(await term.getAttribute('aria-describedby'))!.replace(/:/g, '\\:')}`,
  );
  await expect(tip).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(tip).toBeHidden();
  await page.locator('#glossary').scrollIntoViewIfNeeded();
  await expect(page.locator('#glossary tbody tr')).toHaveCount(28);
});
