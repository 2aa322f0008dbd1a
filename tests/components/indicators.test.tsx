// The indicator pages and their index, on the indicator fixture corpus (five small test reports,
// three bodies): reached from the header, from search and from a figure; one series per body.
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { indicatorCorpus } from '../fixtures/read-fixtures';
import { t } from '../../src/i18n/strings';
import { messagePattern } from './messages';
import { openAt, openCorpus, smallReport } from './open';

const corpus = indicatorCorpus();

const rowsOf = (table: HTMLElement) =>
  [...table.querySelectorAll('tbody tr')].map((tr) => ({
    series: tr.getAttribute('data-series'),
    cells: [...tr.querySelectorAll('th, td')].map((c) => c.textContent),
    links: [...tr.querySelectorAll('a')].map((a) => a.getAttribute('href')),
  }));

describe('an indicator’s page', () => {
  it('lists every value with its body, one series per body, each linked to its sentence and source, drawn as dots', async () => {
    await openCorpus('?indicator=union-members', corpus);
    const page = await screen.findByRole('article', { name: '工会会员' }, { timeout: 10_000 });
    const rows = rowsOf(within(page).getByRole('table'));
    expect(rows.map((r) => [r.series, r.cells[0], r.cells[1], r.cells[2]])).toEqual([
      ['acftu:stock', '中华全国总工会存量（截至某日）', '2.12亿人', '截至2008年9月30日'],
      ['acftu:stock', '中华全国总工会存量（截至某日）', '2.61亿人', '截至2020年底'],
      ['xpcc:stock', '兵团存量（截至某日）', '64.97万人', '截至2022年底'],
    ]);
    expect(rows[2]!.links).toEqual([
      // In path form (routes.ts): the report's source view, the figure a parameter.
      '/reports/fixture-xpcc-2023-jul/source/?figure=members-2022',
      'https://example.org/fixture-xpcc-2023-jul',
    ]);
    expect(within(page).getByRole('note')).toHaveTextContent(
      '各组数值统计的机构不同（中华全国总工会、兵团）',
    );

    // Stocks are drawn as dots and never a line, one mark per value leading to its sentence.
    const svg = page.querySelector('svg.indicator-chart')!;
    expect(svg.querySelectorAll('circle')).toHaveLength(3);
    expect(svg.querySelectorAll('path, polyline, line[data-join]')).toHaveLength(0);
    const series = [...svg.querySelectorAll('[data-series]')].map((a) =>
      a.getAttribute('data-series'),
    );
    expect(series).toEqual(['acftu:stock', 'acftu:stock', 'xpcc:stock']);
  });

  it('marks a date taken from the publication and a span cut at its report’s date', async () => {
    await openCorpus('?indicator=outdoor-worker-stations', corpus);
    const page = await screen.findByRole(
      'article',
      { name: '工会户外劳动者服务站点' },
      { timeout: 10_000 },
    );
    const cells = rowsOf(within(page).getByRole('table')).map((r) => r.cells.slice(0, 3));
    expect(cells).toContainEqual([
      '兵团工会存量（截至某日）',
      '332个',
      '截至2023年12月（按发布日期）',
    ]);
    expect(cells).toContainEqual([
      '兵团工会一段时间内的数量',
      '247个',
      '五年来（2018—2023年，年份推定）（止于报道日期2023年7月24日）',
    ]);
    expect(cells).toContainEqual([
      '第八师总工会存量（截至某日）',
      '50余个',
      '截至2024年3月（按发布日期）',
    ]);
    expect(within(page).getByRole('note')).toHaveTextContent(
      '第八师总工会的数值包含在兵团工会之内',
    );
  });

  it('in English too', async () => {
    await openCorpus('?indicator=outdoor-worker-stations&lang=en', corpus);
    const page = await screen.findByRole(
      'article',
      { name: 'Union service stations for outdoor workers' },
      { timeout: 10_000 },
    );
    const cells = rowsOf(within(page).getByRole('table')).map((r) => r.cells[2]);
    expect(cells).toContain('by December 2023 (publication date)');
    expect(within(page).getAllByRole('link', { name: t('en', 'inSentence') })[0]).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/en\/reports\/[a-z0-9-]+\/source\/\?figure=[a-z0-9-]+$/),
    );
  });

  it('an unknown indicator says so and links to the index', async () => {
    await openCorpus('?indicator=no-such-thing', corpus);
    expect(
      await screen.findByText(t('zh', 'indicatorNotFound'), {}, { timeout: 10_000 }),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: t('zh', 'backToIndicators') })).toHaveAttribute(
      'href',
      '/indicators/',
    );
    expect(screen.queryByRole('article')).toBeNull();
  });

  it('an id that is not an indicator id is ignored with a notice', async () => {
    await openCorpus('?indicator=No%20Such%20Thing', corpus);
    expect(screen.getByText(messagePattern('zh', 'ignoredNotice'))).toHaveTextContent('indicator');
    expect(screen.queryByRole('article')).toBeNull();
  });
});

describe('the index of indicators', () => {
  it('is in the header, lists each indicator with its sources and latest values, and opens a page', async () => {
    const user = userEvent.setup();
    await openCorpus('', corpus);
    // The index loads on first use: let it load inside act, as a reader's click would.
    await act(async () =>
      user.click(screen.getByRole('link', { name: t('zh', 'viewIndicators') })),
    );
    expect(window.location.pathname).toBe('/indicators/');
    expect(window.location.search).toBe('');
    const table = await screen.findByRole(
      'table',
      { name: t('zh', 'indicatorsHeading') },
      { timeout: 10_000 },
    );
    const rows = [...table.querySelectorAll('tbody tr')].map((tr) => [
      tr.getAttribute('data-indicator'),
      tr.querySelectorAll('td')[1]!.textContent,
      [...tr.querySelectorAll('li')].map((li) => li.getAttribute('data-entity')),
    ]);
    expect(rows).toEqual([
      ['outdoor-worker-stations', '3', ['xpcc-unions', 'div8-ftu']],
      ['union-members', '3', ['acftu', 'xpcc']],
      ['grassroots-unions', '2', ['xpcc', 'acftu']],
    ]);
    expect(
      table.querySelector('[data-indicator="union-members"] li[data-entity="xpcc"]'),
    ).toHaveTextContent('兵团：64.97万人 截至2022年底');
    await act(async () => user.click(within(table).getByRole('link', { name: '工会会员' })));
    expect(window.location.pathname).toBe('/indicators/union-members/');
    expect(
      await screen.findByRole('article', { name: '工会会员' }, { timeout: 10_000 }),
    ).toBeVisible();
  });

  it('an indicator is found by search, in either language', async () => {
    const user = userEvent.setup();
    await openCorpus('', corpus);
    await user.type(
      screen.getByRole('combobox', { name: t('zh', 'searchLabel') }),
      'union members',
    );
    const option = await screen.findByRole('option', { name: /指标 · 工会会员/ });
    await act(async () => user.click(option));
    expect(window.location.pathname).toBe('/indicators/union-members/');
    expect(window.location.search).toBe('');
  });
});

describe('from a figure', () => {
  // One page, one panel on its table and another on its quotes.
  it('each row of a panel’s table and each quote links to its indicator’s page', async () => {
    await openAt('?tab=festival-visits-people:table,hardship-funds:quotes', {
      report: smallReport(),
    });
    const table = document.getElementById('festival-visits-people')!;
    const link = within(table).getAllByRole('link', {
      name: messagePattern('zh', 'openIndicator'),
    })[0]!;
    // The indicator's page in path form, without the panel's filters or tabs.
    expect(link).toHaveAttribute('href', expect.stringMatching(/^\/indicators\/[a-z0-9-]+\/$/));
    const quotes = document
      .getElementById('hardship-funds')!
      .querySelector<HTMLElement>('.quote-list')!;
    const links = within(quotes).getAllByRole('link', {
      name: messagePattern('zh', 'openIndicator'),
    });
    expect(links.length).toBe(quotes.querySelectorAll('li').length);
  });
});
