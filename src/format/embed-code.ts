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
  // A panel lives in the dashboard, not in the article view (`?embed=x&view=source`) nor on an
  // indicator's page (`?embed=x&indicator=y`), which would open instead of the dashboard.
  url.searchParams.delete('view');
  url.searchParams.delete('indicator');
  url.hash = panelId ?? '';
  return url.toString().replace(/%2C/g, ',');
}

/**
 * The dashboard's address of a panel, from an embed's address (path or query form): the embed's
 * `embed/<panel-id>/` (or `embed.html`, `?embed=`) taken off, the panel as its `#target`. Relative
 * to the site when `origin` is '' (a page written at build time without SITE_URL).
 */
export function panelHref(
  address: { origin: string; pathname: string; search: string },
  panelId: string,
): string {
  const path = address.pathname.replace(/(^|\/)(?:embed\.html|embed\/[^/]+\/?)$/, '$1');
  const params = new URLSearchParams(address.search);
  for (const key of ['embed', 'view', 'indicator']) params.delete(key);
  const query = params.toString().replace(/%2C/g, ',');
  return `${address.origin}${path}${query ? `?${query}` : ''}#${panelId}`;
}

/**
 * The height protocol: an embedded panel posts `{type: EMBED_MESSAGE, embed: <panel-id>, height}`
 * (CSS px, its whole content) to its parent window on load and whenever its content resizes
 * (language, tabs, a narrower frame). The host page's optional script sets the iframe's height.
 */
export const EMBED_MESSAGE = 'xpcc-dashboard:embed-height';

/**
 * The host's listener, optional: it resizes only iframes marked `data-xpcc-embed` whose window sent
 * the message from the iframe's own origin. Without it the iframe keeps its fallback `height`.
 */
export const EMBED_SCRIPT = `<script>window.addEventListener("message",function(e){var d=e.data;if(!d||d.type!=="${EMBED_MESSAGE}"||typeof d.height!=="number")return;document.querySelectorAll("iframe[data-xpcc-embed]").forEach(function(f){if(f.contentWindow===e.source&&new URL(f.src).origin===e.origin)f.style.height=Math.ceil(d.height)+"px"})})</script>`;

/**
 * The HTML to paste: a responsive, lazy, titled iframe of the panel, with a fallback `height` (what
 * the panel needs at the narrowest frame, 320 px), then the optional resize script.
 */
export function iframeCode(
  viewUrl: string,
  panelId: string,
  title: string,
  height: number,
  { script = true }: { script?: boolean } = {},
): string {
  const frame = `<iframe src="${attr(embedUrl(viewUrl, panelId))}" title="${attr(title)}" width="100%" height="${Math.round(height)}" style="border:0;width:100%;max-width:100%" loading="lazy" data-xpcc-embed="${attr(panelId)}"></iframe>`;
  return script ? `${frame}\n${EMBED_SCRIPT}` : frame;
}
