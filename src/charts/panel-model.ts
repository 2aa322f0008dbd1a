/**
 * A panel's whole model from its inputs, in one pure function (what superset's ECharts plugins
 * call `transformProps`): the component only renders what this returns. Tested without a DOM.
 */
import type { EChartsOption } from 'echarts';
import type { ChartKind, Panel, SourceKind } from '../model/schema';
import type { FigureRecord } from '../model/validate';
import type { UnitsTable } from '../model/units';
import {
  distinctLabels,
  distinctPeriods,
  sharedUnitName,
  toRows,
  type FigureRow,
} from '../selectors/rows';
import { shownCaveats } from '../selectors/figures';
import { CHART_REGISTRY, type PanelExportFormat } from './registry';
import { chartKindProblem } from '../model/chart-kinds';
import type { ChartStyle, Scheme } from './style';
import { describeChart } from './describe';
import { localeOf, pickText, type Lang } from '../i18n/locales';
import { qualifierNote, type Qualifier } from '../format';

const QUALIFIER_ORDER: Qualifier[] = ['nearly', 'about', 'less_than', 'at_least', 'range'];

/** The strings a panel needs, already in the page's language. */
export interface PanelWords {
  unitLabel: (unit: string) => string;
  moreThan: string;
  viewInArticle: string;
  hiddenByYear: (count: number) => string;
  /** What the stripes on 余/多 bars mean (the legend under a chart and in its image). */
  stripeLegend: string;
}

export interface PanelInput {
  panel: Panel;
  figures: readonly FigureRecord[];
  /** Figures of the panel the year filter hides. */
  hidden: number;
  lang: Lang;
  scheme: Scheme;
  patterns: boolean;
  width: number;
  /** The figure a link asked to point at, if any. */
  figure: string | null;
  words: PanelWords;
  /** How base units print (the dataset's units.json). */
  units: UnitsTable;
  /** The report's kind (its words for 余/多 in the tooltip: 来源 rather than 原文 when cited). */
  kind?: SourceKind;
}

export interface PanelModel {
  id: string;
  kind: ChartKind;
  title: string;
  subtitle: string;
  rows: FigureRow[];
  /** Options for the on-screen chart and for exports (without size, insets and animation). */
  chartOptions: ChartStyle;
  /**
   * Builds the on-screen ECharts option; null when the kind renders as HTML (cards). A function:
   * the option is built when the chart is drawn (near the viewport, or engaged), not for every
   * panel of the page on its first render.
   */
  buildOption: (() => EChartsOption) | null;
  height: number;
  /** The chart's accessible description: title and every figure as written. */
  description: string;
  /** The figure to highlight, when it is in this panel. */
  highlight: string | null;
  highlightIndex: number;
  footnotes: string[];
  /** The stripe legend, when a drawn chart has 余/多 bars (cards mark them with ⁺ instead). */
  legend: string | null;
  exports: readonly PanelExportFormat[];
}

export function buildPanelModel(input: PanelInput): PanelModel {
  const { panel, lang, words } = input;
  const { units } = input;
  const rows = distinctLabels(toRows(input.figures, lang, units), lang);
  const title = pickText(panel.title, lang);
  const unit = sharedUnitName(rows, lang, units);
  const periods = distinctPeriods(rows).join(localeOf(lang).punct.clause);
  const spec = CHART_REGISTRY[panel.chart];
  const problem = chartKindProblem(panel.chart, rows);
  if (problem) throw new Error(problem);
  const description = describeChart(title, rows, lang);
  const chartOptions = {
    lang,
    scheme: input.scheme,
    patterns: input.patterns,
    description,
    units,
    // The tooltip's fields and their labels come from the column list (figure-columns.ts).
    words: { viewInArticle: words.viewInArticle },
    ...(input.kind ? { kind: input.kind } : {}),
  };
  const highlightIndex = input.figure ? rows.findIndex((r) => r.id === input.figure) : -1;
  const moreThan = rows.some((r) => r.moreThan);
  // What each other qualifier means (and how a bar shows it): under the panel and in its images.
  const qualifierNotes = QUALIFIER_ORDER.filter((q) => rows.some((r) => r.qualifier === q))
    .map((q) => qualifierNote(q, lang, spec.onScreen))
    .filter((n): n is string => n !== undefined);
  return {
    id: panel.id,
    kind: panel.chart,
    title,
    subtitle: unit ? `${periods} · ${words.unitLabel(unit)}` : periods,
    rows,
    chartOptions,
    buildOption: spec.onScreen
      ? () => spec.build(rows, { ...chartOptions, width: input.width })
      : null,
    height: spec.height(rows, input.width),
    description,
    highlight: highlightIndex >= 0 ? input.figure : null,
    highlightIndex,
    footnotes: [
      ...(moreThan && !spec.onScreen ? [`⁺ ${words.moreThan}`] : []),
      ...[...new Set(qualifierNotes)],
      ...(panel.note ? [pickText(panel.note, lang)] : []),
      ...shownCaveats(panel, input.figures).map((c) => pickText(c.text, lang)),
      ...(input.hidden > 0 ? [words.hiddenByYear(input.hidden)] : []),
    ],
    legend:
      (moreThan || rows.some((r) => r.qualifier === 'at_least')) && spec.onScreen
        ? words.stripeLegend
        : null,
    exports: spec.exports,
  };
}
