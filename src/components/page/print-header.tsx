import { useDashboard } from './context';
import { addressHref, usePageAddress } from './page-env';

/** Shown only in print: the source line and the address of the view being printed. */
export function PrintHeader() {
  // Re-rendered with every view change (context), after the URL was updated.
  const { t, page } = useDashboard();
  const url = addressHref(usePageAddress());
  const [before = '', after = ''] = t('printAddress', { url: '\u0000' }).split('\u0000');
  return (
    <div className="print-only print-header">
      <p>{page.header.sourceLine}</p>
      <p>
        {before}
        {/* Before the app runs, the page's boot script writes the browser's address here. */}
        <span data-page-address="">{url}</span>
        {after}
      </p>
    </div>
  );
}
