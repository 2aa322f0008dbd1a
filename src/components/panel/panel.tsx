import { rovingIndex } from '../page/roving';
import {
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
} from 'react';
import type { Panel as PanelDef } from '../../model/schema';
import type { FigureRecord } from '../../model/validate';
import { buildPanelModel, type PanelWords } from '../../charts/panel-model';
import { TABS, type PanelTab } from '../../state/url-state';
import { useDashboard } from '../page/context';
import { FigureCards, FigureTable, QuoteList } from './figure-views';
import { MenuButton } from './menu-button';
import { panelActions } from './panel-actions';
import { useNearViewport, useWidth } from './use-near-viewport';
import type { ChartInstance } from './echart';
import { ChartSlot } from './chart-slot';
import { LazyCiteDialog, LazyEmbedDialog } from '../dialogs/lazy-dialogs';
import { usePrintChart } from './print-chart';
import { TermText } from '../glossary/glossary';
import { pickText } from '../../i18n/locales';
import { useHydrated } from '../page/page-env';

const TAB_KEYS = { chart: 'tabChart', table: 'tabTable', quotes: 'tabQuotes' } as const;
const DEFAULT_WIDTH = 560;

interface Confirmation {
  text: string;
  failed: boolean;
}

export interface PanelProps {
  panel: PanelDef;
  figures: FigureRecord[];
  hidden: number;
}

/**
 * One chart panel. Its model (title, rows, option builder, height, notes, exports) comes from the pure
 * buildPanelModel; this component renders it, keeps the tab in the URL, and takes focus when a
 * link arrives at it (pointing at the datum until the visitor moves on).
 */
export function Panel({ panel, figures, hidden }: PanelProps) {
  const ctx = useDashboard();
  const { dataset, lang, scheme, patterns, state, target, navigate, t } = ctx;
  const uid = useId();
  const tab: PanelTab = state.tabs[panel.id] ?? 'chart';
  const sectionRef = useRef<HTMLElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const [chart, setChart] = useState<ChartInstance | null>(null);
  const [confirmation, setConfirmation] = useState<Confirmation | null>(null);
  const [dialog, setDialog] = useState<'cite' | 'embed' | null>(null);
  /** The figure the visitor has moved on from (its highlight is then off). */
  const [movedOn, setMovedOn] = useState<string | null>(null);
  const width = useWidth(bodyRef, DEFAULT_WIDTH);
  const nearView = useNearViewport(bodyRef);
  /** The reader has come to this panel (pointer, touch, focus): its chart goes live. */
  const [engaged, setEngaged] = useState(false);
  const engage = () => setEngaged(true);
  /**
   * Without scripts the tabs cannot switch, so the page drawn at build time also carries the
   * other tabs after the chart, each under its tab's name, shown only where scripts do not run
   * (`:root:not([data-js])`, panel.css). The hydration keeps them (it must match that HTML) and the
   * render right after it drops them: with scripts the panel is as it always was.
   */
  const hydrated = useHydrated();
  const staticTabs = !hydrated && tab === 'chart';

  const words: PanelWords = useMemo(
    () => ({
      unitLabel: (unit) => t('unitLabel', { unit }),
      moreThan: t('moreThanNote'),
      viewInArticle: t('viewInArticle'),
      hiddenByYear: (count) => t('hiddenByYear', { count }),
      stripeLegend: t('stripeLegend'),
    }),
    [t],
  );
  const model = useMemo(
    () =>
      buildPanelModel({
        panel,
        figures,
        hidden,
        lang,
        scheme,
        patterns,
        width,
        figure: state.figure,
        words,
        units: dataset.units,
        kind: dataset.meta.kind,
      }),
    [
      panel,
      figures,
      hidden,
      lang,
      scheme,
      patterns,
      width,
      state.figure,
      words,
      dataset.units,
      dataset.meta.kind,
    ],
  );
  const highlight = model.highlight !== movedOn ? model.highlight : null;
  const printRef = usePrintChart(
    model.buildOption && tab === 'chart'
      ? { kind: panel.chart, rows: model.rows, options: model.chartOptions }
      : null,
  );

  // Arriving from a link (`#<panel-id>`, the source view): scroll here and take focus. What
  // lays itself out later above the panel (charts drawn at their measured width, fonts) must not
  // carry it out of view: it is scrolled to again whenever the page's size changes, until the
  // reader scrolls, taps, clicks or types.
  useEffect(() => {
    if (target !== panel.id) return;
    const el = sectionRef.current;
    if (!el) return;
    const pin = () => el.scrollIntoView({ block: 'start' });
    pin();
    el.focus({ preventScroll: true });
    if (typeof ResizeObserver === 'undefined') return;
    const resized = new ResizeObserver(pin);
    resized.observe(document.body);
    const moves = ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const;
    const release = () => {
      resized.disconnect();
      for (const type of moves) window.removeEventListener(type, release, true);
    };
    for (const type of moves)
      window.addEventListener(type, release, { capture: true, passive: true });
    return release;
  }, [target, panel.id]);

  // Point at the datum in the chart (emphasis and its tooltip) while it is highlighted.
  useEffect(() => {
    if (!chart || tab !== 'chart' || model.highlightIndex < 0) return;
    const at = { seriesIndex: 0, dataIndex: model.highlightIndex };
    if (highlight) {
      chart.dispatchAction({ type: 'highlight', ...at });
      chart.dispatchAction({ type: 'showTip', ...at });
    } else {
      chart.dispatchAction({ type: 'downplay', ...at });
      chart.dispatchAction({ type: 'hideTip' });
    }
  }, [chart, highlight, model.highlightIndex, tab, model.buildOption]);

  const moveOn = (e: FocusEvent<HTMLElement>) => {
    if (highlight && !e.currentTarget.contains(e.relatedTarget as Node | null))
      setMovedOn(highlight);
  };

  const setTab = (next: PanelTab) => {
    const tabs = { ...state.tabs };
    if (next === 'chart') delete tabs[panel.id];
    else tabs[panel.id] = next;
    navigate({ tabs }, { keepHash: true });
  };
  const onTabKey = (e: KeyboardEvent<HTMLButtonElement>) => {
    const to = rovingIndex(e.key, TABS.indexOf(tab), TABS.length, {
      axis: 'horizontal',
      dir: ctx.locale.dir,
    });
    if (to === null) return;
    e.preventDefault();
    const next = TABS[to]!;
    setTab(next);
    document.getElementById(`${uid}-tab-${next}`)?.focus();
  };

  /** Shows a confirmation (or a failure) beside the menu button, until it is replaced or times out. */
  const say = (message: Confirmation, ms: number) => {
    setConfirmation(message);
    setTimeout(() => setConfirmation((shown) => (shown === message ? null : shown)), ms);
  };
  const actions = panelActions({
    model,
    figures,
    lang,
    width,
    exportScale: ctx.exportScale,
    filterText: ctx.filterText,
    source: pickText(dataset.meta.sourceLine, lang),
    report: dataset.meta,
    themes: dataset.themes,
    units: dataset.units,
    address: dataset.meta.republication?.url ?? '',
    openDialog: setDialog,
    t,
    confirm: (text) => say({ text, failed: false }, 2000),
    fail: (text) => say({ text, failed: true }, 8000),
  });

  return (
    <section
      ref={sectionRef}
      className={`panel${highlight ? ' is-target' : ''}`}
      id={panel.id}
      data-panel-id={panel.id}
      data-kind={panel.chart}
      aria-labelledby={`${uid}-title`}
      tabIndex={-1}
      onBlur={moveOn}
      onFocus={engage}
      onPointerEnter={engage}
      onPointerDown={() => {
        engage();
        if (highlight) setMovedOn(highlight);
      }}
    >
      <header className="panel-head">
        <h3 id={`${uid}-title`}>
          <TermText text={model.title} place={`panel:${panel.id}`} />
        </h3>
        <p className="panel-sub">{model.subtitle}</p>
      </header>
      <div className="panel-bar">
        <div role="tablist" aria-label={model.title} className="tabs">
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
              {
                t(
                  TAB_KEYS[k],
                ) /* a cited report's reads 出处, a table's 表格单元 (source-words.ts) */
              }
            </button>
          ))}
        </div>
        <MenuButton
          label={t('panelActions')}
          title={t('panelActionsFor', { title: model.title })}
          items={actions}
        />
        <span
          className={`panel-status${confirmation?.failed ? ' is-error' : ''}`}
          aria-live="polite"
        >
          {confirmation?.text}
        </span>
        <LazyCiteDialog
          panelId={panel.id}
          panelTitle={model.title}
          open={dialog === 'cite'}
          onOpenChange={(open) => !open && setDialog(null)}
        />
        <LazyEmbedDialog
          panelId={panel.id}
          panelTitle={model.title}
          chartHeight={model.height}
          open={dialog === 'embed'}
          onOpenChange={(open) => !open && setDialog(null)}
        />
      </div>
      <div
        ref={bodyRef}
        className="panel-body"
        role="tabpanel"
        id={`${uid}-tabpanel`}
        aria-labelledby={`${uid}-tab-${tab}`}
      >
        {tab === 'chart' &&
          (model.buildOption ? (
            // A placeholder of the same size until the panel nears the viewport: 24 charts
            // drawing at once would block the main thread on load.
            <ChartSlot
              draw={nearView}
              engaged={engaged || highlight !== null}
              spec={{
                kind: panel.chart,
                rows: model.rows,
                options: model.chartOptions,
                ariaLabel: model.description,
              }}
              buildOption={model.buildOption}
              height={model.height}
              ariaLabel={model.description}
              onReady={setChart}
            />
          ) : (
            <FigureCards rows={model.rows} highlight={highlight} />
          ))}
        {model.buildOption && tab === 'chart' && (
          <div ref={printRef} className="print-chart" aria-hidden="true" />
        )}
        {tab === 'table' && (
          <FigureTable rows={model.rows} caption={model.title} highlight={highlight} />
        )}
        {tab === 'quotes' && <QuoteList rows={model.rows} />}
      </div>
      {staticTabs && (
        <div className="panel-static">
          <section aria-labelledby={`${uid}-static-table`}>
            <h4 id={`${uid}-static-table`}>{t(TAB_KEYS.table)}</h4>
            <FigureTable rows={model.rows} caption={model.title} highlight={null} />
          </section>
          <section aria-labelledby={`${uid}-static-quotes`}>
            <h4 id={`${uid}-static-quotes`}>{t(TAB_KEYS.quotes)}</h4>
            <QuoteList rows={model.rows} />
          </section>
        </div>
      )}
      {(model.footnotes.length > 0 || model.legend) && (
        <footer className="panel-foot">
          {model.legend && (
            <p className="stripe-legend">
              <span className={`stripe-swatch${patterns ? ' is-strong' : ''}`} aria-hidden="true" />
              {model.legend}
            </p>
          )}
          {model.footnotes.map((note) => (
            <p key={note}>{note}</p>
          ))}
        </footer>
      )}
    </section>
  );
}
