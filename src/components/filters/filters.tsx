import { useDashboard } from '../page/context';
import { nextLocale, pickText } from '../../i18n/locales';
import { PHONE_QUERY, useMediaQuery } from '../page/use-media-query';

/**
 * The language switch and the colour scheme: not filters, so on a phone they stay in the top bar
 * beside the filter button rather than inside its sheet.
 */
export function LangSchemeToggles() {
  const { lang, locales, scheme, navigate, t } = useDashboard();
  const nextScheme = scheme === 'dark' ? 'light' : 'dark';
  // The language switch goes to the page's next locale, named in its own language.
  const next = nextLocale(lang, locales);
  return (
    <>
      <button
        type="button"
        className="btn"
        onClick={() => navigate({ lang: next.id })}
        lang={next.id}
      >
        {next.name}
      </button>
      <button
        type="button"
        className="btn"
        aria-label={nextScheme === 'dark' ? t('schemeToDark') : t('schemeToLight')}
        onClick={() => navigate({ scheme: nextScheme })}
      >
        <span aria-hidden="true">{nextScheme === 'dark' ? '☾ ' : '☀ '}</span>
        {nextScheme === 'dark' ? t('schemeDarkShort') : t('schemeLightShort')}
      </button>
    </>
  );
}

/** Theme checkboxes, year select, language, colour scheme and patterns: all state is in the URL. */
export function Filters({
  onTogglePatterns,
  onExportScale,
}: {
  onTogglePatterns: () => void;
  onExportScale: (scale: number) => void;
}) {
  const { dataset, state, lang, patterns, exportScale, navigate, t, page } = useDashboard();
  const phone = useMediaQuery(PHONE_QUERY);
  const { themeCounts, yearCounts } = page;
  const toggleTheme = (id: string, on: boolean) => {
    const next = on ? [...state.themes, id] : state.themes.filter((x) => x !== id);
    const order = dataset.themes.map((th) => th.id);
    navigate({ themes: next.sort((a, b) => order.indexOf(a) - order.indexOf(b)) });
  };
  return (
    <section className="filters" aria-label={t('filtersHeading')}>
      <fieldset className="theme-filter">
        <legend>{t('themeGroup')}</legend>
        <div className="theme-options">
          {themeCounts.map(({ key: theme, count }) => {
            const checked = state.themes.includes(theme.id);
            return (
              <label
                key={theme.id}
                className={`chip${checked ? ' is-on' : ''}${count === 0 ? ' is-empty' : ''}`}
              >
                <input
                  type="checkbox"
                  checked={checked}
                  aria-label={pickText(theme.name, lang)}
                  onChange={(e) => toggleTheme(theme.id, e.currentTarget.checked)}
                />
                <span aria-hidden="true">{pickText(theme.name, lang)}</span>
                <span className="count" aria-hidden="true">
                  {count}
                </span>
              </label>
            );
          })}
        </div>
      </fieldset>
      <div className="filter-row">
        <label className="year-filter">
          <span>{t('yearLabel')}</span>
          <select
            aria-label={t('yearLabel')}
            value={state.year ?? ''}
            onChange={(e) =>
              navigate({ year: e.currentTarget.value ? Number(e.currentTarget.value) : null })
            }
          >
            <option value="">{t('allYears')}</option>
            {yearCounts.map(({ key: year, count }) => (
              <option key={year} value={year}>
                {t('yearOption', { year, count })}
              </option>
            ))}
          </select>
        </label>
        <div className="toggles">
          {!phone && <LangSchemeToggles />}
          <label className="patterns-toggle">
            <input type="checkbox" checked={patterns} onChange={onTogglePatterns} />
            <span>{t('patterns')}</span>
          </label>
          <label className="scale-select">
            <span>{t('exportScale')}</span>
            <select
              value={exportScale}
              onChange={(e) => onExportScale(Number(e.currentTarget.value))}
            >
              <option value={2}>PNG 2×</option>
              <option value={3}>PNG 3×</option>
            </select>
          </label>
        </div>
      </div>
      {state.year !== null && <p className="filter-note">{t('yearNote')}</p>}
    </section>
  );
}
