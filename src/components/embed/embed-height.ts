import { EMBED_MESSAGE } from '../../format/embed-code';

/* No React here: the page's entry (main.tsx) runs this before the app, so a framed embed sizes
   its frame as soon as it is drawn, whether or not the reader ever touches it. */

/**
 * Tells the host page the embed's content height (the protocol in format/embed-code.ts), now and
 * whenever it changes; nothing when the view is not framed. Returns the cleanup.
 */
export function postHeightToParent(panelId: string): () => void {
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
