import '@testing-library/jest-dom/vitest';
// A canvas 2D context for jsdom, so real ECharts instances render in these tests.
import 'vitest-canvas-mock';
import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';

afterEach(() => cleanup());

// The app loads its charts, dialogs and export code with import() (React.lazy and prefetches).
// Test files here share one module graph per worker (isolate: false), so an import() still pending
// when a file ends is refused ("after the environment was torn down"), and React.lazy keeps that
// refusal for every later file in the worker: their panels fail to render, and the run fails or
// passes by the order files reach the worker. Loading those modules once, before any test, turns
// every later import() into a cache hit.
await Promise.all(
  Object.values(import.meta.glob(['../src/components/*.{ts,tsx}', '../src/export/*.ts'])).map(
    (load) => load(),
  ),
);

// Setup of the component tests (jsdom); the unit tests run in node with no setup at all.
// jsdom has neither ResizeObserver nor matchMedia; ECharts and the scheme toggle need both.
installDomStubs();
installRotateSelf();

function installDomStubs(): void {
  class ResizeObserverStub {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  globalThis.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver;
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
  // jsdom lays nothing out, so every box is 0 × 0 and ECharts warns on each chart it draws. Give
  // elements a nominal desktop width and their inline height, as a browser would report them.
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', {
    configurable: true,
    get: () => 960,
  });
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
    configurable: true,
    get(this: HTMLElement) {
      return Number.parseFloat(this.style.height) || 0;
    },
  });
  Element.prototype.scrollIntoView ??= function scrollIntoView() {};
}

/**
 * The canvas mock's DOMMatrix has translateSelf and scaleSelf but no rotateSelf, which ECharts calls
 * when it paints a striped ("more than") bar; without it the paint, one animation frame after a
 * test, rejects unhandled. A 2D rotation about z, as the DOM defines it.
 */
function installRotateSelf(): void {
  interface Matrix2D {
    m11: number;
    m12: number;
    m21: number;
    m22: number;
    rotateSelf?: (x?: number, y?: number, z?: number) => Matrix2D;
  }
  const proto = (globalThis as { DOMMatrix?: { prototype: Matrix2D } }).DOMMatrix?.prototype;
  if (!proto || proto.rotateSelf) return;
  proto.rotateSelf = function rotateSelf(this: Matrix2D, x = 0, y?: number, z?: number) {
    const degrees = y === undefined && z === undefined ? x : (z ?? 0);
    const r = (degrees * Math.PI) / 180;
    const [cos, sin] = [Math.cos(r), Math.sin(r)];
    const { m11, m12, m21, m22 } = this;
    this.m11 = m11 * cos + m21 * sin;
    this.m12 = m12 * cos + m22 * sin;
    this.m21 = m21 * cos - m11 * sin;
    this.m22 = m22 * cos - m12 * sin;
    return this;
  };
}
