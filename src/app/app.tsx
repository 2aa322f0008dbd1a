import { retryImport } from '../model/retry-import';
import { startTransition, useCallback, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { flushSync } from 'react-dom';
import type { AppDataset } from '../model/validate';
import {
  defaultReport,
  memoryLoader,
  type DataLoader,
  type IndicatorSummary,
  type ReportSummary,
} from '../model/loader';
import { t as translate, type MessageKey } from '../i18n/strings';
import { DashboardContext, type DashboardContextValue } from '../components/context';
import { Filters } from '../components/filters';
import { HeadlineStrip } from '../components/headline-strip';
import { Timeline } from '../components/timeline';
import { EmptyState, IgnoredNotice } from '../components/feedback';
import { FilterBar } from '../components/filter-bar';
import { CHARTS_ID, SkipLink, ThemeJump } from '../components/page-nav';
import { SearchBox } from '../components/search-box';
import { HiddenTargetNotice, ThemeSections } from '../components/theme-sections';
import { Footer } from '../components/footer';
import { GlossaryProvider, GlossarySection } from '../components/glossary';
import { EmbedView } from '../components/embed-view';
import { LoadBoundary, loadable } from '../components/loadable';
import { PrintHeader } from '../components/print-header';
import { onPrepareForPrint } from '../components/print-chart';
import { beginRender } from '../components/render-tracker';
import { useUrlState } from './use-url-state';
import { buildPageModel, vocabOf } from '../view/page-model';
import { appReady } from './ready';
import { useDrawnStart, usePageAddress } from '../components/page-env';
import { SCALE_KEY, SCALES, useSavedPref, useSystemScheme, writePref } from './prefs';
import { localeOf } from '../i18n/locales';
import { baseOf, pageHref } from '../state/routes';
import type { ViewState } from '../state/url-state';
import { installUnits } from '../model/units';
import { sourceWord } from '../i18n/source-words';

// The article view (its text and parser) loads only when opened.
const SourceView = loadable(() =>
  retryImport(() => import('../components/source-view')).then((m) => m.SourceView),
);
// So do the indicator pages and their index (every report's values of one indicator).
const IndicatorPage = loadable(() =>
  retryImport(() => import('../components/indicator-page')).then((m) => m.IndicatorPage),
);
const IndicatorIndex = loadable(() =>
  retryImport(() => import('../components/indicator-page')).then((m) => m.IndicatorIndex),
);

/**
 * The page for one report. `reports` (the index's list, newest first) feeds `?report=`, and
 * `loader` the whole-dataset download and the indicator pages (both default to this report
 * alone); `header` and `main` are slots for what only a multi-report corpus shows.
 */
export function App({
  dataset,
  reports: given,
  loader: givenLoader,
  header,
  main,
}: {
  dataset: AppDataset;
  reports?: readonly ReportSummary[];
  loader?: DataLoader;
  header?: ReactNode;
  main?: ReactNode;
}) {
  const loader = useMemo(
    () => givenLoader ?? memoryLoader({ reports: [dataset] }),
    [givenLoader, dataset],
  );
  const reports = given ?? loader.index.reports;
  const vocab = useMemo(() => vocabOf(dataset, reports), [dataset, reports]);
  // The formatters print the units of this report's data (units.json); installing is idempotent.
  installUnits(dataset.units);
  // The report the site shows without `reports/<id>/` in its address.
  const defaultId = defaultReport(reports).meta.id;
  const { state, target, navigate, notice, dismissNotice } = useUrlState(
    vocab,
    defaultId,
    dataset.meta.id,
  );
  const { pathname } = usePageAddress();
  const href = useCallback(
    (page: ViewState | URLSearchParams, hash?: string | null) =>
      pageHref(page, baseOf(pathname), { hash, defaultReport: defaultId }),
    [defaultId, pathname],
  );
  const system = useSystemScheme();
  const scheme = state.scheme ?? system;
  const lang = state.lang;
  const locale = localeOf(lang);
  // Every indicator is searchable: its list is its own module, loaded once the page is up (never
  // part of the first view); a failed load only leaves the indicators out of search.
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
  const patterns = state.patterns;
  const savedScale = Number(useSavedPref(SCALE_KEY));
  const exportScale = SCALES.includes(savedScale) ? savedScale : 2;

  const kind = dataset.meta.kind;
  const t = useCallback(
    (key: MessageKey, vars?: Record<string, string | number>) =>
      translate(lang, sourceWord(kind, key), vars),
    [lang, kind],
  );

  // Everything the page shows, once per navigation (src/view/page-model.ts): the components
  // render their slice of it.
  const embedPage = isEmbedPage();
  const page = useMemo(
    () => buildPageModel({ dataset, reports, state, target, indicators, embedPage }),
    [dataset, reports, state, target, indicators, embedPage],
  );
  const { groups } = page;
  // The first theme renders with the page; the rest in a transition, which React renders in
  // small time slices, so a phone's main thread is never blocked for long by 24 panels at once.
  // A page rendered at build time has every theme, so the HTML it hydrates does too.
  const [allThemes, setAllThemes] = useState(useDrawnStart());
  useEffect(() => startTransition(() => setAllThemes(true)), []);
  // Printing straight after load: mount every theme now, so each panel prints (and draws).
  useEffect(() => onPrepareForPrint(() => flushSync(() => setAllThemes(true))), []);
  const renderedGroups = allThemes ? groups : groups.slice(0, 1);
  // The document follows the language and scheme.
  useEffect(() => {
    document.documentElement.lang = locale.tag;
    document.documentElement.dir = locale.dir;
    document.documentElement.dataset.scheme = scheme;
    // (An indicator's name is in once the indicator list is: the drawn page's title stays till then.)
    if (page.kind !== 'indicator' || indicators.length > 0) document.title = page.head.title;
  }, [locale, scheme, page.head.title, page.kind, indicators.length]);

  // The page is up (hydrated or rendered): main.tsx's held click, tests and benchmarks go on.
  useEffect(appReady, []);

  // Charts are about to redraw: let benchmarks and tests know when they have settled.
  useEffect(() => {
    beginRender();
  }, [state, scheme, patterns]);

  // `#theme-…` (or another id) scrolls there; a panel scrolls and focuses itself (panel.tsx).
  useEffect(() => {
    if (!target) {
      if (state.view === 'dashboard' && !state.figure && !state.indicator) return;
      if (state.view === 'source' && state.figure) return; // the source view scrolls itself
      window.scrollTo({ top: 0 });
      return;
    }
    if (vocab.panelIds.includes(target)) return;
    requestAnimationFrame(() =>
      document.getElementById(target)?.scrollIntoView({ block: 'start' }),
    );
  }, [state.view, state.figure, state.indicator, target, allThemes, vocab]);
  // Links inside chart tooltips are HTML strings, not React elements: route them here so
  // "view in article" stays in the page instead of reloading it.
  useEffect(() => {
    const onClick = (e: MouseEvent) => {
      const a = (e.target as Element | null)?.closest?.('a[data-nav]');
      if (!a || e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
      const figure = new URL(a.getAttribute('href') ?? '', window.location.href).searchParams.get(
        'figure',
      );
      if (!figure || !vocab.figureIds.includes(figure)) return;
      e.preventDefault();
      navigate({ view: 'source', figure });
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, [navigate, vocab]);

  // After the first paint, fetch the source view's code and this report's article while the
  // network is idle, so it opens instantly and still works if the connection drops. (Export code follows the charts: see
  // echart.tsx; prefetching it here would pull ECharts into the first seconds of a phone's load.)
  useEffect(() => {
    const idle = window.requestIdleCallback ?? ((cb: () => void) => window.setTimeout(cb, 1500));
    // A failed prefetch is not an error: opening the view loads it again.
    idle(() =>
      import('../components/source-view')
        .then((m) => m.prefetchArticle(dataset.meta.id))
        .catch(() => {}),
    );
  }, [dataset.meta.id]);

  const togglePatterns = () => navigate({ patterns: !patterns }, { keepHash: true });
  const chooseExportScale = (scale: number) => {
    writePref(SCALE_KEY, String(scale));
  };

  const ctx: DashboardContextValue = {
    dataset,
    reports,
    loader,
    state,
    target,
    lang,
    locale,
    scheme,
    patterns,
    exportScale,
    navigate,
    href,
    t,
    page,
    filterText: page.filterText,
  };
  const { header: masthead } = page;
  const shownView = state.indicator ? 'indicators' : state.view;
  const viewLink = (view: 'dashboard' | 'source' | 'indicators', label: string) => (
    <a
      // Where the click goes: the same filters, another view (navigate keeps them too).
      href={href({ ...state, view, figure: null, indicator: null, embed: null })}
      aria-current={shownView === view ? 'page' : undefined}
      onClick={(e) => {
        e.preventDefault();
        navigate({ view, figure: null, indicator: null });
      }}
    >
      {label}
    </a>
  );

  // embed.html (the one page hosts let others frame) shows an embed only, never the dashboard.
  if (page.kind === 'embed') {
    return (
      <DashboardContext.Provider value={ctx}>
        <GlossaryProvider>
          <EmbedView />
        </GlossaryProvider>
      </DashboardContext.Provider>
    );
  }

  return (
    <DashboardContext.Provider value={ctx}>
      <GlossaryProvider>
        {/* Only the dashboard has #charts; the source and indicator views skip to <main>. */}
        {state.view === 'dashboard' && !state.indicator ? (
          <SkipLink>{t('skipToCharts')}</SkipLink>
        ) : (
          <SkipLink to="main">{t('skipToContent')}</SkipLink>
        )}
        <header className="site-header">
          <div className="masthead">
            {/* Byline and outlet on one line (the outlet states the date): the charts start higher. */}
            <p className="kicker">{masthead.kicker}</p>
            <h1 lang="zh-CN">《{masthead.title}》</h1>
            {masthead.titleEn !== null && <p className="title-en">{masthead.titleEn}</p>}
            <p className="summary">{masthead.summary}</p>
            {masthead.citedFrom && (
              <p className="cited-from">
                {masthead.citedFrom.lead}{' '}
                <a href={masthead.citedFrom.url} target="_blank" rel="noopener noreferrer">
                  {masthead.citedFrom.site} ↗
                </a>{' '}
                · {masthead.citedFrom.read}
              </p>
            )}
          </div>
          <div className="header-tools">
            <nav className="view-nav" aria-label={t('viewNav')}>
              {viewLink('dashboard', t('viewDashboard'))}
              {/* A cited or table report keeps no text: there is no source view to offer. */}
              {masthead.hasText && viewLink('source', t('viewSource'))}
              {viewLink('indicators', t('viewIndicators'))}
            </nav>
            <SearchBox />
            {/* The report selector, when there are several: beside the views, not a row of its own. */}
            {header}
          </div>
        </header>
        <PrintHeader />
        <IgnoredNotice ignored={notice} onDismiss={dismissNotice} />
        <main id="main" tabIndex={-1}>
          {state.indicator ? (
            <LoadBoundary placeholder={<p className="chart-loading">…</p>}>
              <IndicatorPage id={state.indicator} />
            </LoadBoundary>
          ) : state.view === 'indicators' ? (
            <LoadBoundary placeholder={<p className="chart-loading">…</p>}>
              <IndicatorIndex />
            </LoadBoundary>
          ) : state.view === 'source' && masthead.hasText ? (
            <LoadBoundary placeholder={<p className="chart-loading">…</p>}>
              <SourceView />
            </LoadBoundary>
          ) : (
            <>
              <FilterBar
                filters={
                  <Filters onTogglePatterns={togglePatterns} onExportScale={chooseExportScale} />
                }
              />
              {page.hiddenTarget && (
                <HiddenTargetNotice
                  kind={page.hiddenTarget.kind}
                  title={page.hiddenTarget.text}
                  onShow={() => navigate({ themes: [], year: null }, { keepHash: true })}
                />
              )}
              <HeadlineStrip />
              <div className="charts-head">
                <p className="shown-count" aria-live="polite">
                  {page.shownText}
                </p>
                <ThemeJump themes={groups.map((g) => g.theme)} />
              </div>
              <div id={CHARTS_ID} className="charts" tabIndex={-1}>
                {groups.length === 0 ? (
                  <EmptyState onReset={() => navigate({ themes: [], year: null })} />
                ) : (
                  <ThemeSections groups={renderedGroups} />
                )}
              </div>
              <Timeline />
              {main}
              <GlossarySection />
            </>
          )}
        </main>
        <Footer />
      </GlossaryProvider>
    </DashboardContext.Provider>
  );
}

/** This document is embed.html (its <html> carries data-entry="embed"). */
function isEmbedPage(): boolean {
  return typeof document !== 'undefined' && document.documentElement.dataset.entry === 'embed';
}
