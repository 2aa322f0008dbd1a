// Glossary on the page: hints on the first use (hover and keyboard focus), a glossary section.
import { act, within, fireEvent } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { t } from '../../src/i18n/strings';
import { dataset, openAt, panelsOf } from './open';

/**
 * The panels these claims are on: the key figures' (中央财政帮扶资金, 困难职工), two that both speak
 * of the 两节 festivals (marked once), one that names grassroots unions and one whose title holds
 * 集体协商 (collective consultation).
 */
const report = panelsOf([
  'hardship-funds',
  'hardship-satisfaction',
  'festival-warmth-funds',
  'festival-visits-households',
  'grassroots-unions',
  'bargaining-contest',
]);
/** A panel whose title holds the term 集体协商 (collective consultation). */
const CONTEST = dataset.panels.find((p) => p.id === 'bargaining-contest')!.title;

const termsOnPage = (root: ParentNode = document) =>
  [...root.querySelectorAll<HTMLElement>('.term')].map((el) => el.dataset.termId);

describe('glossary terms on the dashboard', () => {
  // One render per language, several claims on it (the hint's interactions last).
  it('marks each term at most once, at its first use, with a hint on focus and on hover', async () => {
    const user = userEvent.setup();
    await openAt('', { report });
    const ids = termsOnPage(document.getElementById('main')!);
    expect(ids.length).toBeGreaterThanOrEqual(5);
    expect(new Set(ids).size).toBe(ids.length);
    // 困难职工 is first used by the key-figure card “困难职工满意度…”.
    const card = document.querySelector(
      '.headline-card[data-figure-id="hardship-worker-satisfaction"]',
    )!;
    expect(termsOnPage(card)).toEqual(['hardship-workers']);

    // The hint, on keyboard focus and on hover, described by aria-describedby.
    // The panel (a region named by its title; looked up by its id, not by a whole-page search).
    const panel = document.getElementById('bargaining-contest')!;
    expect(panel).toHaveAccessibleName(CONTEST.zh);
    const term = within(panel).getByText('集体协商', { selector: '.term' });
    const tipId = term.getAttribute('aria-describedby')!;
    const tip = document.getElementById(tipId)!;
    expect(tip).toHaveAttribute('role', 'tooltip');
    expect(tip).not.toBeVisible();
    expect(term).toHaveAccessibleDescription(/collective consultation/);
    // Keyboard focus.
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
    expect(panel).toHaveAccessibleName(CONTEST.zh);
  });

  it('English: hints on the English terms, marked as whole words; a glossary section lists every term', async () => {
    await openAt('?lang=en', { report });
    const panel = document.getElementById('bargaining-contest')!;
    expect(panel).toHaveAccessibleName(CONTEST.en);
    const term = within(panel).getByText('collective consultation', { selector: '.term' });
    expect(term).toHaveAccessibleDescription(/^collective consultation \(集体协商\): China’s form/);

    // A term is marked as whole words, a plural ending included.
    const terms = [...document.querySelectorAll<HTMLElement>('#main .term')];
    expect(terms.length).toBeGreaterThan(3);
    // The review saw “Model worker” underlined and the “s” left out: no term is glued to letters.
    for (const el of terms) {
      const before = el.previousSibling?.textContent ?? '';
      const after = el.nextSibling?.textContent ?? '';
      expect(`${before.slice(-1)}|${after.slice(0, 1)}`, el.textContent!).not.toMatch(
        /\p{L}\||\|\p{L}/u,
      );
    }
    const unions = terms.find((t) => t.dataset.termId === 'grassroots-union')!;
    expect(unions).toHaveTextContent(/^Grassroots unions$/);

    // The glossary section lists every term in zh and en.
    const section = document.getElementById('glossary')!;
    expect(section).toHaveAccessibleName(t('en', 'glossaryHeading'));
    const rows = within(section).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(dataset.glossary.length);
    dataset.glossary.forEach((entry, i) => {
      expect(within(rows[i]!).getByRole('rowheader')).toHaveTextContent(entry.zh);
      expect(rows[i]).toHaveTextContent(entry.en);
      expect(rows[i]).toHaveTextContent(entry.explain.en);
    });
  });
});

// Glossary terms in the source view: tests/components/quotes.test.tsx (its one render of it).
