/**
 * Starts the app on the page (main.tsx loads this on the reader's first move): hydrates the
 * pre-rendered HTML — the same components rendered it, so nothing changes on screen — or, on a
 * page the browser draws itself, renders it. Sets `html[data-app]` once the app runs (tests and
 * benchmarks wait for it) and `html[data-hydration-error]` if React found the HTML different.
 */
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { dataLoader } from '../model/dataset';
import { ReportRoot } from './report-root';
import { keepDrawings } from '../components/panel/chart-slot';
import { onAppReady } from './ready';

export function start({
  prerendered,
  held,
}: {
  prerendered: boolean;
  /** A control clicked before the app ran, to click again once it has. */
  held: () => HTMLElement | null;
}): void {
  const container = document.getElementById('root')!;
  const page = (
    <StrictMode>
      <ReportRoot loader={dataLoader} />
    </StrictMode>
  );
  const html = document.documentElement;
  const ready = () => {
    html.dataset.app = prerendered ? 'hydrated' : 'rendered';
    const control = held();
    if (control?.isConnected) control.click();
  };
  onAppReady(ready);
  if (!prerendered) {
    createRoot(container).render(page);
    return;
  }
  keepDrawings(container);
  hydrateRoot(container, page, {
    onRecoverableError: (error) => {
      html.dataset.hydrationError = String((error as Error)?.message ?? error);
      console.error('hydration:', error);
    },
  });
}
