/**
 * The page's entry: small, and all a pre-rendered page loads before the reader does anything.
 * The page arrives drawn (scripts/prerender.ts); the app (React, the filters, the live charts)
 * starts on the reader's first pointer, touch, key or focus — at once when the address asks for
 * a view other than the one drawn (`?theme=`, `#panel`), or the page was not pre-rendered (the dev
 * server). A click made before the app has run is replayed once it has.
 */
import './styles/index.css';
import './styles/fonts.css';
import './styles/print.css';
import { postHeightToParent } from './components/embed/embed-height';

const html = document.documentElement;
const prerendered = html.hasAttribute('data-prerendered');

// The print header names the page as the reader sees it, not as it was built.
for (const el of document.querySelectorAll('[data-page-address]')) el.textContent = location.href;

const STARTERS = ['pointerover', 'pointerdown', 'touchstart', 'keydown', 'focusin'] as const;
let started = false;
let held: HTMLElement | null = null;

function start(): void {
  if (started) return;
  started = true;
  for (const type of STARTERS) window.removeEventListener(type, start, true);
  import('./app/start')
    .then((m) =>
      m.start({
        prerendered,
        // Clicks are held until the app is up (the pointer that started it comes first).
        held: () => {
          window.removeEventListener('click', hold, true);
          return held;
        },
      }),
    )
    .catch((error: unknown) => {
      html.dataset.appError = String(error);
      started = false;
    });
}

/** A click on a control before the app runs: kept, to be clicked again once it has. */
function hold(e: MouseEvent): void {
  // A checkbox or its label too: ticked before the app runs, the tick would be lost on hydration.
  const target = (e.target as Element | null)?.closest?.<HTMLElement>(
    'button, [role="tab"], summary, input[type="checkbox"], input[type="radio"], label',
  );
  if (!target) return;
  e.preventDefault();
  held = target;
  start();
}

if (!prerendered || location.search || location.hash) start();
else {
  for (const type of STARTERS)
    window.addEventListener(type, start, { capture: true, passive: true });
  window.addEventListener('click', hold, true);
}

// A framed embed tells its host its height now (format/embed-code.ts, the height protocol): the
// host's script sizes the frame without waiting for the app.
if (html.dataset.entry === 'embed') {
  const panel = document.querySelector<HTMLElement>('section[data-panel-id]')?.dataset.panelId;
  if (panel) postHeightToParent(panel);
}
