/**
 * The dataset and the UI strings the e2e specs rely on, read from data/*.json so the specs follow
 * the data instead of hard-coding ids and names. The types are local and minimal on purpose: the
 * specs test the built page, not the app's own modules.
 */
import themesJson from '../../data/themes.json' with { type: 'json' };
import panelsJson from '../../data/reports/xpcc-unions-2023/panels.json' with { type: 'json' };
import figuresJson from '../../data/reports/xpcc-unions-2023/figures.json' with { type: 'json' };
import articleJson from '../../data/reports/xpcc-unions-2023/report.json' with { type: 'json' };
import entitiesJson from '../../data/entities.json' with { type: 'json' };

export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'];
export interface Localized {
  zh: string;
  en: string;
}
export interface ThemeData {
  id: string;
  name: Localized;
  order: number;
}
export interface PanelData {
  id: string;
  theme: string;
  title: Localized;
  chart: string;
  figures: string[];
}
export interface PeriodData {
  kind: string;
  year?: number;
  from?: number;
  to?: number;
  start?: string;
  end?: string;
  date?: string;
}
export interface FigureData {
  id: string;
  value: number;
  numeral?: string;
  unit: string;
  qualifier: string;
  quote: string;
  base: { value: number; unit: string };
  label: Localized;
  theme: string;
  period: PeriodData;
  /** The entity's name (the data stores the entity id). */
  organisation: Localized;
}
interface StoredFigure extends Omit<FigureData, 'base' | 'organisation'> {
  base: { unit: string };
  entity: string;
}

/** Unit factors for the base value, which the data does not store (value × factor). */
const FACTORS: Record<string, number> = { 万元: 1e4, 亿元: 1e8, 万人: 1e4, 万人次: 1e4 };
const entityNames = new Map(
  (entitiesJson as { id: string; name: Localized }[]).map((e) => [e.id, e.name]),
);

export const themes: ThemeData[] = [...(themesJson as ThemeData[])].sort(
  (a, b) => a.order - b.order,
);
export const panels: PanelData[] = panelsJson as PanelData[];
export const figures: FigureData[] = (figuresJson as StoredFigure[]).map((f) => ({
  ...f,
  base: { value: Number((f.value * (FACTORS[f.unit] ?? 1)).toPrecision(12)), unit: f.base.unit },
  organisation: entityNames.get(f.entity)!,
}));
export const article = articleJson as { title: string; headlineFigures: string[] };

export const TOTAL_FIGURES = figures.length;
/** Years the year filter must offer (from the issue). */
export const YEARS = ['2018', '2022', '2023'] as const;

export const figureById = new Map(figures.map((f) => [f.id, f]));
export const panelById = new Map(panels.map((p) => [p.id, p]));
export const panelOfFigure = new Map(
  panels.flatMap((p) => p.figures.map((id) => [id, p] as const)),
);

export function figure(id: string): FigureData {
  const f = figureById.get(id);
  if (!f) throw new Error(`unknown figure ${id}`);
  return f;
}
export function panelFigures(panel: PanelData): FigureData[] {
  return panel.figures.map(figure);
}
export function figuresOfTheme(themeId: string): FigureData[] {
  return figures.filter((f) => f.theme === themeId);
}
/** Every year a period mentions, however the UI maps periods onto years. */
export function yearsMentioned(p: PeriodData): number[] {
  const out: number[] = [];
  if (p.year) out.push(p.year);
  if (p.from && p.to) for (let y = p.from; y <= p.to; y++) out.push(y);
  for (const d of [p.start, p.end, p.date]) if (d) out.push(Number(d.slice(0, 4)));
  return out;
}

/** One panel per chart kind (first in data order): the sample the costlier specs use. */
export const samplePanels: PanelData[] = panels.filter(
  (p, i) => panels.findIndex((q) => q.chart === p.chart) === i,
);
/** First, middle and last figure in data order. */
export const sampleFigures: FigureData[] = [
  figures[0]!,
  figures[Math.floor(figures.length / 2)]!,
  figures[figures.length - 1]!,
];

/** Accessible names and attribute values from the interface contract. */
export const UI = {
  zh: {
    htmlLang: 'zh-CN',
    themeGroup: '主题',
    year: '年份',
    switchLang: 'English',
    scheme: /深色|浅色/,
    dark: /深色/,
    light: /浅色/,
    exportPng: '导出 PNG',
    exportSvg: '导出 SVG',
    exportCsv: '导出 CSV',
    tabChart: '图表',
    tabTable: '表格',
    tabQuotes: '原文摘录',
    source: '原文',
    viewInArticle: '在原文中查看',
    reset: '重置筛选',
    filtersHeading: '筛选',
    done: '完成',
    skipToCharts: '跳到图表',
    jumpToTheme: '跳到主题',
    actions: '操作',
  },
  en: {
    htmlLang: 'en',
    themeGroup: 'Theme',
    year: 'Year',
    switchLang: '中文',
    scheme: /\b(dark|light)\b/i,
    dark: /\bdark\b/i,
    light: /\blight\b/i,
    exportPng: 'Export PNG',
    exportSvg: 'Export SVG',
    exportCsv: 'Export CSV',
    tabChart: 'Chart',
    tabTable: 'Table',
    tabQuotes: 'Quotes',
    source: 'Source',
    viewInArticle: 'View in article',
    reset: 'Reset filters',
    filtersHeading: 'Filters',
    done: 'Done',
    skipToCharts: 'Skip to charts',
    jumpToTheme: 'Jump to theme',
    actions: 'Actions',
  },
} as const;

/** Text with every kind of white space and digit-group separator removed, for loose matching. */
export function squash(text: string): string {
  return text.replace(/[\s,\u00a0\u2009\u202f，]/g, '');
}
/** The number as the article writes it: 2412, 2.04, or the numeral 两. */
export function writtenNumber(f: FigureData): string {
  return f.numeral ?? String(f.value);
}
