import { useEffect } from 'react';
import { postHeightToParent } from './embed-height';
import { panelUrl } from '../../state/routes';
import { useDashboard } from '../page/context';
import { Panel } from '../panel/panel';
import { pickText } from '../../i18n/locales';
import { addressHref, usePageAddress } from '../page/page-env';

/**
 * `embed/<panel-id>/` (or `?embed=<panel-id>`): the panel alone, for an iframe. Its title, source line and a link back to
 * the full dashboard; no header, filters or footer. Follows lang, scheme, patterns and year; the
 * theme filter does not hide the embedded panel.
 */
export function EmbedView() {
  const { dataset, lang, state, t, page } = useDashboard();
  const item = page.embed;
  const panelId = state.embed ?? '';
  const back = panelUrl(addressHref(usePageAddress()), panelId);
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
