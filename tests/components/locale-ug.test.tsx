// A third, right-to-left language is a locale object and nothing else: given to the page (its
// `locales`, nothing registered globally), the page opened with ?lang=ug is Uyghur-tagged and
// right to left, with no code in src/ that knows `ug`.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LOCALES, localesWith } from '../../src/i18n/locales';
import { ug, UG_STRINGS } from '../fixtures/locale-ug';
import { openAt, smallReport } from './open';

const locales = localesWith(ug);
// The excerpt report (its behaviour here is the page's, not the report's).
const report = smallReport();

describe('the page given a right-to-left test locale', () => {
  it('is tagged ug and right to left, in Uyghur where the locale has strings', async () => {
    await openAt('?lang=ug', { locales, report });
    expect(document.documentElement.lang).toBe('ug');
    expect(document.documentElement.dir).toBe('rtl');
    const filters = screen.getByRole('region', { name: UG_STRINGS.filtersHeading });
    expect(within(filters).getByText(UG_STRINGS.themeGroup)).toBeInTheDocument();
    const total = report.figures.length;
    expect(screen.getByText(`${total} ساندىن ${total} سى كۆرسىتىلدى`)).toBeInTheDocument();
    // Where it has none, the locale falls back to English, as it declares: strings and data texts.
    expect(
      screen.getAllByText(report.themes.find((th) => th.id === report.panels[0]!.theme)!.name.en)
        .length,
    ).toBeGreaterThan(0);
    expect(screen.getByText(report.meta.summary.en)).toBeInTheDocument();
    // Values follow its number rules: the 2412万元 funds read in millions with Uyghur scale words.
    expect(document.body.textContent).toContain('¥24.12 مىليون');
  });

  it('the language switch cycles through every locale it was given: the site’s, ug, then back to zh', async () => {
    const user = userEvent.setup();
    // From the last of the site's locales (en) the switch offers the one given after them.
    const last = LOCALES.at(-1)!;
    expect(last.id).not.toBe('zh');
    await openAt(`?lang=${last.id}`, { locales, report });
    await user.click(screen.getByRole('button', { name: ug.name }));
    // A locale the page was given is a path segment at once (routes.ts is given the page's ids).
    expect(window.location.pathname).toBe('/ug/');
    expect(window.location.search).toBe('');
    expect(document.documentElement.dir).toBe('rtl');
    // After ug (the last given) comes zh, named in Chinese; the default has no segment.
    await user.click(screen.getByRole('button', { name: '中文' }));
    expect(window.location.pathname).toBe('/');
    expect(window.location.search).toBe('');
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(document.documentElement.dir).toBe('ltr');
  });
});
