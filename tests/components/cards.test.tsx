// A cards panel says what its qualifiers mean once, under the panel, and marks each value with
// the qualifier's sign (its meaning in the mark's title), as the table does.
import { t } from '../../src/i18n/strings';
import { dataset, openAt, panelsOf } from './open';

const count = (text: string, part: string) => text.split(part).length - 1;

describe.each(['zh', 'en'] as const)('a cards panel with a 余/多 value (%s)', (lang) => {
  it('explains 余/多 once, in its footnote, and marks the value ⁺', async () => {
    const panel = dataset.panels.find(
      (p) =>
        p.chart === 'cards' &&
        p.figures.some((id) => dataset.figures.find((f) => f.id === id)?.qualifier === 'more_than'),
    )!;
    await openAt(lang === 'en' ? '?lang=en' : '', { report: panelsOf([panel.id]) });
    const el = document.getElementById(panel.id)!;
    const note = t(lang, 'moreThanNote');
    expect(count(el.textContent ?? '', note)).toBe(1);
    const card = el.querySelector('.figure-card.is-more-than')!;
    const mark = card.querySelector('.card-value abbr')!;
    expect(mark.textContent?.trim()).toBe('⁺');
    expect(mark.getAttribute('title')).toBe(note);
    expect(card.textContent).not.toContain(note);
  });
});
