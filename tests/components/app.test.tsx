import { screen } from '@testing-library/react';
import { dataset, openAt, panelsOf, smallReport } from './open';
import { t } from '../../src/i18n/strings';
import { messagePattern } from './messages';

const panelSections = () =>
  [...document.querySelectorAll<HTMLElement>('section[data-panel-id]')].map(
    (s) => s.dataset.panelId,
  );

describe('dashboard as a user sees it', () => {
  it('shows every panel and the figure count, in Chinese by default', async () => {
    await openAt('');
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(panelSections()).toHaveLength(dataset.panels.length);
    expect(
      screen.getByText(
        t('zh', 'figuresShown', { shown: dataset.figures.length, total: dataset.figures.length }),
      ),
    ).toBeInTheDocument();
    // Each panel is a section named by its title (a region): one lookup per panel by its id, not a
    // search of the whole page's accessibility tree per panel.
    for (const panel of dataset.panels) {
      const section = document.querySelector(`section[data-panel-id="${panel.id}"]`);
      expect(section).toHaveAccessibleName(panel.title.zh);
    }
  });

  it('ignores bad URL parameters with a notice, rendering everything', async () => {
    // Two themes' panels: the valid theme of the list keeps its own.
    const report = panelsOf(['festival-visits-people', 'bargaining-contest', 'epidemic-funds']);
    await openAt('?theme=nope,rights&year=abc&lang=fr&x=<b>1</b>', { report });
    const notice = screen.getByRole('status');
    expect(notice).toHaveTextContent('theme=nope');
    expect(notice).toHaveTextContent('year=abc');
    expect(notice).toHaveTextContent('lang=fr');
    // An unknown key is named, its value (whatever text the link carries) is not.
    expect(notice).toHaveTextContent(/lang=fr(、|和)x(?!=)/);
    expect(notice).not.toHaveTextContent('<b>1</b>');
    expect(notice.querySelector('b')).toBeNull();
    expect(panelSections()).toEqual(
      report.panels.filter((p) => p.theme === 'rights').map((p) => p.id),
    );
    expect(window.location.search).toBe('?theme=rights');
  });

  it('a panel that throws shows its error inline and the rest keeps working', async () => {
    // On the small excerpt report: the first panel a bar panel whose figures mix base units (yuan,
    // households), so its option builder throws.
    const small = smallReport();
    const broken = {
      ...small,
      panels: [
        {
          ...small.panels[0]!,
          figures: ['festival-warmth-funds-2018', 'festival-visits-hardship-families'],
          theme: 'hardship-aid',
        },
        ...small.panels.slice(1),
      ],
    };
    const info = vi.spyOn(console, 'info').mockImplementation(() => {});
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    await openAt('', { report: broken });
    expect(screen.getByRole('alert')).toHaveTextContent(messagePattern('zh', 'chartError'));
    expect(panelSections()).toHaveLength(small.panels.length);
    const other = broken.panels[1]!;
    expect(screen.getByRole('region', { name: other.title.zh })).toBeInTheDocument();
    info.mockRestore();
    error.mockRestore();
  });
});
