// @vitest-environment jsdom
// A canvas 2D context for jsdom, so real ECharts instances render in these tests.
import 'vitest-canvas-mock';
import { render, screen, within, waitFor, act } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import corpus from 'virtual:dataset';
import { App } from '../../src/app/app';

const dataset = corpus.reports[0]!;

function openAt(search: string) {
  window.history.replaceState(null, '', `/${search}`);
  return render(<App dataset={dataset} />);
}

const panelSections = () =>
  [...document.querySelectorAll<HTMLElement>('section[data-panel-id]')].map(
    (s) => s.dataset.panelId,
  );

describe('dashboard as a user sees it', () => {
  it('shows every panel and the figure count, in Chinese by default', () => {
    openAt('');
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(panelSections()).toHaveLength(dataset.panels.length);
    expect(
      screen.getByText(`显示 ${dataset.figures.length} / ${dataset.figures.length} 个数字`),
    ).toBeInTheDocument();
    for (const panel of dataset.panels) {
      expect(screen.getByRole('region', { name: panel.title.zh })).toHaveAttribute(
        'data-panel-id',
        panel.id,
      );
    }
  });

  it('ticking a theme narrows the panels, updates counts and the URL', async () => {
    const user = userEvent.setup();
    openAt('');
    const group = screen.getByRole('group', { name: '主题' });
    await user.click(within(group).getByRole('checkbox', { name: '维权与集体协商' }));
    expect(window.location.search).toBe('?theme=rights');
    const rights = dataset.panels.filter((p) => p.theme === 'rights').map((p) => p.id);
    expect(panelSections()).toEqual(rights);
    const n = dataset.figures.filter((f) => f.theme === 'rights').length;
    expect(screen.getByText(`显示 ${n} / ${dataset.figures.length} 个数字`)).toBeInTheDocument();
    // A second theme at once.
    await user.click(within(group).getByRole('checkbox', { name: '就业创业' }));
    expect(window.location.search).toBe('?theme=rights,jobs');
    expect(panelSections()).toEqual([
      ...rights,
      ...dataset.panels.filter((p) => p.theme === 'jobs').map((p) => p.id),
    ]);
  });

  it('picking a year keeps only figures the article ties to that year', async () => {
    const user = userEvent.setup();
    openAt('');
    await user.selectOptions(screen.getByRole('combobox', { name: '年份' }), '2018');
    expect(window.location.search).toBe('?year=2018');
    // 2018: the festival visits and funds, and the December 2018 fundraising; no five-year totals.
    const visible = [...document.querySelectorAll('[data-panel-id]')].map((el) =>
      el.getAttribute('data-panel-id'),
    );
    expect(visible).toEqual([
      'hardship-funds',
      'festival-visits-households',
      'festival-visits-people',
      'leukemia-relief',
    ]);
    expect(screen.getByText(/选定年份时，只显示原文明确属于该年的数字/)).toBeInTheDocument();
    expect(screen.getByText('另有 3 个数字因年份筛选未显示。')).toBeInTheDocument();
  });

  it('shows an empty state with a one-click reset when a filter leaves nothing', async () => {
    const user = userEvent.setup();
    openAt('?theme=jobs&year=2018');
    expect(panelSections()).toHaveLength(0);
    expect(screen.getByText('没有符合筛选条件的数字')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '重置筛选' }));
    expect(window.location.search).toBe('');
    expect(panelSections()).toHaveLength(dataset.panels.length);
  });

  it('switches to English and back, with lang on <html> and in the URL', async () => {
    const user = userEvent.setup();
    openAt('');
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(document.documentElement.lang).toBe('en');
    expect(window.location.search).toBe('?lang=en');
    expect(screen.getByRole('group', { name: 'Theme' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Year' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Aid funds' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '中文' }));
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(window.location.search).toBe('');
  });

  it('toggles the colour scheme and records it', async () => {
    const user = userEvent.setup();
    openAt('');
    await user.click(screen.getByRole('button', { name: '切换到深色模式' }));
    expect(document.documentElement.dataset.scheme).toBe('dark');
    expect(window.location.search).toBe('?scheme=dark');
    expect(screen.getByRole('button', { name: '切换到浅色模式' })).toBeInTheDocument();
  });

  it('restores the view from a pasted link and follows back/forward', async () => {
    const user = userEvent.setup();
    openAt('?theme=epidemic-relief&lang=en');
    expect(screen.getByRole('checkbox', { name: 'Epidemic relief and farm sales' })).toBeChecked();
    expect(panelSections()).toEqual(
      dataset.panels.filter((p) => p.theme === 'epidemic-relief').map((p) => p.id),
    );
    await user.click(screen.getByRole('checkbox', { name: 'Epidemic relief and farm sales' }));
    expect(panelSections()).toHaveLength(dataset.panels.length);
    await act(async () => {
      window.history.back();
      await new Promise((r) => setTimeout(r, 50));
    });
    await waitFor(() => expect(window.location.search).toBe('?theme=epidemic-relief&lang=en'));
    expect(screen.getByRole('checkbox', { name: 'Epidemic relief and farm sales' })).toBeChecked();
  });

  it('ignores bad URL parameters with a notice, rendering everything', () => {
    openAt('?theme=nope,rights&year=abc&lang=fr&x=<b>1</b>');
    const notice = screen.getByRole('status');
    expect(notice).toHaveTextContent('theme=nope');
    expect(notice).toHaveTextContent('year=abc');
    expect(notice).toHaveTextContent('lang=fr');
    expect(notice).toHaveTextContent('x=<b>1</b>');
    expect(notice.querySelector('b')).toBeNull();
    expect(panelSections()).toEqual(
      dataset.panels.filter((p) => p.theme === 'rights').map((p) => p.id),
    );
    expect(window.location.search).toBe('?theme=rights');
  });

  it('each panel offers Chart / Table / Quotes with every figure as written', async () => {
    const user = userEvent.setup();
    openAt('');
    const panel = screen.getByRole('region', { name: '师市工会帮助团场销售果蔬（吨）' });
    await user.click(within(panel).getByRole('tab', { name: '表格' }));
    const rows = within(panel).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell')[0]!.textContent)).toEqual([
      '160余吨 ⁺',
      '61.6吨',
    ]);
    await user.click(within(panel).getByRole('tab', { name: '原文摘录' }));
    expect(
      within(panel).getByText('“铁门关市各级工会帮助团场销售各类果蔬 160 余吨”'),
    ).toBeInTheDocument();
  });

  it('a panel that throws shows its error inline and the rest keeps working', async () => {
    const broken = {
      ...dataset,
      // A bar panel whose figures mix base units: its option builder throws.
      panels: [
        {
          ...dataset.panels[0]!,
          figures: ['festival-warmth-funds-2018', 'festival-visits-hardship-families'],
          theme: 'hardship-aid',
        },
        ...dataset.panels.slice(1),
      ],
    };
    const info = vi.spyOn(console, 'info').mockImplementation(() => {});
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    window.history.replaceState(null, '', '/');
    render(<App dataset={broken} />);
    expect(await screen.findByRole('alert')).toHaveTextContent('这个图表无法显示');
    expect(panelSections()).toHaveLength(dataset.panels.length);
    expect(
      screen.getByRole('region', { name: '协助有关部门帮助农民工追讨欠薪' }),
    ).toBeInTheDocument();
    info.mockRestore();
    error.mockRestore();
  });

  it('the source view marks every figure once and links back to its panel', async () => {
    const user = userEvent.setup();
    openAt('?view=source&figure=grassroots-unions');
    const marks = await screen.findAllByText((_, el) => el?.tagName === 'MARK');
    const ids = marks.map((m) => m.getAttribute('data-figure-id'));
    expect(new Set(ids).size).toBe(dataset.figures.length);
    expect(ids).toHaveLength(dataset.figures.length);
    const active = document.querySelector('mark[aria-current="true"]');
    expect(active).toHaveAttribute('data-figure-id', 'grassroots-unions');
    expect(active).toHaveTextContent('3523家');
    await user.click(active!);
    expect(window.location.search).toBe('?figure=grassroots-unions');
    expect(window.location.hash).toBe('#grassroots-unions');
    expect(screen.getByRole('region', { name: '基层工会与会员（截至2022年底）' })).toHaveClass(
      'is-target',
    );
  });
});
