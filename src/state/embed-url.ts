/**
 * The addresses of an embed and of its way back, from the address of the current view. What an
 * embed carries is the explicit list of parameters `PARAMS` marks `embed: 'keep'` (filters,
 * language, scheme, tabs, patterns, the report); everything else, unknown parameters included, is
 * left behind, so a new parameter reaches an `<iframe>` only once its entry says it should.
 */
import { PARAM_LIST } from './url-state';

/** The page that is allowed in a frame (its headers say so; the dashboard's forbid framing). */
export const EMBED_PAGE = 'embed.html';

/** The query keys an embed carries from the view it is made from (`embed` itself is set anew). */
export const EMBED_PARAMS: readonly string[] = PARAM_LIST.filter((p) => p.embed === 'keep').map(
  (p) => p.key,
);

/**
 * The address of the embed view of `panelId`: `embed.html` beside the current page, with the
 * current view's EMBED_PARAMS (in their order) plus `embed=<panel-id>`.
 */
export function embedUrl(viewUrl: string, panelId: string): string {
  const url = new URL(viewUrl);
  url.pathname = url.pathname.replace(/[^/]*$/, EMBED_PAGE);
  url.hash = '';
  const kept = new URLSearchParams();
  for (const [key, value] of url.searchParams)
    if (EMBED_PARAMS.includes(key)) kept.append(key, value);
  kept.set('embed', panelId);
  url.search = kept.toString();
  return url.toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
}

/** The address of one panel in the full dashboard (no `embed`, scrolled to the panel). */
export function panelUrl(viewUrl: string, panelId: string | null): string {
  const url = new URL(viewUrl);
  url.pathname = url.pathname.replace(/(^|\/)embed\.html$/, '$1');
  url.searchParams.delete('embed');
  // A panel lives in the dashboard, not in the article view (`?embed=x&view=source`) nor on an
  // indicator's page (`?embed=x&indicator=y`), which would open instead of the dashboard.
  url.searchParams.delete('view');
  url.searchParams.delete('indicator');
  url.hash = panelId ?? '';
  return url.toString().replace(/%2C/g, ',');
}
