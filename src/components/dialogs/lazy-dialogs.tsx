/**
 * Cite and Embed load only when a reader opens one: the dialogs, the citation formats and the
 * embed code are one chunk of their own, fetched on the first click and rendered only while open
 * (if it cannot load, the reader is told where the button is, and may try again).
 */
import { retryImport } from '../../model/retry-import';
import { useState } from 'react';
import { useDashboard } from '../page/context';
import { LoadBoundary, loadable } from '../page/loadable';

const CiteDialog = loadable(() =>
  retryImport(() => import('./share-dialogs')).then((m) => m.CiteDialog),
);
const EmbedDialog = loadable(() =>
  retryImport(() => import('./share-dialogs')).then((m) => m.EmbedDialog),
);

/** A panel's Cite dialog, mounted (and loaded) only while `open`. */
export function LazyCiteDialog(props: {
  panelId: string | null;
  panelTitle: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  if (!props.open) return null;
  return (
    <LoadBoundary placeholder={null}>
      <CiteDialog {...props} />
    </LoadBoundary>
  );
}

/** A panel's Embed dialog, mounted (and loaded) only while `open`. */
export function LazyEmbedDialog(props: {
  panelId: string;
  panelTitle: string;
  chartHeight: number;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  if (!props.open) return null;
  return (
    <LoadBoundary placeholder={null}>
      <EmbedDialog {...props} />
    </LoadBoundary>
  );
}

/** The footer's "Cite this dashboard" button; its dialog loads on the first click. */
export function CiteDashboardButton() {
  const { t } = useDashboard();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="btn-small"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        {t('citeDashboard')}
      </button>
      <LazyCiteDialog panelId={null} panelTitle="" open={open} onOpenChange={setOpen} />
    </>
  );
}
