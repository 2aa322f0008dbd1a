import { LoadBoundary, loadable } from './loadable';
import { useDashboard } from './context';
import type { EChartProps } from './echart';

const EChart = loadable(() => import('./echart').then((m) => m.default));

/**
 * Where a panel's chart goes: a placeholder of its size (with the chart's description) until the
 * panel nears the viewport (`draw`) and ECharts has loaded, then the chart. If ECharts cannot load
 * (the connection dropped) or cannot draw, the slot says so and offers to try again; the panel's
 * other tabs keep every figure with its quote meanwhile.
 */
export function ChartSlot({ draw, ...chart }: EChartProps & { draw: boolean }) {
  const { t } = useDashboard();
  const placeholder = (
    <div
      className="echart chart-loading"
      role="img"
      aria-label={chart.ariaLabel}
      style={{ height: chart.height }}
    >
      {t('loadingChart')}
    </div>
  );
  if (!draw) return placeholder;
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
