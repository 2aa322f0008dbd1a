import type { MouseEvent } from 'react';
import { serializeUrlState } from '../state/url-state';
import { useDashboard } from './context';

/**
 * "View in article": opens the source view scrolled to the figure's sentence, highlighted; inside
 * an embed, in the top window (the frame shows one panel only).
 */
export function SourceLink({
  figureId,
  label,
  tabIndex,
}: {
  figureId: string;
  label: string;
  /** -1 inside a group that moves focus with arrow keys (see FigureCards). */
  tabIndex?: number;
}) {
  const { state, navigate, t } = useDashboard();
  const target = { ...state, embed: null, view: 'source' as const, figure: figureId };
  // Inside an embed the link leaves the frame: the full dashboard opens in the top window.
  const framed = state.embed !== null;
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    if (framed || e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    navigate({ view: 'source', figure: figureId });
  };
  return (
    <a
      className="source-link"
      href={serializeUrlState(target) || '?'}
      onClick={onClick}
      target={framed ? '_top' : undefined}
      tabIndex={tabIndex}
      aria-label={`${t('viewInArticle')}: ${label}`}
    >
      {t('viewInArticle')}
    </a>
  );
}
