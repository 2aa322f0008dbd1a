import { corpusCsv, corpusJson } from '../export/corpus-export';
import { downloadText } from '../export/download';
import { datasetFileName } from '../export/file-names';
import { useDashboard } from './context';

/** Source line, notes, and the whole dataset (every report) as JSON or CSV. */
export function Footer() {
  const { dataset, reports = [dataset], lang, t } = useDashboard();
  const downloadJson = () =>
    downloadText(corpusJson(reports), datasetFileName(lang, 'json'), 'application/json');
  return (
    <footer className="site-footer">
      <p>{dataset.meta.sourceLine[lang]}</p>
      <p>{t('footerNote')}</p>
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
      </div>
    </footer>
  );
}
