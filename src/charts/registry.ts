/**
 * Chart kinds as a registry, not a switch: a kind is one entry naming its builder, how tall it
 * draws, whether it draws on screen, how it exports and the ECharts chart modules it draws with
 * (charts/echarts.ts registers every entry's modules; it lists no kinds). The kinds' names and the
 * rule their rows must pass are src/model/chart-kinds.ts (shared with the validator); this table
 * is typed `Record<ChartKind, …>`, so a kind named there and missing here is a type error.
 *
 * This file is in the page's hydration code (panel-model.ts reads it), so nothing here may import
 * ECharts statically: `modules` is an `import()` that only loadECharts() calls. Destructure the
 * modules in its `.then` (`({ BarChart }) => [BarChart]`) so the bundler keeps just those charts.
 */
import type { EChartsOption } from 'echarts';
import type { use } from 'echarts/core';
import type { ChartKind } from '../model/chart-kinds';
import type { FigureRow } from '../selectors/rows';
import { barChartHeight, buildBarOption, buildBulletOption } from './bar';
import { buildCardsOption, cardsChartHeight } from './cards';
import type { ChartOptions } from './style';

export type PanelExportFormat = 'png' | 'svg' | 'csv';

/** One chart module of ECharts' tree-shakable API (`BarChart` from 'echarts/charts', …). */
export type EChartsModule = Exclude<Parameters<typeof use>[0], unknown[]>;

export interface ChartKindSpec {
  build: (rows: readonly FigureRow[], opts: ChartOptions) => EChartsOption;
  /** The height it draws these rows at this width (labels wrap, so rows alone do not say). */
  height: (
    rows: readonly FigureRow[],
    width: number,
    insets?: { top: number; bottom: number },
  ) => number;
  /** Whether the on-screen panel draws with ECharts (cards are HTML on screen). */
  onScreen: boolean;
  /** The files a panel of this kind exports to, in menu order. */
  exports: readonly PanelExportFormat[];
  /**
   * The ECharts chart modules it draws with, loaded on demand (see above). Cards are HTML on
   * screen; their images need only the graphic component, which the exports add.
   */
  modules: () => Promise<readonly EChartsModule[]>;
}

export const CHART_REGISTRY: Record<ChartKind, ChartKindSpec> = {
  bar: {
    build: buildBarOption,
    height: barChartHeight,
    onScreen: true,
    exports: ['png', 'svg', 'csv'],
    modules: () => import('echarts/charts').then(({ BarChart }) => [BarChart]),
  },
  bullet: {
    build: buildBulletOption,
    height: barChartHeight,
    onScreen: true,
    exports: ['png', 'svg', 'csv'],
    modules: () => import('echarts/charts').then(({ BarChart }) => [BarChart]),
  },
  cards: {
    build: buildCardsOption,
    height: (rows, width, insets) => cardsChartHeight(rows.length, width, insets),
    onScreen: false,
    exports: ['png', 'svg', 'csv'],
    modules: () => Promise.resolve([]),
  },
};
