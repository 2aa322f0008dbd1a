import { useDashboard } from './context';
import { pickText } from '../i18n/locales';

/** Shown only in print: the source line and the address of the view being printed. */
export function PrintHeader() {
  // Re-rendered with every view change (context), after the URL was updated.
  const { dataset, lang, t } = useDashboard();
  return (
    <div className="print-only print-header">
      <p>{pickText(dataset.meta.sourceLine, lang)}</p>
      <p>{t('printAddress', { url: window.location.href })}</p>
    </div>
  );
}
