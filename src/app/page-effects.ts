/**
 * What the page does beside rendering its model, one hook per job: the indicator list for
 * search, the themes drawn in slices, the document's language, scheme and title, scrolling to
 * the address's `#target`, links inside tooltips, and the idle prefetch of the article view.
 */
import { startTransition, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import type { DataLoader, IndicatorSummary } from '../model/loader';
import { readParam, type ViewState } from '../state/url-state';
import type { PageModel, Vocab } from '../view/page-model';
import type { Navigate } from '../components/page/context';
import { onPrepareForPrint } from '../components/panel/print-chart';
import { useDrawnStart } from '../components/page/page-env';

/**
 * Every indicator, for search: its list is its own module, loaded once the page is up (never part
 * of the first view); a failed load only leaves the indicators out of search.
 */
export function useIndicatorList(loader: DataLoader): readonly IndicatorSummary[] {
  const [indicators, setIndicators] = useState<readonly IndicatorSummary[]>([]);
  useEffect(() => {
    let live = true;
    loader.indicators().then(
      (list) => live && setIndicators(list),
      () => {},
    );
    return () => {
      live = false;
    };
  }, [loader]);
  return indicators;
}

/**
 * Whether every theme is rendered yet. The first theme renders with the page; the rest in a
 * transition, which React renders in small time slices, so a phone's main thread is never
 * blocked for long by 24 panels at once. A page rendered at build time has every theme, so the
 * HTML it hydrates does too; printing straight after load mounts them all at once.
 */
export function useThemesInSlices(): boolean {
  const [allThemes, setAllThemes] = useState(useDrawnStart());
  useEffect(() => startTransition(() => setAllThemes(true)), []);
  useEffect(() => onPrepareForPrint(() => flushSync(() => setAllThemes(true))), []);
  return allThemes;
}

/** The document follows the page: its language, direction, scheme and title. */
export function useDocumentFollows(
  page: PageModel,
  /** null: leave the document's scheme as it is (the boot script's, from the address). */
  scheme: 'light' | 'dark' | null,
  indicatorsIn: boolean,
) {
  const { tag, dir } = page.locale;
  // An indicator's name is in once the indicator list is: the drawn page's title stays till then.
  const title = page.kind !== 'indicator' || indicatorsIn ? page.head.title : null;
  useEffect(() => {
    document.documentElement.lang = tag;
    document.documentElement.dir = dir;
    if (scheme !== null) document.documentElement.dataset.scheme = scheme;
    if (title !== null) document.title = title;
  }, [tag, dir, scheme, title]);
}

/**
 * `#theme-…` (or another id) scrolls there once it is rendered; a panel scrolls and focuses
 * itself (panel.tsx); another view starts at the top.
 */
export function useScrollToTarget(
  state: ViewState,
  target: string | null,
  vocab: Vocab,
  rendered: boolean,
) {
  const { view, figure, indicator } = state;
  useEffect(() => {
    if (!target) {
      if (view === 'dashboard' && !figure && !indicator) return;
      if (view === 'source' && figure) return; // the source view scrolls itself
      window.scrollTo({ top: 0 });
      return;
    }
    if (vocab.panelIds.includes(target)) return;
    requestAnimationFrame(() =>
      document.getElementById(target)?.scrollIntoView({ block: 'start' }),
    );
  }, [view, figure, indicator, target, rendered, vocab]);
}

/**
 * Links inside chart tooltips are HTML strings, not React elements: routed here, so "view in
 * article" stays in the page instead of reloading it.
 */
export function useTooltipLinks(navigate: Navigate, figureIds: readonly string[]) {
  useEffect(() => {
    const onClick = (e: MouseEvent) => {
      const a = (e.target as Element | null)?.closest?.('a[data-nav]');
      if (!a || e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
      const { search } = new URL(a.getAttribute('href') ?? '', window.location.href);
      // Read by PARAMS.figure, as the page reads the address: a figure this report has, or none.
      const figure = readParam('figure', search, { figureIds });
      if (!figure) return;
      e.preventDefault();
      navigate({ view: 'source', figure });
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, [navigate, figureIds]);
}

/**
 * After the first paint, the source view's code and this report's article are fetched while the
 * network is idle, so the view opens at once and still works if the connection drops. (Export
 * code follows the charts: see echart.tsx; prefetching it here would pull ECharts into the first
 * seconds of a phone's load.) A failed prefetch is not an error: opening the view loads it again.
 */
export function usePrefetchSource(reportId: string) {
  useEffect(() => {
    const idle = window.requestIdleCallback ?? ((cb: () => void) => window.setTimeout(cb, 1500));
    idle(() =>
      import('../components/source/source-view')
        .then((m) => m.prefetchArticle(reportId))
        .catch(() => {}),
    );
  }, [reportId]);
}
