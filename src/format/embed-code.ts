/**
 * The `<iframe>` code of an embed and its height protocol. The embed's address (what of the
 * current view it carries) is src/state/embed-url.ts.
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const attr = (s: string) => s.replace(/[&<>"]/g, (ch) => ESCAPES[ch]!);

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
 * The HTML to paste: a responsive, lazy, titled iframe of the embed at `src` (embedUrl), with a
 * fallback `height` (what the panel needs at the narrowest frame, 320 px), then the optional
 * resize script.
 */
export function iframeCode(
  src: string,
  panelId: string,
  title: string,
  height: number,
  { script = true }: { script?: boolean } = {},
): string {
  const frame = `<iframe src="${attr(src)}" title="${attr(title)}" width="100%" height="${Math.round(height)}" style="border:0;width:100%;max-width:100%" loading="lazy" data-xpcc-embed="${attr(panelId)}"></iframe>`;
  return script ? `${frame}\n${EMBED_SCRIPT}` : frame;
}
