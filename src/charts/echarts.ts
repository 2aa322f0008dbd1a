/**
 * The ECharts runtime, tree-shaken: `echarts/core` with the components and the renderer the
 * on-screen dashboard uses, and the chart modules every kind names in its registry entry
 * (`CHART_REGISTRY[kind].modules`, src/charts/registry.ts). There is no list of kinds here: a new
 * kind's modules come with its entry. Exports add what they need (graphic, SVG) when first used.
 *
 * The chart modules are named lazily (an `import()` in each entry), because the registry is also
 * in the page's hydration code (panel-model.ts), which must not carry ECharts. So the runtime is
 * had through `loadECharts()`, which loads every kind's modules once and registers them; a failed
 * load is forgotten, so the next call (a reader's 重试) tries again.
 * `npm run bench` swaps this file for echarts-full.ts to measure what the full bundle would cost.
 */
import * as echarts from 'echarts/core';
import { AriaComponent, GridComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { CHART_REGISTRY } from './registry';

echarts.use([AriaComponent, GridComponent, TooltipComponent, CanvasRenderer]);

let loading: Promise<typeof echarts> | null = null;

/** ECharts with every kind's chart modules registered (loaded on the first call). */
export function loadECharts(): Promise<typeof echarts> {
  loading ??= Promise.all(Object.values(CHART_REGISTRY).map((spec) => spec.modules())).then(
    (modules) => {
      echarts.use([...new Set(modules.flat())]);
      return echarts;
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}
