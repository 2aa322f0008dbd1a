import { useId, useState, type ReactNode } from 'react';
import type { GlossaryTerm } from '../model/glossary';
import type { Lang } from '../format';
import '../glossary.css';

/**
 * A glossary term in running text with its explanation as a hint: shown on hover AND on keyboard
 * focus (the term is focusable), dismissed with Escape, and always announced through
 * aria-describedby. The hint is `hidden` while closed, so it never joins the accessible name of
 * a heading it sits in.
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
  const [open, setOpen] = useState(false);
  const hint =
    lang === 'zh'
      ? `${term.zh}（${term.en}）：${term.explain.zh}`
      : `${term.en} (${term.zh}): ${term.explain.en}`;
  return (
    <span
      className="term"
      tabIndex={0}
      data-term-id={term.id}
      aria-describedby={id}
      onMouseEnter={() => setOpen(true)}
      onMouseLeave={() => setOpen(false)}
      onFocus={() => setOpen(true)}
      onBlur={() => setOpen(false)}
      onKeyDown={(e) => {
        if (e.key === 'Escape') setOpen(false);
      }}
    >
      {children}
      <span
        role="tooltip"
        id={id}
        className="term-tip"
        hidden={!open}
        lang={lang === 'zh' ? 'zh-CN' : 'en'}
      >
        {hint}
      </span>
    </span>
  );
}
