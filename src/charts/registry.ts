/**
 * Chart kinds as a registry, not a switch: a kind is one entry naming its builder, how tall it
 * draws and how it exports. The kinds' names and the rule their rows must pass are
 * src/model/chart-kinds.ts (shared with the validator); this table is typed `Record<ChartKind, …>`,
 * so a kind named there and missing here is a type error (and so is one in charts/echarts.ts).
 */
import type { EChartsOption } from 'echarts';
import type { ChartKind } from '../model/chart-kinds';
import type { FigureRow } from '../selectors/rows';
import { barChartHeight, buildBarOption, buildBulletOption } from './bar';
import { buildCardsOption, cardsChartHeight } from './cards';
import type { ChartOptions } from './style';

export type ExportFormat = 'png' | 'svg' | 'csv';

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
  exports: readonly ExportFormat[];
}

export const CHART_REGISTRY: Record<ChartKind, ChartKindSpec> = {
  bar: {
    build: buildBarOption,
    height: barChartHeight,
    onScreen: true,
    exports: ['png', 'svg', 'csv'],
  },
  bullet: {
    build: buildBulletOption,
    height: barChartHeight,
    onScreen: true,
    exports: ['png', 'svg', 'csv'],
  },
  cards: {
    build: buildCardsOption,
    height: (rows, width, insets) => cardsChartHeight(rows.length, width, insets),
    onScreen: false,
    exports: ['png', 'svg', 'csv'],
  },
};
