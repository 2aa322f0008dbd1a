/**
 * The filters as a compact bar. On a phone they collapse into one button, "筛选 · 2" /
 * "Filters · 2" (the number of active filters; just "筛选" / "Filters" when none is), that opens
 * them in a sheet: a modal dialog that holds focus, closes with Escape or "Done" and returns focus
 * to the button. Key figures then come first on the screen instead of ten theme chips.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useHydrated } from '../page/page-env';
import { PHONE_QUERY, useMediaQuery } from '../page/use-media-query';
import { useDashboard } from '../page/context';
import { LangSchemeToggles } from './filters';

export function FilterBar({ filters }: { filters: ReactNode }) {
  const { state, t } = useDashboard();
  const phone = useMediaQuery(PHONE_QUERY);
  const [open, setOpen] = useState(false);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const active = state.themes.length + (state.year !== null ? 1 : 0);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog || !open) return;
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
    return () => {
      if (typeof dialog.close === 'function' && dialog.open) dialog.close();
      else dialog.removeAttribute('open');
    };
  }, [open]);

  // Focus goes back to the button once the dialog is gone (while it is modal the button is inert).
  const wasOpen = useRef(false);
  useEffect(() => {
    if (wasOpen.current && !open) buttonRef.current?.focus();
    wasOpen.current = open;
  }, [open]);
  const close = () => setOpen(false);
  const hydrated = useHydrated();

  if (hydrated && !phone) {
    return <div className="filter-bar">{filters}</div>;
  }
  // Pre-rendered HTML does not know the screen: it holds both forms, and CSS shows one (a phone's
  // button and toggles, or the inline filters) until the app runs and keeps only that one.
  return (
    <div className={hydrated ? 'filter-bar is-phone' : 'filter-bar is-static'}>
      {!hydrated && filters}
      <button
        ref={buttonRef}
        type="button"
        className="btn filter-button"
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={() => setOpen(true)}
      >
        {active > 0 ? t('filtersButton', { count: active }) : t('filtersHeading')}
      </button>
      <div className="top-toggles">
        <LangSchemeToggles />
      </div>
      {open && (
        <dialog
          ref={dialogRef}
          className="filter-sheet"
          aria-label={t('filtersHeading')}
          onCancel={(e) => {
            e.preventDefault();
            close();
          }}
          // Chrome may close a modal on Escape without a cancel event (close watchers).
          onClose={close}
        >
          {filters}
          <button type="button" className="btn sheet-done" onClick={close}>
            {t('filtersClose')}
          </button>
        </dialog>
      )}
    </div>
  );
}
