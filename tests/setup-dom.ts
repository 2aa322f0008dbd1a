// Setup of the jsdom tests (components and the browser-side pure modules); the Node-only tests have no setup.
import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';

afterEach(() => cleanup());

installDomStubs();

// The app loads its charts, dialogs, views and export code with import(). Test files here share
// one module graph per worker (isolate: false), so an import() still pending when a file ends is
// refused ("after the environment was torn down"), and a later file in the worker would meet that
// refusal: whether the run passed depended on the order files reached the worker. Loading those
// modules once, before any test, turns every later import() into a cache hit.
await Promise.all(
  Object.values(import.meta.glob(['../src/components/**/*.{ts,tsx}', '../src/export/*.ts'])).map(
    (load) => load(),
  ),
);
// The same for the data modules of the fixture corpus (each report's and article's own module).
{
  const [{ reportLoaders }, { default: articles }, { indicatorLoaders }] = await Promise.all([
    import('virtual:dataset-index'),
    import('virtual:article'),
    import('virtual:indicator-index'),
  ]);
  await Promise.all(
    [reportLoaders, articles, indicatorLoaders].flatMap((loaders) =>
      Object.values(loaders).map((load) => load()),
    ),
  );
}

/**
 * jsdom lays nothing out and has no ResizeObserver, IntersectionObserver or matchMedia.
 * - IntersectionObserver never reports an element near the viewport: every panel keeps its chart
 *   placeholder (same size, same description, as below the fold on first paint). Charts are drawn,
 *   labelled, exported and printed by the e2e suite in a real browser; drawing them here in a
 *   canvas mock checked nothing and doubled the time of these tests.
 * - matchMedia matches nothing (light scheme, desktop layout).
 */
function installDomStubs(): void {
  class ObserverStub {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
    takeRecords(): [] {
      return [];
    }
  }
  globalThis.ResizeObserver ??= ObserverStub as unknown as typeof ResizeObserver;
  globalThis.IntersectionObserver ??= ObserverStub as unknown as typeof IntersectionObserver;
  if (!window.matchMedia) {
    window.matchMedia = (query: string) =>
      ({
        matches: false,
        media: query,
        onchange: null,
        addListener: () => {},
        removeListener: () => {},
        addEventListener: () => {},
        removeEventListener: () => {},
        dispatchEvent: () => false,
      }) as MediaQueryList;
  }
  window.scrollTo ??= () => {};
  Element.prototype.scrollIntoView ??= function scrollIntoView() {};
}
