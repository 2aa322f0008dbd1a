/**
 * Addresses and `<iframe>` code derived from the address of the current view only: its query
 * (theme, year, lang, scheme, patterns) is kept, so the embed shows what the reader sees.
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const attr = (s: string) => s.replace(/[&<>"]/g, (ch) => ESCAPES[ch]!);

/** The page that is allowed in a frame (its headers say so; the dashboard's forbid framing). */
export const EMBED_PAGE = 'embed.html';

/**
 * The address of the embed view of `panelId`: `embed.html` beside the current page, with the
 * current view's query plus `embed=<panel-id>`.
 */
export function embedUrl(viewUrl: string, panelId: string): string {
  const url = new URL(viewUrl);
  url.pathname = url.pathname.replace(/[^/]*$/, EMBED_PAGE);
  url.hash = '';
  url.searchParams.delete('figure');
  url.searchParams.delete('view');
  url.searchParams.set('embed', panelId);
  return url.toString().replace(/%2C/g, ',');
}

/** The address of one panel in the full dashboard (no `embed`, scrolled to the panel). */
export function panelUrl(viewUrl: string, panelId: string | null): string {
  const url = new URL(viewUrl);
  url.pathname = url.pathname.replace(/(^|\/)embed\.html$/, '$1');
  url.searchParams.delete('embed');
  // A panel lives in the dashboard, not in the article view (`?embed=x&view=source`).
  url.searchParams.delete('view');
  url.hash = panelId ?? '';
  return url.toString().replace(/%2C/g, ',');
}

/** The HTML to paste: a responsive, lazy, titled iframe of the panel. */
export function iframeCode(
  viewUrl: string,
  panelId: string,
  title: string,
  height: number,
): string {
  return `<iframe src="${attr(embedUrl(viewUrl, panelId))}" title="${attr(title)}" width="100%" height="${Math.round(height)}" style="border:0;max-width:100%" loading="lazy"></iframe>`;
}
