import { Suspense, startTransition, lazy, useCallback, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import type { AppDataset } from '../model/validate';
import { selectPanels, countShown } from '../selectors/figures';
import { yearsOfPeriod } from '../selectors/periods';
import { t as translate, type MessageKey } from '../i18n/strings';
import { formatDate } from '../format';
import { DashboardContext, type DashboardContextValue } from '../components/context';
import { Filters } from '../components/filters';
import { HeadlineStrip } from '../components/headline-strip';
import { Timeline } from '../components/timeline';
import { Panel } from '../components/panel';
import { EmptyState, ErrorBoundary, IgnoredNotice } from '../components/feedback';
import { Footer } from '../components/footer';
import { GlossaryProvider, GlossarySection } from '../components/glossary';
import { beginRender } from '../components/render-tracker';
import { useUrlState } from './use-url-state';
import { EmbedView } from '../components/embed-view';
import { PrintHeader } from '../components/print-header';
import { onPrepareForPrint } from '../components/print-chart';
import { flushSync } from 'react-dom';

// The article view (its text and parser) loads only when opened.
const SourceView = lazy(() =>
  import('../components/source-view').then((m) => ({ default: m.SourceView })),
);

const SCALE_KEY = 'bingtuan-dashboard:export-scale';
const SCALES = [2, 3];

function useSystemScheme(): 'light' | 'dark' {
  const query = '(prefers-color-scheme: dark)';
  const [dark, setDark] = useState(() => window.matchMedia(query).matches);
  useEffect(() => {
    const mq = window.matchMedia(query);
    const on = (e: MediaQueryListEvent) => setDark(e.matches);
    mq.addEventListener('change', on);
    return () => mq.removeEventListener('change', on);
  }, []);
  return dark ? 'dark' : 'light';
}

/** A saved preference, or undefined (private browsing may forbid storage: then just don't keep it). */
function readPref(key: string): string | undefined {
  try {
    return window.localStorage.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}

function writePref(key: string, value: string): void {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    /* the setting still works for this visit */
  }
}

/**
 * The page for one report. `reports` (all of them, newest first) feeds the whole-dataset download
 * and `?report=`; `header` and `main` are slots for what only a multi-report corpus shows.
 */
export function App({
  dataset,
  reports = [dataset],
  header,
  main,
}: {
  dataset: AppDataset;
  reports?: readonly AppDataset[];
  header?: ReactNode;
  main?: ReactNode;
}) {
  const vocab = useMemo(
    () => ({
      themeIds: dataset.themes.map((th) => th.id),
      years: [...new Set(dataset.figures.flatMap((f) => yearsOfPeriod(f.period)))],
      figureIds: dataset.figures.map((f) => f.id),
      panelIds: dataset.panels.map((p) => p.id),
      reportIds: reports.map((r) => r.meta.id),
    }),
    [dataset, reports],
  );
  const { state, navigate, notice, dismissNotice } = useUrlState(vocab);
  const system = useSystemScheme();
  const scheme = state.scheme ?? system;
  const lang = state.lang;
  const patterns = state.patterns;
  const [exportScale, setExportScale] = useState(() => {
    const saved = Number(readPref(SCALE_KEY));
    return SCALES.includes(saved) ? saved : 2;
  });

  const t = useCallback(
    (key: MessageKey, vars?: Record<string, string | number>) => translate(lang, key, vars),
    [lang],
  );

  const groups = useMemo(
    () =>
      selectPanels(dataset.panels, dataset.figures, dataset.themes, {
        themes: state.themes,
        year: state.year,
      }),
    [dataset, state.themes, state.year],
  );
  const shown = countShown(groups);
  // The first theme renders with the page; the rest in a transition, which React renders in
  // small time slices, so a phone's main thread is never blocked for long by 24 panels at once.
  const [allThemes, setAllThemes] = useState(false);
  useEffect(() => startTransition(() => setAllThemes(true)), []);
  // Printing straight after load: mount every theme now, so each panel prints (and draws).
  useEffect(() => onPrepareForPrint(() => flushSync(() => setAllThemes(true))), []);
  const renderedGroups = allThemes ? groups : groups.slice(0, 1);
  const filterText = useMemo(() => {
    if (state.themes.length === 0 && state.year === null) return t('filterAll');
    const names = state.themes.length
      ? state.themes
          .map((id) => dataset.themes.find((th) => th.id === id)?.name[lang] ?? id)
          .join(lang === 'zh' ? '、' : ', ')
      : lang === 'zh'
        ? '全部主题'
        : 'all themes';
    const year =
      state.year === null ? t('allYears') : lang === 'zh' ? `${state.year}年` : String(state.year);
    return `${names}${lang === 'zh' ? '；' : '; '}${year}`;
  }, [state.themes, state.year, dataset.themes, lang, t]);

  // The document follows the language and scheme.
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.documentElement.dataset.scheme = scheme;
    document.title =
      lang === 'zh'
        ? `${dataset.meta.title} · 数据仪表板`
        : `${dataset.meta.englishTitle} · data dashboard`;
  }, [lang, scheme, dataset.meta.title, dataset.meta.englishTitle]);

  // Charts are about to redraw: let benchmarks and tests know when they have settled.
  useEffect(() => {
    beginRender();
  }, [state, scheme, patterns]);

  // `#<panel-id>` scrolls to that panel, on load and after in-page navigation.
  useEffect(() => {
    const id = decodeURIComponent(window.location.hash.slice(1));
    if (!id) {
      if (state.view === 'dashboard' && !state.figure) return;
      if (state.view === 'source' && state.figure) return; // the source view scrolls itself
      window.scrollTo({ top: 0 });
      return;
    }
    requestAnimationFrame(() => document.getElementById(id)?.scrollIntoView({ block: 'start' }));
  }, [state, allThemes]);

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

  // After the first paint, fetch the source view's code while the network is idle, so it opens
  // instantly and still works if the connection drops. (Export code follows the charts: see
  // echart.tsx; prefetching it here would pull ECharts into the first seconds of a phone's load.)
  useEffect(() => {
    const idle = window.requestIdleCallback ?? ((cb: () => void) => window.setTimeout(cb, 1500));
    idle(() => void import('../components/source-view'));
  }, []);

  const togglePatterns = () => navigate({ patterns: !patterns });
  const chooseExportScale = (scale: number) => {
    writePref(SCALE_KEY, String(scale));
    setExportScale(scale);
  };

  const ctx: DashboardContextValue = {
    dataset,
    reports,
    state,
    lang,
    scheme,
    patterns,
    exportScale,
    navigate,
    t,
    filterText,
  };
  const viewLink = (view: 'dashboard' | 'source', label: string) => (
    <a
      href={
        view === 'source'
          ? `?${new URLSearchParams({ ...(lang === 'en' ? { lang } : {}), view: 'source' })}`
          : lang === 'en'
            ? '?lang=en'
            : '?'
      }
      aria-current={state.view === view ? 'page' : undefined}
      onClick={(e) => {
        e.preventDefault();
        navigate({ view, figure: null });
      }}
    >
      {label}
    </a>
  );

  if (state.embed) {
    return (
      <DashboardContext.Provider value={ctx}>
        <GlossaryProvider>
          <EmbedView panelId={state.embed} />
        </GlossaryProvider>
      </DashboardContext.Provider>
    );
  }

  return (
    <DashboardContext.Provider value={ctx}>
      <GlossaryProvider>
        <a className="skip-link" href="#main">
          {t('skipToContent')}
        </a>
        <header className="site-header">
          <div className="masthead">
            <p className="kicker">
              {dataset.meta.byline[lang]} ·{' '}
              <time dateTime={dataset.meta.date}>{formatDate(dataset.meta.date, lang)}</time>
            </p>
            <h1 lang="zh-CN">《{dataset.meta.title}》</h1>
            {lang === 'en' && <p className="title-en">{dataset.meta.englishTitle}</p>}
            <p className="summary">{dataset.meta.summary[lang]}</p>
            <p className="outlet">{dataset.meta.outlet[lang]}</p>
          </div>
          <nav className="view-nav" aria-label={lang === 'zh' ? '视图' : 'View'}>
            {viewLink('dashboard', t('viewDashboard'))}
            {viewLink('source', t('viewSource'))}
          </nav>
          {header}
        </header>
        <PrintHeader />
        <IgnoredNotice ignored={notice} onDismiss={dismissNotice} />
        <main id="main" tabIndex={-1}>
          {state.view === 'source' ? (
            <Suspense fallback={<p className="chart-loading">…</p>}>
              <SourceView />
            </Suspense>
          ) : (
            <>
              <Filters onTogglePatterns={togglePatterns} onExportScale={chooseExportScale} />
              <p className="shown-count" aria-live="polite">
                {t('figuresShown', { shown, total: dataset.figures.length })}
              </p>
              <HeadlineStrip />
              {groups.length === 0 ? (
                <EmptyState onReset={() => navigate({ themes: [], year: null })} />
              ) : (
                renderedGroups.map(({ theme, items }) => (
                  <section
                    key={theme.id}
                    id={`theme-${theme.id}`}
                    className="theme-section"
                    aria-labelledby={`theme-title-${theme.id}`}
                  >
                    <h2 id={`theme-title-${theme.id}`} className="section-title">
                      {theme.name[lang]}
                    </h2>
                    <p className="theme-desc">{theme.description[lang]}</p>
                    <div className="panel-grid">
                      {items.map((v) => (
                        <ErrorBoundary
                          key={v.panel.id}
                          resetKey={`${lang}-${scheme}-${state.year}`}
                          fallback={(error) => (
                            <section
                              className="panel panel-error"
                              data-panel-id={v.panel.id}
                              aria-label={v.panel.title[lang]}
                            >
                              <h3>{v.panel.title[lang]}</h3>
                              <p role="alert">{t('chartError', { message: error.message })}</p>
                            </section>
                          )}
                        >
                          <Panel panel={v.panel} figures={v.figures} hidden={v.hidden} />
                        </ErrorBoundary>
                      ))}
                    </div>
                  </section>
                ))
              )}
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
