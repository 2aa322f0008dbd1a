/**
 * Keyboard shortcuts through the page: the skip link (the first tab stop) and the theme jump list
 * (one tab stop, a disclosure). Both move focus, not just the scroll position.
 */
import type { MouseEvent, ReactNode } from 'react';
import type { Theme } from '../../model/schema';
import { useDashboard } from './context';
import { pickText } from '../../i18n/locales';
import { CHARTS_ID } from '../../state/constants';

export { CHARTS_ID };

function focusId(e: MouseEvent<HTMLAnchorElement>, id: string) {
  const el = document.getElementById(id);
  if (!el || e.metaKey || e.ctrlKey || e.shiftKey) return;
  e.preventDefault();
  el.scrollIntoView({ block: 'start' });
  el.focus({ preventScroll: true });
}

/** The first tab stop: to the charts on the dashboard, to the main content on the other views. */
export function SkipLink({ children, to = CHARTS_ID }: { children: ReactNode; to?: string }) {
  return (
    <a className="skip-link" href={`#${to}`} onClick={(e) => focusId(e, to)}>
      {children}
    </a>
  );
}

export function ThemeJump({ themes }: { themes: readonly Theme[] }) {
  const { lang, t } = useDashboard();
  if (themes.length < 2) return null;
  return (
    <nav className="theme-jump" aria-label={t('jumpToTheme')}>
      <details>
        <summary>{t('jumpToTheme')}</summary>
        <ul>
          {themes.map((th) => (
            <li key={th.id}>
              <a
                href={`#theme-${th.id}`}
                onClick={(e) => {
                  focusId(e, `theme-${th.id}`);
                  e.currentTarget.closest('details')?.removeAttribute('open');
                }}
              >
                {pickText(th.name, lang)}
              </a>
            </li>
          ))}
        </ul>
      </details>
    </nav>
  );
}
