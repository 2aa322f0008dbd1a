import type { MouseEvent } from 'react';
import { useDashboard } from './context';
import { pickText } from '../../i18n/locales';

/**
 * Where a figure comes from. An article's figure: "View in article", opening the source view
 * scrolled to its sentence, highlighted. A cited or table report keeps no text to open: the link
 * goes to the address it was read at ("Cited from" / "Table" and the outlet). Inside an embed the
 * link opens the dashboard in the top window (the frame shows one panel only).
 */
export function SourceLink(props: { figureId: string; label: string; tabIndex?: number }) {
  const { dataset } = useDashboard();
  const kind = dataset.meta.kind ?? 'article';
  return kind === 'article' || !dataset.meta.address ? (
    <ArticleLink {...props} />
  ) : (
    <AddressLink {...props} kind={kind} url={dataset.meta.address.url} />
  );
}

function AddressLink({
  label,
  tabIndex,
  kind,
  url,
}: {
  label: string;
  tabIndex?: number;
  kind: 'cited' | 'table';
  url: string;
}) {
  const { dataset, lang, t } = useDashboard();
  const words = t(kind === 'cited' ? 'citedFrom' : 'tableFrom');
  const outlet = pickText(dataset.meta.outlet, lang);
  // The link names the site it opens (the outlet is in the page's header and the aria-label).
  const host = new URL(url).hostname;
  return (
    <a
      className="source-link"
      href={url}
      target="_blank"
      rel="noopener noreferrer"
      tabIndex={tabIndex}
      aria-label={`${words} ${outlet}: ${label}`}
    >
      {words} {host} ↗
    </a>
  );
}

function ArticleLink({
  figureId,
  label,
  tabIndex,
}: {
  figureId: string;
  label: string;
  /** -1 inside a group that moves focus with arrow keys (see FigureCards). */
  tabIndex?: number;
}) {
  const { state, navigate, href, t } = useDashboard();
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
      // Without `embed`: from an embed this is the dashboard's source view, never the embed page.
      href={href(target)}
      onClick={onClick}
      target={framed ? '_top' : undefined}
      tabIndex={tabIndex}
      aria-label={`${t('viewInArticle')}: ${label}`}
    >
      {t('viewInArticle')}
    </a>
  );
}
