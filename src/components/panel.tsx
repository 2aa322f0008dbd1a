import {
  Suspense,
  type RefObject,
  lazy,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
} from 'react';
import type { Panel as PanelDef } from '../model/schema';
import type { FigureRecord } from '../model/validate';
import { distinctPeriods, sharedUnitName, toRows } from '../selectors/rows';
import { CHART_REGISTRY } from '../charts/registry';
import type { ChartOptions } from '../charts/style';
import { describeChart } from '../charts/describe';
import { EXPORT_WIDTH } from '../charts/export-frame';
import { CiteDialog } from './cite-dialog';
import { EmbedDialog } from './embed-dialog';
import { usePrintChart } from './print-chart';
import { useDashboard } from './context';
import { FigureCards, FigureTable, QuoteList } from './figure-views';
import type { ChartInstance } from './echart';
import { TermText } from './glossary';

const EChart = lazy(() => import('./echart'));

/** Margin around the viewport within which a chart mounts, so it is drawn before it scrolls in. */
const MOUNT_MARGIN = '400px 0px';

/** True once the element has come near the viewport (and from then on). No observer: true. */
function useNearViewport(ref: RefObject<HTMLElement | null>): boolean {
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const el = ref.current;
    if (near || !el) return;
    const io = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          setNear(true);
          io.disconnect();
        }
      },
      { rootMargin: MOUNT_MARGIN },
    );
    io.observe(el);
    // Printing shows the whole page at once: draw every chart first.
    const print = () => setNear(true);
    window.addEventListener('beforeprint', print);
    return () => {
      io.disconnect();
      window.removeEventListener('beforeprint', print);
    };
  }, [ref, near]);
  return near;
}

type Tab = 'chart' | 'table' | 'quotes';
const TABS: Tab[] = ['chart', 'table', 'quotes'];
const TAB_KEYS = { chart: 'tabChart', table: 'tabTable', quotes: 'tabQuotes' } as const;
const DEFAULT_WIDTH = 560;
const EXPORTS = [
  ['png', 'exportPng'],
  ['svg', 'exportSvg'],
  ['csv', 'exportCsv'],
] as const;

export interface PanelProps {
  panel: PanelDef;
  figures: FigureRecord[];
  hidden: number;
}

/** One chart panel: title, period and unit, Chart / Table / Quotes tabs, exports and a link. */
export function Panel({ panel, figures, hidden }: PanelProps) {
  const { dataset, lang, scheme, patterns, exportScale, state, t, filterText } = useDashboard();
  const uid = useId();
  const [tab, setTab] = useState<Tab>('chart');
  const [busy, setBusy] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const bodyRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<ChartInstance | null>(null);
  const [width, setWidth] = useState(DEFAULT_WIDTH);
  const nearView = useNearViewport(bodyRef);
  const rows = useMemo(() => toRows(figures, lang), [figures, lang]);
  const title = panel.title[lang];
  const unit = sharedUnitName(rows);
  const periods = distinctPeriods(rows).join(lang === 'zh' ? '；' : '; ');
  const subtitle = unit ? `${periods} · ${t('unitLabel', { unit })}` : periods;
  const spec = CHART_REGISTRY[panel.chart];
  const highlight =
    state.figure && figures.some((f) => f.id === state.figure) ? state.figure : null;

  useEffect(() => {
    const el = bodyRef.current;
    if (!el) return;
    // No synchronous clientWidth read here: with 24 panels that forces 24 layouts on load.
    // ResizeObserver reports the first size itself, after layout.
    const ro = new ResizeObserver(([entry]) => {
      const w = Math.round(entry?.contentRect.width ?? 0);
      if (w > 0) setWidth(w);
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  const chartOptions: Omit<ChartOptions, 'insets' | 'animation' | 'width'> = useMemo(
    () => ({
      lang,
      scheme,
      patterns,
      description: describeChart(title, rows, lang),
      words: {
        period: t('periodLabel', { period: '' }),
        organisation: t('orgLabel', { org: '' }),
        moreThan: t('moreThanNote'),
        viewInArticle: t('viewInArticle'),
      },
    }),
    [lang, scheme, patterns, title, rows, t],
  );
  const option = useMemo(
    () => (spec.onScreen ? spec.build(rows, { ...chartOptions, width }) : null),
    [spec, rows, chartOptions, width],
  );

  // Point at the datum a link asked for.
  useEffect(() => {
    const chart = chartRef.current;
    if (!chart || !highlight || tab !== 'chart') return;
    const index = rows.findIndex((r) => r.id === highlight);
    if (index >= 0) chart.dispatchAction({ type: 'highlight', seriesIndex: 0, dataIndex: index });
  }, [highlight, rows, tab, panel.chart, option]);

  const exportAs = async (format: (typeof EXPORTS)[number][0]) => {
    setBusy(format);
    try {
      const mod = await import('../export/panel-export');
      const job = {
        panelId: panel.id,
        kind: panel.chart,
        lang,
        figures,
        rows,
        options: chartOptions,
        caption: {
          title,
          subtitle,
          filter: t('filterLine', { filter: filterText }),
          source: dataset.meta.sourceLine[lang],
          ...(spec.onScreen && rows.some((r) => r.moreThan) ? { legend: t('stripeLegend') } : {}),
        },
        width: EXPORT_WIDTH,
      };
      if (format === 'png') await mod.exportPanelPng(job, exportScale);
      else if (format === 'svg') await mod.exportPanelSvg(job);
      else mod.exportPanelCsv(job);
    } finally {
      setBusy(null);
    }
  };

  const copyLink = async () => {
    const url = new URL(window.location.href);
    url.hash = panel.id;
    try {
      await navigator.clipboard.writeText(url.toString());
      setCopied(true);
      setTimeout(() => setCopied(false), 2000);
    } catch {
      window.prompt(t('copyLink'), url.toString());
    }
  };

  const onTabKey = (e: KeyboardEvent<HTMLButtonElement>) => {
    const i = TABS.indexOf(tab);
    const next =
      e.key === 'ArrowRight' ? TABS[(i + 1) % 3] : e.key === 'ArrowLeft' ? TABS[(i + 2) % 3] : null;
    if (!next) return;
    e.preventDefault();
    setTab(next);
    document.getElementById(`${uid}-tab-${next}`)?.focus();
  };

  const height = spec.height(rows.length, width);
  const printRef = usePrintChart(
    spec.onScreen && tab === 'chart' ? { kind: panel.chart, rows, options: chartOptions } : null,
  );
  return (
    <section
      className={`panel${highlight ? ' is-target' : ''}`}
      id={panel.id}
      data-panel-id={panel.id}
      aria-labelledby={`${uid}-title`}
    >
      <header className="panel-head">
        <h3 id={`${uid}-title`}>
          <TermText text={title} place={`panel:${panel.id}`} />
        </h3>
        <p className="panel-sub">{subtitle}</p>
      </header>
      <div className="panel-bar">
        <div role="tablist" aria-label={title} className="tabs">
          {TABS.map((k) => (
            <button
              key={k}
              type="button"
              role="tab"
              id={`${uid}-tab-${k}`}
              aria-selected={tab === k}
              aria-controls={`${uid}-tabpanel`}
              tabIndex={tab === k ? 0 : -1}
              onClick={() => setTab(k)}
              onKeyDown={onTabKey}
            >
              {t(TAB_KEYS[k])}
            </button>
          ))}
        </div>
        <div className="panel-actions">
          {EXPORTS.map(([format, label]) => (
            <button
              key={format}
              type="button"
              className="btn-small"
              onClick={() => void exportAs(format)}
              disabled={busy !== null}
              aria-busy={busy === format}
            >
              {t(label)}
            </button>
          ))}
          <button type="button" className="btn-small" onClick={() => void copyLink()}>
            {copied ? t('linkCopied') : t('copyLink')}
          </button>
          <CiteDialog panelId={panel.id} panelTitle={title} />
          <EmbedDialog panelId={panel.id} panelTitle={title} chartHeight={height} />
        </div>
      </div>
      <div
        ref={bodyRef}
        className="panel-body"
        role="tabpanel"
        id={`${uid}-tabpanel`}
        aria-labelledby={`${uid}-tab-${tab}`}
      >
        {tab === 'chart' &&
          (option && !nearView ? (
            // Placeholder of the same size until the panel nears the viewport: 24 charts drawing
            // at once would block the main thread on load.
            <div
              className="echart chart-loading"
              role="img"
              aria-label={chartOptions.description}
              style={{ height }}
            >
              {t('loadingChart')}
            </div>
          ) : option ? (
            <Suspense
              fallback={
                <div className="chart-loading" style={{ height }}>
                  {t('loadingChart')}
                </div>
              }
            >
              <EChart
                option={option}
                height={height}
                ariaLabel={chartOptions.description}
                onReady={(chart) => {
                  chartRef.current = chart;
                }}
              />
            </Suspense>
          ) : (
            <FigureCards rows={rows} highlight={highlight} />
          ))}
        {spec.onScreen && tab === 'chart' && (
          <div ref={printRef} className="print-chart" aria-hidden="true" />
        )}
        {tab === 'table' && <FigureTable rows={rows} caption={title} highlight={highlight} />}
        {tab === 'quotes' && <QuoteList rows={rows} />}
      </div>
      {(panel.note || hidden > 0 || rows.some((r) => r.moreThan)) && (
        <footer className="panel-foot">
          {rows.some((r) => r.moreThan) && !spec.onScreen && <p>⁺ {t('moreThanNote')}</p>}
          {rows.some((r) => r.moreThan) && spec.onScreen && (
            <p className="stripe-legend">
              <span className={`stripe-swatch${patterns ? ' is-strong' : ''}`} aria-hidden="true" />
              {t('stripeLegend')}
            </p>
          )}
          {panel.note && <p>{panel.note[lang]}</p>}
          {hidden > 0 && <p>{t('hiddenByYear', { count: hidden })}</p>}
        </footer>
      )}
    </section>
  );
}
