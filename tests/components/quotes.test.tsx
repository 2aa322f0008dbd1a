// A quote reads the same in a panel's Quotes tab as in the source view's sentence (ux-review 14:
// the tab had the PDF's “困难农民工912 人”, the source view “912人”); the source view marks the
// first use of glossary terms, with hints (one render of the source view for both).
import { cleanup, waitFor } from '@testing-library/react';
import { openAt, panelsOf } from './open';

/** A block's text as read, without the marks' hover tips. */
const readText = (el: Element) => {
  const copy = el.cloneNode(true) as Element;
  copy.querySelectorAll('.figure-tip').forEach((tip) => tip.remove());
  return copy.textContent ?? '';
};

describe('quotes', () => {
  it('read in the Quotes tab as in the source view, which marks glossary terms at their first use', async () => {
    // The sample cut to the panel whose quotes are read; then the whole report's source view.
    await openAt('?tab=festival-visits-people:quotes', {
      report: panelsOf(['festival-visits-people']),
    });
    const items = [...document.querySelectorAll<HTMLElement>('.quote-list li[data-figure-id]')];
    const quotes = items.map((li) => ({
      id: li.dataset.figureId!,
      quote: li.querySelector('blockquote')!.textContent!.replace(/^“|”$/gu, ''),
    }));
    expect(quotes.map((q) => q.quote)).toContain('困难农民工912人');
    for (const { quote } of quotes)
      expect(quote).not.toMatch(/[\d\p{Script=Han}] [\d%]|\d \p{Script=Han}/u);
    cleanup();

    await openAt('?view=source');
    await waitFor(() => expect(document.querySelector('.source-view mark')).not.toBeNull());
    for (const { id, quote } of quotes) {
      const mark = document.querySelector(`.source-view mark[data-figure-id="${id}"]`)!;
      expect(readText(mark.closest('p, figure')!), id).toContain(quote);
    }

    // Glossary terms: marked at their first use in the article, each once, with hints.
    const view = document.querySelector('.source-view')!;
    const ids = [...view.querySelectorAll<HTMLElement>('.term')].map((el) => el.dataset.termId);
    expect(ids).toContain('niangjia-ren');
    expect(ids).toContain('union-levy');
    expect(new Set(ids).size).toBe(ids.length);
    const levy = view.querySelector<HTMLElement>('.term[data-term-id="union-levy"]')!;
    expect(levy).toHaveTextContent('工会经费');
    expect(levy).toHaveAccessibleDescription(/union levy/);
  });
});
