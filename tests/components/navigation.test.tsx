// Keyboard, search, sorting and the URL, as a user meets them.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { t } from '../../src/i18n/strings';
import { pickText } from '../../src/i18n/locales';
import { FIELD_WORDS } from '../../src/i18n/field-words';
import { dataset, openAt, panelsOf, smallReport } from './open';

const FUNDS = dataset.panels.find((p) => p.id === 'epidemic-funds')!.title.zh;

// One render of the page, its keyboard paths in turn: each panel's tab stops, the menu button,
// a card panel's links, a table's sort.
describe('panels with the keyboard', () => {
  it('a panel is at most four tab stops and one image; its menu opens with the keyboard, moves with arrows, Home/End, and Escape returns focus; card links are one tab stop; tables sort by any column', async () => {
    const user = userEvent.setup();
    // A panel of each kind (bullet, cards, bar): the menu's panel, a card panel, a bullet.
    await openAt('', {
      report: panelsOf(['hardship-satisfaction', 'bargaining-contest', 'epidemic-funds']),
    });
    // A panel costs at most four tab stops (three, plus a glossary term in its title) and has one
    // image.
    for (const panel of document.querySelectorAll<HTMLElement>('section[data-panel-id]')) {
      const stops = [
        ...panel.querySelectorAll<HTMLElement>('button, a, input, select, [tabindex]'),
      ].filter(
        // A closed <dialog> (Cite, Embed) holds no tab stop in a browser.
        (el) => el.tabIndex >= 0 && !el.closest('[hidden]') && !el.closest('dialog:not([open])'),
      );
      const terms = stops.filter((el) => el.classList.contains('term')).length;
      expect(terms).toBeLessThanOrEqual(1);
      expect(stops.length - terms).toBeLessThanOrEqual(3);
      expect(panel.querySelectorAll('[role="img"]').length).toBeLessThanOrEqual(1);
    }
    // The menu button.
    const panel = document.getElementById('epidemic-funds')!;
    expect(panel).toHaveAccessibleName(FUNDS);
    const button = within(panel).getByRole('button', {
      name: t('zh', 'panelActionsFor', { title: FUNDS }),
    });
    expect(button).toHaveAttribute('aria-haspopup', 'menu');
    button.focus();
    await user.keyboard('{ArrowDown}');
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const items = within(panel).getAllByRole('menuitem');
    expect(items.map((i) => i.textContent)).toEqual(
      (['exportPng', 'exportSvg', 'exportCsv', 'copyLink', 'cite', 'embed'] as const).map((key) =>
        t('zh', key),
      ),
    );
    expect(items[0]).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(items[1]).toHaveFocus();
    await user.keyboard('{End}');
    expect(items[5]).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(items[0]).toHaveFocus();
    await user.keyboard('{Home}{ArrowUp}');
    expect(items[5]).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(button).toHaveFocus();
    expect(button).toHaveAttribute('aria-expanded', 'false');

    // Cards: a card panel's article links are one tab stop; arrow keys move between them.
    const cards = document.getElementById('bargaining-contest')!;
    const links = within(cards).getAllByRole('link');
    expect(links.map((l) => l.tabIndex)).toEqual([0, -1, -1, -1]);
    links[0]!.focus();
    await user.keyboard('{ArrowRight}');
    expect(links[1]).toHaveFocus();
    await user.keyboard('{End}');
    expect(links[3]).toHaveFocus();
    expect(links[3]).toHaveAttribute('tabindex', '0');

    // A table sorts by any column (the menu's panel, on its table tab).
    const funds = panel;
    await user.click(within(funds).getByRole('tab', { name: t('zh', 'tabTable') }));
    const header = within(funds).getByRole('columnheader', {
      name: new RegExp(pickText(FIELD_WORDS.value.name, 'zh')),
    });
    await user.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'ascending');
    const ids = () =>
      [...funds.querySelectorAll<HTMLElement>('tbody tr')].map((r) => r.dataset.figureId!);
    const base = (id: string) => dataset.figures.find((f) => f.id === id)!.base.value;
    const asc = ids().map(base);
    expect(asc).toEqual([...asc].sort((a, b) => a - b));
    await user.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'descending');
    expect(ids().map(base)).toEqual([...asc].sort((a, b) => b - a));
    const first = dataset.figures.find((f) => f.id === ids()[0])!;
    expect(within(funds).getAllByRole('row')[1]).toHaveTextContent(first.written);
  });
});

describe('the URL', async () => {
  it('one filter click is one history entry, also under StrictMode', async () => {
    const user = userEvent.setup();
    const small = smallReport();
    const theme = small.themes.find((th) => th.id === small.panels[0]!.theme)!;
    await openAt('', { strict: true, report: small });
    const push = vi.spyOn(window.history, 'pushState');
    await user.click(screen.getByRole('checkbox', { name: theme.name.zh }));
    expect(window.location.search).toBe(`?theme=${theme.id}`);
    expect(push).toHaveBeenCalledTimes(1);
    push.mockRestore();
  });
});
