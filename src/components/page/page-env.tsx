/**
 * Where the page is being rendered: in a browser (the address is `window.location`), or at build
 * time by the pre-renderer (the address is the page being written, and charts are drawn to SVG by
 * `drawChart`). Components read the address and the render mode from here, never from `window`
 * while rendering, so the same tree renders to HTML at build time and hydrates in the browser.
 */
import { createContext, useContext, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { ChartKind } from '../../model/schema';
import type { FigureRow } from '../../selectors/rows';
import type { DrawnChartOptions } from '../../charts/drawn-key';

export interface PageAddress {
  /** The path, e.g. `/en/reports/x/`. */
  pathname: string;
  /** `?…` or ''. */
  search: string;
  /** `#…` or ''. */
  hash: string;
  /** `https://host` (the site's address at build time, or '' when it is not known). */
  origin: string;
}

/** What a pre-rendered chart is drawn from (the same as a printed chart's). */
export interface DrawSpec {
  kind: ChartKind;
  rows: readonly FigureRow[];
  /** The panel's chart options; the drawing follows both schemes, so none is named here. */
  options: DrawnChartOptions;
  /** The chart's accessible name (the drawings themselves are hidden from screen readers). */
  ariaLabel: string;
}

export interface PageEnv {
  /** Rendering at build time (no window, no effects). */
  server: boolean;
  /** The address being rendered; null in the browser (read `window.location`). */
  address: PageAddress | null;
  /** At build time: the chart drawn as inline SVG markup (draw-chart.ts). */
  drawChart?: (spec: DrawSpec) => string;
}

const BROWSER: PageEnv = { server: false, address: null };
const PageEnvContext = createContext<PageEnv>(BROWSER);

export function PageEnvProvider({ env, children }: { env: PageEnv; children: ReactNode }) {
  return <PageEnvContext.Provider value={env}>{children}</PageEnvContext.Provider>;
}

export function usePageEnv(): PageEnv {
  return useContext(PageEnvContext);
}

/** The address the page shows: the pre-rendered page's, or the browser's (read when called). */
export function currentAddress(env: PageEnv): PageAddress {
  if (env.address) return env.address;
  if (typeof window === 'undefined') return { pathname: '/', search: '', hash: '', origin: '' };
  const { pathname, search, hash, origin } = window.location;
  return { pathname, search, hash, origin };
}

/** The page's full address as a string (citations, print header, share links). */
export function addressHref(address: PageAddress): string {
  return `${address.origin}${address.pathname}${address.search}${address.hash}`;
}

export function usePageAddress(): PageAddress {
  return currentAddress(usePageEnv());
}

const noSubscribe = () => () => {};

/**
 * Whether this component first renders the page the build drew: at build time, and in the
 * browser while hydrating a pre-rendered page (until the app has run once: `data-app`, ready.ts).
 * Read once, when the component mounts, never subscribed to: an update it caused above a Suspense
 * boundary that is still hydrating would make React throw the drawn page away and draw it anew.
 * What starts as drawn (the address without its query, every theme at once) uses this; what needs
 * the browser itself (a portal, a measured layout) waits for useHydrated.
 */
export function useDrawnStart(): boolean {
  const env = usePageEnv();
  const [drawn] = useState(() => {
    if (env.server) return true;
    const root = document.documentElement;
    return root.hasAttribute('data-prerendered') && !root.dataset.app;
  });
  return drawn;
}

/**
 * False while rendering at build time and while hydrating that HTML; true from the first render
 * after hydration (and always in a page the browser drew itself). What depends on the browser
 * (a portal into body, a measured layout) renders only once this is true, so hydration matches.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscribe,
    () => true,
    () => false,
  );
}
