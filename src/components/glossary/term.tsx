import { useId, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import type { GlossaryTerm } from '../../model/glossary';
import type { Lang } from '../../format';
import { localeOf, pickText } from '../../i18n/locales';
import { termGloss } from '../../selectors/glossary';
import { useHydrated } from '../page/page-env';

/**
 * A glossary term in running text with its explanation as a hint: shown on hover AND on keyboard
 * focus (the term is focusable), dismissed with Escape, and always announced through
 * aria-describedby. The hint lives at the end of <body> (a portal), never inside the heading or
 * label it explains: Chromium adds a space to a heading's accessible name for any element inside it,
 * even a hidden one (`两节 ”`), so only the term's own text stays in the title.
 */
export function Term({
  term,
  lang,
  children,
}: {
  term: GlossaryTerm;
  lang: Lang;
  children: ReactNode;
}) {
  const id = useId();
  const ref = useRef<HTMLSpanElement>(null);
  const [at, setAt] = useState<CSSProperties | null>(null);
  const open = at !== null;
  /** Opens the hint just under the term (page coordinates, so it scrolls with it). */
  const setOpen = (next: boolean) => {
    const r = next ? ref.current?.getBoundingClientRect() : undefined;
    // Kept on screen: a term near the right edge opens its hint leftwards (max width 22rem ≈ 352px).
    const left = r ? Math.max(8, Math.min(r.left, window.innerWidth - 360)) : 0;
    setAt(r ? { left: left + window.scrollX, top: r.bottom + window.scrollY + 4 } : null);
  };
  // The hint is a portal into <body>: there is no body at build time, and the HTML being hydrated
  // has none, so it comes with the first render after hydration (the glossary lists every term).
  const hydrated = useHydrated();
  const hint = `${termGloss(term, lang)}${localeOf(lang).punct.colon}${pickText(term.explain, lang)}`;
  return (
    <span
      ref={ref}
      className="term"
      tabIndex={0}
      data-term-id={term.id}
      aria-describedby={hydrated ? id : undefined}
      onMouseEnter={() => setOpen(true)}
      onMouseLeave={() => setOpen(false)}
      onFocus={() => setOpen(true)}
      onBlur={() => setOpen(false)}
      onKeyDown={(e) => {
        if (e.key === 'Escape') setOpen(false);
      }}
    >
      {children}
      {hydrated &&
        createPortal(
          <span
            role="tooltip"
            id={id}
            className="term-tip"
            hidden={!open}
            style={at ?? undefined}
            lang={localeOf(lang).tag}
          >
            {hint}
          </span>,
          document.body,
        )}
    </span>
  );
}
