import { useMemo } from 'react';
import { retryImport } from '../../model/retry-import';
import { LoadBoundary, loadable } from '../page/loadable';
import { useDashboard } from '../page/context';
import type { EChartProps } from './echart';
import { usePageEnv, type DrawSpec } from '../page/page-env';
import { drawnChartKey } from '../../charts/drawn-key';

const EChart = loadable(() => retryImport(() => import('./echart')).then((m) => m.loadEChart()));

/**
 * The charts the pre-rendered page arrived with, by what they show (draw-key.ts): read from the
 * page before React hydrates it (app/start.tsx), so the hydrated slot renders the same markup.
 */
const drawings = new Map<string, string>();

/** Keeps the page's pre-rendered drawings (`[data-drawn]`), before it is hydrated. */
export function keepDrawings(root: ParentNode): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-drawn]')) {
    if (el.dataset.drawn) drawings.set(el.dataset.drawn, el.innerHTML);
  }
}

export interface ChartSlotProps extends EChartProps {
  /** The panel is near the viewport: a page the browser drew itself draws its chart now. */
  draw: boolean;
  /** The reader is at the panel (pointer, touch, focus): the live chart loads. */
  engaged: boolean;
  /** What the chart is drawn from, for the pre-rendered drawing. */
  spec: DrawSpec;
}

/**
 * Where a panel's chart goes.
 * - At build time: the chart as inline SVG (the pre-renderer's `drawChart`), keyed by what it shows.
 * - In the browser, while the view shows what the page was drawn with: that drawing, until the
 *   reader engages the panel; then the interactive ECharts chart, the drawing showing while it loads.
 * - Otherwise (another view, a page the browser drew): a placeholder of the chart's size with its
 *   description until the panel nears the viewport and ECharts has loaded, then the chart. A
 *   drawing of something else is never shown.
 * If ECharts cannot load (the connection dropped) or cannot draw, the slot says so and offers to
 * try again; the panel's other tabs keep every figure with its quote meanwhile.
 */
export function ChartSlot({ draw, engaged, spec, ...chart }: ChartSlotProps) {
  const { t } = useDashboard();
  const env = usePageEnv();
  // The key hashes every row: worked out once per chart, and only where a drawing can be used
  // (at build time, or on a page that arrived with drawings), not on every render of a page the
  // browser drew itself.
  const keyed = env.server || drawings.size > 0;
  const key = useMemo(
    () => (keyed ? drawnChartKey(spec.kind, spec.rows, spec.options) : null),
    [keyed, spec.kind, spec.rows, spec.options],
  );
  const drawnHtml =
    key === null
      ? null
      : env.server
        ? (env.drawChart?.(spec) ?? null)
        : (drawings.get(key) ?? null);
  const drawn = drawnHtml !== null && (
    // The drawing (draw-chart.ts) is its own accessible image, named by the chart's description.
    <div className="chart-drawn" data-drawn={key} dangerouslySetInnerHTML={{ __html: drawnHtml }} />
  );
  if (env.server) return drawn || null;
  if (drawn && !engaged) return drawn;
  const placeholder = drawn || (
    <div
      className="echart chart-loading"
      role="img"
      aria-label={chart.ariaLabel}
      style={{ height: chart.height }}
    >
      {t('loadingChart')}
    </div>
  );
  if (!drawn && !draw) return placeholder;
  return (
    <LoadBoundary
      placeholder={placeholder}
      message={t('chartSlotError')}
      className="echart"
      style={{ minHeight: chart.height }}
    >
      <EChart {...chart} />
    </LoadBoundary>
  );
}
