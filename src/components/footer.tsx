import { corpusCsv, corpusJson } from '../export/corpus-export';
import { figuresCsv } from '../export/csv';
import { downloadText } from '../export/download';
import { datasetFileName } from '../export/file-names';
import { selectFilteredFigures } from '../selectors/year-rule';
import { useDashboard } from './context';
import { SourceTerms } from './source-terms';

/** Source line, notes, and the whole dataset (every report) as JSON or CSV. */
export function Footer() {
  const { dataset, reports = [dataset], lang, t, state } = useDashboard();
  const filtered = state.themes.length > 0 || state.year !== null;
  // The same selector as the panels: a "2022 only" download holds no five-year total.
  const shown = filtered
    ? selectFilteredFigures(dataset.figures, { themes: state.themes, year: state.year })
    : [];
  const downloadJson = () =>
    downloadText(corpusJson(reports), datasetFileName(lang, 'json'), 'application/json');
  return (
    <footer className="site-footer">
      <p>{dataset.meta.sourceLine[lang]}</p>
      <p>{t('footerNote')}</p>
      <SourceTerms />
      <div className="footer-actions">
        <button type="button" className="btn" onClick={downloadJson}>
          {t('downloadJson')}
        </button>
        <button
          type="button"
          className="btn"
          onClick={() =>
            downloadText(
              corpusCsv(reports, lang),
              datasetFileName(lang, 'csv'),
              'text/csv;charset=utf-8',
            )
          }
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
              downloadText(
                figuresCsv(shown, lang),
                datasetFileName(lang, 'csv').replace(/\.csv$/, '-filtered.csv'),
                'text/csv;charset=utf-8',
              )
            }
          >
            {t('downloadFilteredCsv', { count: shown.length })}
          </button>
        )}
      </div>
    </footer>
  );
}
