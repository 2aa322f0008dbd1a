import { useCallback, useEffect, useMemo, type ReactNode } from 'react';
import { retryImport } from '../model/retry-import';
import type { AppDataset } from '../model/validate';
import { defaultReport, memoryLoader, type DataLoader, type ReportSummary } from '../model/loader';
import { t as translate, type MessageKey } from '../i18n/strings';
import { sourceWord } from '../i18n/source-words';
import { LOCALES, localeOf, type Lang } from '../i18n/locales';
import type { Locale } from '../i18n/locale';
import { baseOf, pageHref } from '../state/routes';
import type { ViewState } from '../state/url-state';
import { buildPageModel, vocabOf } from '../view/page-model';
import { DashboardContext, type DashboardContextValue } from '../components/page/context';
import { IgnoredNotice } from '../components/page/feedback';
import { SkipLink } from '../components/page/page-nav';
import { Footer } from '../components/page/footer';
import { GlossaryProvider } from '../components/glossary/glossary';
import { EmbedView } from '../components/embed/embed-view';
import { LoadBoundary, loadable } from '../components/page/loadable';
import { PrintHeader } from '../components/page/print-header';
import { beginRender } from '../components/panel/render-tracker';
import { usePageAddress } from '../components/page/page-env';
import { useUrlState } from './use-url-state';
import { appReady } from './ready';
import { SCALE_KEY, SCALES, useSavedPref, useSystemScheme } from './prefs';
import {
  useDocumentFollows,
  useIndicatorList,
  usePrefetchSource,
  useScrollToTarget,
  useThemesInSlices,
  useTooltipLinks,
} from './page-effects';
import { SiteHeader } from './site-header';
import { Dashboard } from './dashboard';

// The article view (its text and parser) loads only when opened.
const SourceView = loadable(() =>
  retryImport(() => import('../components/source/source-view')).then((m) => m.SourceView),
);
// So do the indicator pages and their index (every report's values of one indicator).
const IndicatorPage = loadable(() =>
  retryImport(() => import('../components/indicators/indicator-page')).then((m) => m.IndicatorPage),
);
const IndicatorIndex = loadable(() =>
  retryImport(() => import('../components/indicators/indicator-page')).then(
    (m) => m.IndicatorIndex,
  ),
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
  locales = LOCALES,
}: {
  dataset: AppDataset;
  reports?: readonly ReportSummary[];
  loader?: DataLoader;
  header?: ReactNode;
  main?: ReactNode;
  /** The locales the page offers (`?lang=`, the language switch); default: the site's. */
  locales?: readonly Locale[];
}) {
  const loader = useMemo(
    () => givenLoader ?? memoryLoader({ reports: [dataset] }),
    [givenLoader, dataset],
  );
  const reports = given ?? loader.index.reports;
  const vocab = useMemo(() => vocabOf(dataset, reports, locales), [dataset, reports, locales]);
  // The report the site shows without `reports/<id>/` in its address.
  const defaultId = defaultReport(reports).meta.id;
  const { state, target, navigate, notice, dismissNotice, adopting } = useUrlState(
    vocab,
    defaultId,
    dataset.meta.id,
  );
  const { pathname } = usePageAddress();
  const href = useCallback(
    (page: ViewState | URLSearchParams, hash?: string | null) =>
      pageHref(page, baseOf(pathname, vocab.langs), {
        hash,
        defaultReport: defaultId,
        langs: vocab.langs,
      }),
    [defaultId, pathname, vocab.langs],
  );
  const system = useSystemScheme();
  const scheme = state.scheme ?? system;
  const locale = localeOf(state.lang, locales);
  // The locale object is what the components hand the formatters (a `Lang`): no lookup by id.
  const lang: Lang = locale;
  const indicators = useIndicatorList(loader);
  const patterns = state.patterns;
  const savedScale = Number(useSavedPref(SCALE_KEY));
  const exportScale = SCALES.includes(savedScale) ? savedScale : 2;

  const kind = dataset.meta.kind;
  const t = useCallback(
    (key: MessageKey, vars?: Record<string, string | number>) =>
      translate(locale, sourceWord(kind, key), vars),
    [locale, kind],
  );

  // Everything the page shows, once per navigation (src/view/page-model.ts): the components
  // render their slice of it.
  const embedPage = isEmbedPage();
  const page = useMemo(
    () => buildPageModel({ dataset, reports, state, target, indicators, embedPage, locales }),
    [dataset, reports, state, target, indicators, embedPage, locales],
  );
  const allThemes = useThemesInSlices();
  // The scheme is written once the address is read: before, `?scheme=` is not in the state yet and
  // the system's would flash over the one the boot script applied from the address.
  useDocumentFollows(page, adopting ? null : scheme, indicators.length > 0);
  // The page is up (hydrated or rendered): main.tsx's held click, tests and benchmarks go on.
  useEffect(appReady, []);
  // Charts are about to redraw: let benchmarks and tests know when they have settled.
  useEffect(() => {
    beginRender();
  }, [state, scheme, patterns]);
  useScrollToTarget(state, target, vocab, allThemes);
  useTooltipLinks(navigate, vocab.figureIds);
  usePrefetchSource(dataset.meta.id);

  const ctx: DashboardContextValue = {
    dataset,
    reports,
    loader,
    state,
    target,
    lang,
    locale,
    locales,
    scheme,
    patterns,
    exportScale,
    navigate,
    href,
    t,
    page,
    filterText: page.filterText,
  };
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
        <SiteHeader selector={header} />
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
          ) : state.view === 'source' && page.header.hasText ? (
            <LoadBoundary placeholder={<p className="chart-loading">…</p>}>
              <SourceView />
            </LoadBoundary>
          ) : (
            <Dashboard allThemes={allThemes} extra={main} />
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
