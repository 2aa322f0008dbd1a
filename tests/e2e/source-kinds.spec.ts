/**
 * Reports that keep no text of ours, on the real build: a `cited` report says where it is cited
 * from and links its address, never offers a source view or says 原文; its "出处" tab lists each
 * figure's locator, as written and our description; a `table` report's "表格单元" tab names each
 * figure's cell. Follows the data: every cited and table report under data/reports is checked.
 */
import { reports, squash } from './data.ts';
import { expect, gotoDashboard, needs, panelSection, test } from './fixtures.ts';

const kindOf = (r: (typeof reports)[number]) => r.meta.kind ?? 'article';
const withoutText = reports.filter((r) => kindOf(r) !== 'article');

test('every cited or table report says where it comes from and never says 原文', async ({
  page,
}) => {
  needs(withoutText.length > 0, 'a cited or table report');
  for (const r of withoutText) {
    await gotoDashboard(page, { report: r.meta.id });
    const header = page.locator('header.site-header');
    await expect(header.locator(`a[href="${r.meta.address!.url}"]`)).toBeVisible();
    await expect(header.getByRole('link', { name: '原文', exact: true })).toHaveCount(0);
    expect(await page.locator('body').innerText(), r.meta.id).not.toContain('原文');
  }
});

test('a cited figure shows where, as written and our description; a table figure its cell', async ({
  page,
}) => {
  needs(withoutText.length > 0, 'a cited or table report');
  for (const r of withoutText) {
    const panel = r.panels[0]!;
    await gotoDashboard(page, { report: r.meta.id, lang: 'en' });
    const section = panelSection(page, panel.id);
    await section
      .getByRole('tab', { name: kindOf(r) === 'cited' ? 'Where cited' : 'Table cells' })
      .click();
    for (const id of panel.figures) {
      const f = r.figures.find((x) => x.id === id)! as (typeof r.figures)[number] & {
        locator?: { en: string };
        asWritten?: string;
        cell?: { row: string; column: string };
      };
      const item = section.locator(`li[data-figure-id="${id}"]`);
      const text = squash(await item.innerText());
      if (kindOf(r) === 'cited') {
        expect(text, id).toContain(squash(f.locator!.en));
        expect(text, id).toContain(f.asWritten!);
      } else {
        expect(text, id).toContain(squash(f.cell!.row));
        expect(text, id).toContain(f.cell!.column);
      }
      await expect(item.locator('blockquote')).toHaveCount(0);
    }
  }
});
