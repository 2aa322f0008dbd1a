import { selectFilteredFigures } from '../selectors/year-rule';
import { useDashboard } from './context';
import { SourceTerms } from './source-terms';
import { pickText } from '../i18n/locales';

/** Source line, notes, and the whole dataset (every report) as JSON or CSV. */
export function Footer() {
  const { dataset, reports = [dataset], lang, t, state } = useDashboard();
  const filtered = state.themes.length > 0 || state.year !== null;
  // The same selector as the panels: a "2022 only" download holds no five-year total.
  const shown = filtered
    ? selectFilteredFigures(dataset.figures, { themes: state.themes, year: state.year })
    : [];
  // The CSV and JSON writers load on the first click (their own chunk).
  const downloads = () => import('../export/dataset-downloads');
  const downloadJson = () => void downloads().then((d) => d.downloadCorpusJson(reports, lang));
  return (
    <footer className="site-footer">
      <p>{pickText(dataset.meta.sourceLine, lang)}</p>
      <p>{t('footerNote')}</p>
      <SourceTerms />
      <div className="footer-actions">
        <button type="button" className="btn" onClick={downloadJson}>
          {t('downloadJson')}
        </button>
        <button
          type="button"
          className="btn"
          onClick={() => void downloads().then((d) => d.downloadCorpusCsv(reports, lang))}
        >
          {t('downloadCsv')}
        </button>
        {filtered && (
          <button
            type="button"
            className="btn"
            data-testid="download-filtered"
            disabled={shown.length === 0}
            onClick={() =>
              void downloads().then((d) => d.downloadFilteredCsv(dataset.meta, shown, lang))
            }
          >
            {t('downloadFilteredCsv', { count: shown.length })}
          </button>
        )}
      </div>
    </footer>
  );
}
