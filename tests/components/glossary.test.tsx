// Glossary on the page: hints on the first use (hover and keyboard focus), a glossary section.
import { act, screen, within, fireEvent, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { dataset, openAt } from './open';

const termsOnPage = (root: ParentNode = document) =>
  [...root.querySelectorAll<HTMLElement>('.term')].map((el) => el.dataset.termId);

describe('glossary terms on the dashboard', () => {
  it('marks each term at most once: its first use in a card label or panel title', async () => {
    await openAt('');
    const ids = termsOnPage(document.getElementById('main')!);
    expect(ids.length).toBeGreaterThan(5);
    expect(new Set(ids).size).toBe(ids.length);
    // 困难职工 is first used by the key-figure card “困难职工满意度…”.
    const card = document.querySelector(
      '.headline-card[data-figure-id="hardship-worker-satisfaction"]',
    )!;
    expect(termsOnPage(card)).toEqual(['hardship-workers']);
  });

  it('shows the hint on keyboard focus and on hover, described by aria-describedby', async () => {
    const user = userEvent.setup();
    await openAt('');
    const panel = screen.getByRole('region', { name: '首届集体协商竞赛' });
    const term = within(panel).getByText('集体协商', { selector: '.term' });
    const tipId = term.getAttribute('aria-describedby')!;
    const tip = document.getElementById(tipId)!;
    expect(tip).toHaveAttribute('role', 'tooltip');
    expect(tip).not.toBeVisible();
    expect(term).toHaveAccessibleDescription(/collective consultation/);
    // Keyboard focus (the Tab test below reaches it with the keyboard).
    act(() => term.focus());
    expect(tip).toBeVisible();
    expect(tip).toHaveTextContent('集体协商（collective consultation）：');
    await user.keyboard('{Escape}');
    expect(tip).not.toBeVisible();
    fireEvent.blur(term);
    fireEvent.mouseEnter(term);
    expect(tip).toBeVisible();
    fireEvent.mouseLeave(term);
    expect(tip).not.toBeVisible();
    // The closed hint does not join the panel's name.
    expect(panel).toHaveAccessibleName('首届集体协商竞赛');
  });

  it('English: hints on the English terms, explained in English', async () => {
    await openAt('?lang=en');
    const panel = screen.getByRole('region', { name: 'First collective consultation contest' });
    const term = within(panel).getByText('collective consultation', { selector: '.term' });
    expect(term).toHaveAccessibleDescription(/^collective consultation \(集体协商\): China’s form/);
  });

  it('English: a term is marked as whole words, a plural ending included', async () => {
    await openAt('?lang=en');
    const terms = [...document.querySelectorAll<HTMLElement>('#main .term')];
    expect(terms.length).toBeGreaterThan(3);
    // The review saw “Model worker” underlined and the “s” left out: no term is glued to letters.
    for (const term of terms) {
      const before = term.previousSibling?.textContent ?? '';
      const after = term.nextSibling?.textContent ?? '';
      expect(`${before.slice(-1)}|${after.slice(0, 1)}`, term.textContent!).not.toMatch(
        /\p{L}\||\|\p{L}/u,
      );
    }
    const unions = terms.find((t) => t.dataset.termId === 'grassroots-union')!;
    expect(unions).toHaveTextContent(/^Grassroots unions$/);
  });

  it('lists every term in zh and en in a glossary section', async () => {
    await openAt('?lang=en');
    const section = screen.getByRole('region', { name: 'Glossary' });
    const rows = within(section).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(dataset.glossary.length);
    dataset.glossary.forEach((term, i) => {
      expect(within(rows[i]!).getByRole('rowheader')).toHaveTextContent(term.zh);
      expect(rows[i]).toHaveTextContent(term.en);
      expect(rows[i]).toHaveTextContent(term.explain.en);
    });
  });
});

describe('glossary terms in the source view', () => {
  it('marks the first use of terms in the article, with hints', async () => {
    await openAt('?view=source');
    await waitFor(() => expect(document.querySelector('.source-view')).not.toBeNull());
    const view = document.querySelector('.source-view')!;
    const ids = termsOnPage(view);
    expect(ids).toContain('niangjia-ren');
    expect(ids).toContain('union-levy');
    expect(new Set(ids).size).toBe(ids.length);
    const levy = view.querySelector<HTMLElement>('.term[data-term-id="union-levy"]')!;
    expect(levy).toHaveTextContent('工会经费');
    expect(levy).toHaveAccessibleDescription(/union levy/);
  });
});
