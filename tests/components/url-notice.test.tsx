/**
 * The "ignored parameters" notice on a crafted link: it lists at most five entries and counts the
 * rest, names known keys with their value and unknown keys only when they look like a key, and
 * never shows free text (a phone number, a bidi override) that the link carries. A link to
 * something the page does not show (an unknown `#target`, a `?figure=` the filter hides) says so.
 */
import { act, fireEvent, screen } from '@testing-library/react';
import { t } from '../../src/i18n/strings';
import { messagePattern } from './messages';
import { dataset, openAt, panelsOf, smallReport } from './open';

/** The notice's text for an ignored list, in Chinese, as the locale words it. */
const ignored = (list: string) => t('zh', 'ignoredNotice', { list });
const NOTICE = messagePattern('zh', 'ignoredNotice');
const notice = () => screen.getByText(NOTICE).textContent ?? '';

describe('the ignored-parameters notice', () => {
  // Which entries it names (known keys with their value, unknown keys only when they look like a
  // key, never bidi or control characters): noticeEntries, tests/unit/url-targets.test.ts. Here,
  // the page's wording of a capped list.
  it('shows at most five entries and counts the rest', async () => {
    const many = Array.from({ length: 300 }, (_, i) => `k${i}=v`).join('&');
    await openAt(`?${many}`, { report: smallReport() });
    expect(notice()).toBe(ignored('k0、k1、k2、k3、k4、…(+295)'));
  });
});

describe('a path that names no page', () => {
  it('opens the page its query names, says the path was ignored, and cleans the address', async () => {
    await openAt('reports/?lang=en&theme=nope', { report: smallReport() });
    expect(screen.getByText(messagePattern('en', 'ignoredNotice'))).toHaveTextContent(
      t('en', 'ignoredNotice', { list: 'path and theme=nope' }),
    );
    expect(document.documentElement.lang).toBe('en');
    expect(`${window.location.pathname}${window.location.search}`).toBe('/en/');
  });

  it('an embed path shows the panel alone, its link back in path form', async () => {
    const panel = smallReport().panels[0]!;
    await openAt(`en/embed/${panel.id}/`, { report: smallReport() });
    const back = screen.getByRole('link', { name: t('en', 'openFullDashboard') });
    expect(back).toHaveAttribute('href', `http://localhost:3000/en/#${panel.id}`);
    expect(window.location.pathname).toBe(`/en/embed/${panel.id}/`);
  });
});

// A #constructor dropped like #theme-nope, and a ?figure= the year keeps (no notice): the parser
// and the hidden-target rule, tests/unit/url-targets.test.ts.
describe('links to something the page does not show', () => {
  // The panel of the 2018 funds, and one of end-2022 stocks (so that 2022 is a year of the page).
  const withYear2022 = panelsOf(['festival-warmth-funds', 'grassroots-unions']);
  it('a well-formed but unknown #target is dropped from the address and named', async () => {
    await openAt('?lang=zh#theme-nope', { report: smallReport() });
    expect(notice()).toBe(ignored('#theme-nope'));
    expect(window.location.hash).toBe('');
  });

  it('a known #theme- target is kept, with no notice', async () => {
    const theme = smallReport().panels[0]!.theme;
    await openAt(`#theme-${theme}`, { report: smallReport() });
    expect(screen.queryByText(NOTICE)).toBeNull();
    expect(window.location.hash).toBe(`#theme-${theme}`);
  });

  it('?figure= hidden by the year says so, and "show it" clears the filter', async () => {
    const figure = dataset.figures.find((f) => f.id === 'festival-warmth-funds-2018')!;
    await openAt(`?figure=${figure.id}&year=2022`, { report: withYear2022 });
    // The label's own “两节” is nested as ‘两节’ inside the notice's quotes.
    expect(figure.label.zh).toContain('“两节”');
    const text = t('zh', 'hiddenFigure', { title: figure.label.zh.replace('“两节”', '‘两节’') });
    expect(screen.getByText(text)).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: t('zh', 'showHiddenTarget') }));
    });
    expect(screen.queryByText(text)).toBeNull();
    expect(window.location.search).toBe(`?figure=${figure.id}`);
  });

  it('English: a label that starts with “ is not given a second quote mark', async () => {
    const figure = dataset.figures.find((f) => f.id === 'festival-warmth-funds-2018')!;
    expect(figure.label.en).toMatch(/^“Sending Warmth”/);
    await openAt(`?figure=${figure.id}&year=2022&lang=en`, { report: withYear2022 });
    const notice = screen.getByText(messagePattern('en', 'hiddenFigure'));
    expect(notice.textContent).not.toContain('““');
    expect(notice).toHaveTextContent(
      t('en', 'hiddenFigure', {
        title: figure.label.en.replace('“Sending Warmth”', '‘Sending Warmth’'),
      }),
    );
  });

  it('a #theme- the year hides all of says so', async () => {
    const rights = dataset.themes.find((th) => th.id === 'rights')!;
    await openAt('?year=2018#theme-rights', {
      report: panelsOf(['festival-visits-people', 'bargaining-contest']),
    });
    expect(screen.getByText(t('zh', 'hiddenTheme', { title: rights.name.zh }))).toBeTruthy();
  });
});
