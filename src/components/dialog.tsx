import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useDashboard } from './context';
import './share.css';

/** A modal `<dialog>` opened by its own button; Escape and the close button close it. */
export function DialogButton({
  label,
  heading,
  children,
}: {
  label: string;
  heading: string;
  children: (open: boolean) => ReactNode;
}) {
  const { t } = useDashboard();
  const ref = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const id = useId();
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) {
      if (typeof d.showModal === 'function') d.showModal();
      else d.setAttribute('open', '');
    } else if (!open && d.open) {
      if (typeof d.close === 'function') d.close();
      else d.removeAttribute('open');
    }
  }, [open]);
  return (
    <>
      <button
        type="button"
        className="btn-small"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        {label}
      </button>
      <dialog
        ref={ref}
        className="share-dialog"
        aria-labelledby={`${id}-h`}
        onClose={() => setOpen(false)}
      >
        <h2 id={`${id}-h`}>{heading}</h2>
        {open && children(open)}
        <form method="dialog">
          <button type="submit" className="btn">
            {t('dismiss')}
          </button>
        </form>
      </dialog>
    </>
  );
}

/** A read-only text with a copy button (falls back to selecting the text). */
export function CopyField({
  label,
  text,
  rows = 4,
}: {
  label: string;
  text: string;
  rows?: number;
}) {
  const { t } = useDashboard();
  const [copied, setCopied] = useState(false);
  const area = useRef<HTMLTextAreaElement>(null);
  const id = useId();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
      setTimeout(() => setCopied(false), 2000);
    } catch {
      area.current?.select();
    }
  };
  return (
    <div className="copy-field">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} ref={area} readOnly rows={rows} value={text} spellCheck={false} />
      <button type="button" className="btn-small" onClick={() => void copy()}>
        {copied ? t('copied') : `${t('copy')} ${label}`}
      </button>
    </div>
  );
}
