// What a reader sees of a cited report (no text of ours: "cited from" with its address, never
// 原文) and of a table report (each figure's cell), on the two small fixtures.
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fixtureCorpus } from '../fixtures/read-fixtures';
import { openAt } from './open';
import { t } from '../../src/i18n/strings';
import { FIELD_WORDS } from '../../src/i18n/field-words';
import { yearsOfPeriod } from '../../src/selectors/periods';

const corpus = fixtureCorpus(['cited-sample', 'table-sample']);
const byId = (id: string) => corpus.reports.find((r) => r.meta.id === id)!;
const cited = byId('cited-sample');
const table = byId('table-sample');

describe('a cited report', () => {
  it('says where it is cited from, links its address, and never says 原文', async () => {
    await openAt('', { report: cited });
    const header = document.querySelector('header.site-header') as HTMLElement;
    expect(within(header).getByText(new RegExp(t('zh', 'citedFrom')))).toBeInTheDocument();
    expect(within(header).getByRole('link', { name: /example\.org/ })).toHaveAttribute(
      'href',
      'https://example.org/news/2023/1214/stations.html',
    );
    // No source view is offered: there is no text to show.
    expect(within(header).queryByRole('link', { name: t('zh', 'viewSource') })).toBeNull();
    expect(document.body.textContent).not.toContain(t('zh', 'sourceHeading'));
  });

  it('with a year chosen, its note on what is hidden speaks of the source, not an article', async () => {
    const year = cited.figures.flatMap((f) => yearsOfPeriod(f.period))[0]!;
    await openAt(`?year=${year}`, { report: cited });
    expect(document.querySelector('.filter-note')?.textContent).toBe(t('zh', 'yearNoteCited'));
    expect(document.body.textContent).not.toContain('原文');
    cleanup();
    await openAt(`?year=${year}&lang=en`, { report: cited });
    expect(document.querySelector('.filter-note')?.textContent).toBe(t('en', 'yearNoteCited'));
    expect(document.body.textContent).not.toMatch(/\barticle\b/i);
  });

  it('lists where, as written and our description in its "出处" tab, with the inferred date', async () => {
    const user = userEvent.setup();
    await openAt('', { report: cited });
    const panel = document.querySelector('[data-panel-id="stations"], #stations') as HTMLElement;
    await user.click(within(panel).getByRole('tab', { name: t('zh', 'tabCited') }));
    const item = panel.querySelector('[data-figure-id="cited-stations"]') as HTMLElement;
    expect(within(item).getByText('标题')).toBeInTheDocument();
    expect(within(item).getByText('332个', { selector: 'dd' })).toBeInTheDocument();
    expect(within(item).getByText('全兵团建成的工会户外劳动者服务站点数')).toBeInTheDocument();
    expect(item.textContent).toContain('截至2023年12月（按发布日期）');
    expect(item.querySelector('blockquote')).toBeNull();
    expect(
      within(item).getByRole('link', { name: new RegExp(t('zh', 'citedFrom')) }),
    ).toHaveAttribute('href', 'https://example.org/news/2023/1214/stations.html');
  });

  it('heads its table’s value column “as written”, not 原文数值, in both languages', async () => {
    const user = userEvent.setup();
    for (const lang of ['zh', 'en'] as const) {
      cleanup();
      await openAt(lang === 'en' ? '?lang=en' : '', { report: cited });
      const panel = document.querySelector('[data-panel-id="stations"], #stations') as HTMLElement;
      await user.click(within(panel).getByRole('tab', { name: t(lang, 'tabTable') }));
      const headers = within(panel)
        .getAllByRole('columnheader')
        .map((h) => h.textContent ?? '');
      expect(headers.some((h) => h.includes(FIELD_WORDS.value.nameCited[lang]))).toBe(true);
      expect(headers.join(' ')).not.toContain('原文');
      expect(headers.join(' ')).not.toMatch(/\barticle\b/i);
    }
  });

  it('reads “Where cited” and “by … (publication date)” in English', async () => {
    const user = userEvent.setup();
    await openAt('?lang=en', { report: cited });
    const panel = document.querySelector('[data-panel-id="stations"], #stations') as HTMLElement;
    await user.click(within(panel).getByRole('tab', { name: t('en', 'tabCited') }));
    expect(panel.textContent).toContain('by December 2023 (publication date)');
    // One description per figure, under its English heading.
    expect(within(panel).getAllByText(t('en', 'citedDescription'))).toHaveLength(
      cited.figures.length,
    );
  });
});

describe('a table report', () => {
  it('shows each figure’s cell: table title, row and column', async () => {
    const user = userEvent.setup();
    await openAt('', { report: table });
    const panel = document.querySelector(
      '[data-panel-id="unions-2005"], #unions-2005',
    ) as HTMLElement;
    await user.click(within(panel).getByRole('tab', { name: t('zh', 'tabCells') }));
    const item = panel.querySelector('[data-figure-id="table-members-2005"]') as HTMLElement;
    expect(within(item).getByText('16-11 测试表')).toBeInTheDocument();
    expect(within(item).getByText('会员人数(万人)')).toBeInTheDocument();
    expect(within(item).getByText('2005')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: t('zh', 'viewSource') })).toBeNull();
  });
});
