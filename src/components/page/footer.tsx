import { retryImport } from '../../model/retry-import';
import { useState } from 'react';
import { useDashboard } from './context';
import { SourceTerms } from './source-terms';
import type * as Downloads from '../../export/dataset-downloads';

/** Source line, notes, and the whole dataset (every report) as JSON or CSV. */
export function Footer() {
  const { dataset, loader, lang, t, page } = useDashboard();
  // The page model's rule, the panels' own: a "2022 only" download holds no five-year total.
  const { filtered, download: shown } = page;
  const [failure, setFailure] = useState<string | null>(null);
  // The CSV and JSON writers load on the first click (their own chunk), and so does the whole
  // corpus for the whole-dataset files (the page holds only its own report); if they cannot (the
  // connection dropped), the footer says so, and the next click tries again.
  const download = (write: (d: typeof Downloads) => void | Promise<void>) => () => {
    setFailure(null);
    retryImport(() => import('../../export/dataset-downloads'))
      .then(write)
      .catch((error: unknown) => {
        console.info('Download failed:', error);
        setFailure(t('downloadFailed'));
      });
  };
  return (
    <footer className="site-footer">
      <p>{page.header.sourceLine}</p>
      {page.header.scope === 'report' ? (
        <>
          <p>{t('footerNote')}</p>
          <SourceTerms />
        </>
      ) : (
        // An indicator page's values come from every source: no one report's terms.
        <p>{t('footerNoteCited')}</p>
      )}
      <div className="footer-actions">
        <button
          type="button"
          className="btn"
          onClick={download((d) =>
            loader.corpus().then((c) => d.downloadCorpusJson(c.reports, lang)),
          )}
        >
          {t('downloadJson')}
        </button>
        <button
          type="button"
          className="btn"
          onClick={download((d) =>
            loader.corpus().then((c) => d.downloadCorpusCsv(c.reports, lang)),
          )}
        >
          {t('downloadCsv')}
        </button>
        {filtered && (
          <button
            type="button"
            className="btn"
            data-testid="download-filtered"
            disabled={shown.length === 0}
            onClick={download((d) => d.downloadFilteredCsv(dataset, shown, lang))}
          >
            {t('downloadFilteredCsv', { count: shown.length })}
          </button>
        )}
      </div>
      <p className="footer-status" aria-live="polite">
        {failure}
      </p>
    </footer>
  );
}
