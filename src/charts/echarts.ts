/**
 * The ECharts runtime, tree-shaken: only the charts, components and renderers the on-screen
 * dashboard uses. Exports add what they need (registerExportParts) when first used.
 * `npm run bench` swaps this file for echarts-full.ts to measure what the full bundle would cost.
 */
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { AriaComponent, GridComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import type { ChartKind } from '../model/chart-kinds';

type EChartsModule = Exclude<Parameters<typeof echarts.use>[0], unknown[]>;

/**
 * The chart modules each kind draws with, by kind (a kind missing here is a type error, so a new
 * kind cannot be left undrawable by a tree-shaken runtime). Cards are HTML on screen; their
 * images need only the graphic component, which the exports add.
 */
const KIND_MODULES: Record<ChartKind, readonly EChartsModule[]> = {
  bar: [BarChart],
  bullet: [BarChart],
  cards: [],
};

echarts.use([
  ...new Set(Object.values(KIND_MODULES).flat()),
  AriaComponent,
  GridComponent,
  TooltipComponent,
  CanvasRenderer,
]);

export { echarts };
