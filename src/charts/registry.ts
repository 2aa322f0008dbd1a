/**
 * Chart kinds as a registry, not a switch: a kind is one entry naming its builder, the rule its
 * rows must pass, how tall it draws and how it exports. Adding a kind is one entry here (and one in
 * the panel schema's CHART_KINDS).
 */
import type { EChartsOption } from 'echarts';
import type { ChartKind } from '../model/schema';
import type { FigureRow } from '../selectors/rows';
import { barChartHeight, buildBarOption, buildBulletOption } from './bar';
import { buildCardsOption, cardsChartHeight } from './cards';
import type { ChartOptions } from './style';

export type ExportFormat = 'png' | 'svg' | 'csv';

export interface ChartKindSpec {
  build: (rows: readonly FigureRow[], opts: ChartOptions) => EChartsOption;
  /** Why these rows cannot be drawn as this kind, or null when they can. */
  validate: (rows: readonly FigureRow[]) => string | null;
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

/** One axis cannot honestly carry yuan and people. */
const oneUnit = (rows: readonly FigureRow[]) => {
  const units = new Set(rows.map((r) => r.unit));
  return units.size > 1 ? `bar chart mixes base units: ${[...units].join(', ')}` : null;
};

export const CHART_REGISTRY: Record<ChartKind, ChartKindSpec> = {
  bar: {
    build: buildBarOption,
    validate: oneUnit,
    height: barChartHeight,
    onScreen: true,
    exports: ['png', 'svg', 'csv'],
  },
  bullet: {
    build: buildBulletOption,
    validate: (rows) => {
      const bad = rows.find((r) => r.unit !== 'percent');
      return bad ? `bullet needs percentages; "${bad.id}" is in ${bad.unit}` : null;
    },
    height: barChartHeight,
    onScreen: true,
    exports: ['png', 'svg', 'csv'],
  },
  cards: {
    build: buildCardsOption,
    validate: () => null,
    height: (rows, width, insets) => cardsChartHeight(rows.length, width, insets),
    onScreen: false,
    exports: ['png', 'svg', 'csv'],
  },
};
