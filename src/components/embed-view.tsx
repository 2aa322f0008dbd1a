import { useEffect, useMemo } from 'react';
import { selectPanels } from '../selectors/figures';
import { EMBED_MESSAGE } from '../format/embed-code';
import { panelUrl } from '../state/embed-url';
import { useDashboard } from './context';
import { Panel } from './panel';
import './embed.css';
import { pickText } from '../i18n/locales';

/**
 * `?embed=<panel-id>`: the panel alone, for an iframe. Its title, source line and a link back to
 * the full dashboard; no header, filters or footer. Follows lang, scheme, patterns and year; the
 * theme filter does not hide the embedded panel.
 */
export function EmbedView({ panelId }: { panelId: string }) {
  const { dataset, lang, state, t } = useDashboard();
  const item = useMemo(() => {
    const groups = selectPanels(dataset.panels, dataset.figures, dataset.themes, {
      themes: [],
      year: state.year,
    });
    return groups.flatMap((g) => g.items).find((v) => v.panel.id === panelId) ?? null;
  }, [dataset, state.year, panelId]);
  const back = panelUrl(window.location.href, panelId);
  useEffect(() => postHeightToParent(panelId), [panelId]);
  return (
    <main className="embed-view" id="main">
      {/* The page's one h1 (the panel's own title is its h3): what the frame shows, from where. */}
      <h1 className="visually-hidden">
        {item ? `${pickText(item.panel.title, lang)} · ` : ''}
        {pickText(dataset.meta.sourceLine, lang)}
      </h1>
      {item ? (
        <Panel panel={item.panel} figures={item.figures} hidden={item.hidden} />
      ) : (
        <p>{t('emptyTitle')}</p>
      )}
      <p className="embed-source">
        {pickText(dataset.meta.sourceLine, lang)} ·{' '}
        <a href={back} target="_top">
          {t('openFullDashboard')}
        </a>
      </p>
    </main>
  );
}

/**
 * Tells the host page the embed's content height (the protocol in format/embed-code.ts), now and
 * whenever it changes; nothing when the view is not framed. Returns the cleanup.
 */
function postHeightToParent(panelId: string): () => void {
  if (window.parent === window) return () => {};
  const main = document.getElementById('main');
  if (!main) return () => {};
  let last = -1;
  const post = () => {
    const style = getComputedStyle(main);
    const height = Math.ceil(
      main.getBoundingClientRect().bottom + window.scrollY + parseFloat(style.marginBottom || '0'),
    );
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: EMBED_MESSAGE, embed: panelId, height }, '*');
  };
  const observer = new ResizeObserver(post);
  observer.observe(main);
  post();
  return () => observer.disconnect();
}
