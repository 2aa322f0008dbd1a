/**
 * Chart kinds as a registry, not a switch: a kind names its builder and how tall it draws.
 * Adding a kind is one entry here (and one in the panel schema's CHART_KINDS).
 */
import type { EChartsOption } from 'echarts';
import type { ChartKind } from '../model/schema';
import type { FigureRow } from '../selectors/rows';
import { barChartHeight, buildBarOption, buildBulletOption } from './bar';
import { buildCardsOption, cardsChartHeight } from './cards';
import type { ChartOptions } from './style';

export interface ChartKindSpec {
  build: (rows: readonly FigureRow[], opts: ChartOptions) => EChartsOption;
  height: (n: number, width: number, insets?: { top: number; bottom: number }) => number;
  /** Whether the on-screen panel draws with ECharts (cards are HTML on screen). */
  onScreen: boolean;
}

export const CHART_REGISTRY: Record<ChartKind, ChartKindSpec> = {
  bar: {
    build: buildBarOption,
    height: (n, _w, insets) => barChartHeight(n, insets),
    onScreen: true,
  },
  bullet: {
    build: buildBulletOption,
    height: (n, _w, insets) => barChartHeight(n, insets),
    onScreen: true,
  },
  cards: { build: buildCardsOption, height: cardsChartHeight, onScreen: false },
};
