import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useDashboard } from '../page/context';

/**
 * A modal `<dialog>` opened by its own button; Escape and the close button close it. Given `open`
 * (and `onOpenChange`), it has no button of its own: a menu item opens it.
 */
export function DialogButton({
  label,
  heading,
  children,
  open: controlled,
  onOpenChange,
}: {
  label: string;
  heading: string;
  children: (open: boolean) => ReactNode;
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
}) {
  const { t } = useDashboard();
  const ref = useRef<HTMLDialogElement>(null);
  const [own, setOwn] = useState(false);
  const open = controlled ?? own;
  const setOpen = (next: boolean) => {
    if (controlled === undefined) setOwn(next);
    onOpenChange?.(next);
  };
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
      {controlled === undefined && (
        <button
          type="button"
          className="btn-small"
          aria-haspopup="dialog"
          onClick={() => setOpen(true)}
        >
          {label}
        </button>
      )}
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
