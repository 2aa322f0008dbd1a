import { useDashboard } from './context';
import { pickText } from '../../i18n/locales';
import { addressHref, usePageAddress } from './page-env';

/** Shown only in print: the source line and the address of the view being printed. */
export function PrintHeader() {
  // Re-rendered with every view change (context), after the URL was updated.
  const { dataset, lang, t, page } = useDashboard();
  const url = addressHref(usePageAddress());
  const [before = '', after = ''] = t('printAddress', { url: '\u0000' }).split('\u0000');
  return (
    <div className="print-only print-header">
      {/* An indicator page's values name their own sources, row by row. */}
      <p>
        {page.header.scope === 'report'
          ? pickText(dataset.meta.sourceLine, lang)
          : t(page.kind === 'indicators' ? 'corpusIndexFooter' : 'corpusFooter')}
      </p>
      <p>
        {before}
        {/* Before the app runs, the page's boot script writes the browser's address here. */}
        <span data-page-address="">{url}</span>
        {after}
      </p>
    </div>
  );
}
