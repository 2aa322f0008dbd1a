import { screen } from '@testing-library/react';
import { dataset, openAt } from './open';
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
    for (const panel of dataset.panels) {
      expect(screen.getByRole('region', { name: panel.title.zh })).toHaveAttribute(
        'data-panel-id',
        panel.id,
      );
    }
  });

  it('ignores bad URL parameters with a notice, rendering everything', async () => {
    await openAt('?theme=nope,rights&year=abc&lang=fr&x=<b>1</b>');
    const notice = screen.getByRole('status');
    expect(notice).toHaveTextContent('theme=nope');
    expect(notice).toHaveTextContent('year=abc');
    expect(notice).toHaveTextContent('lang=fr');
    // An unknown key is named, its value (whatever text the link carries) is not.
    expect(notice).toHaveTextContent(/lang=fr(、|和)x(?!=)/);
    expect(notice).not.toHaveTextContent('<b>1</b>');
    expect(notice.querySelector('b')).toBeNull();
    expect(panelSections()).toEqual(
      dataset.panels.filter((p) => p.theme === 'rights').map((p) => p.id),
    );
    expect(window.location.search).toBe('?theme=rights');
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
    await openAt('', { report: broken });
    expect(screen.getByRole('alert')).toHaveTextContent(messagePattern('zh', 'chartError'));
    expect(panelSections()).toHaveLength(dataset.panels.length);
    const other = broken.panels[1]!;
    expect(screen.getByRole('region', { name: other.title.zh })).toBeInTheDocument();
    info.mockRestore();
    error.mockRestore();
  });
});
