/**
 * The dataset and the UI strings the e2e specs rely on, read from the data folder the build reads
 * ($DATASET_DIR, else data/) so the specs follow the data instead of hard-coding ids, counts,
 * years and names. Every report under `reports/` is read; the default one, which the page shows
 * without `?report=`, is the newest article (kind `article`; else the newest) by report.json `date`
 * (ties: by id, as the app orders them),
 * and `figures`, `panels`, `events` … are that report's. The types are local and minimal on
 * purpose: the specs test the built page, not the app's own modules.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

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
  yearsInferred?: boolean;
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
  /** What is measured, the same id in every report. */
  indicator: string;
  /** The entity's name (the data stores the entity id). */
  organisation: Localized;
}
interface StoredFigure extends Omit<FigureData, 'base' | 'organisation'> {
  base: { unit: string };
  entity: string;
}

export interface EventData {
  id: string;
  start: string;
  end?: string;
  precision: 'day' | 'month' | 'year';
  label: Localized;
  figures: string[];
}
export interface ReportMetaData {
  id: string;
  fileStem?: string;
  title: string;
  englishTitle: string;
  byline: Localized;
  date: string;
  /** article (the default), cited or table. */
  kind?: 'article' | 'cited' | 'table';
  republication?: { site: Localized; channel: Localized; date: string; url: string };
  address?: { url: string; read: string; site?: Localized };
  newspaper?: { name: Localized; basis: Localized };
  headlineFigures: string[];
  sourceLine: Localized;
}
export interface ReportData {
  meta: ReportMetaData;
  figures: FigureData[];
  panels: PanelData[];
  events: EventData[];
}

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** The data folder the build reads: $DATASET_DIR (from the repository root), else data/. */
export const DATA_DIR = resolve(ROOT, process.env.DATASET_DIR ?? 'data');
/** True when the suite runs on the project's own data/, where no data-dependent check may skip. */
export const OWN_DATA = DATA_DIR === resolve(ROOT, 'data');

function readJson<T>(...path: string[]): T {
  const file = join(DATA_DIR, ...path);
  if (!existsSync(file)) throw new Error(`e2e data: ${file} is missing`);
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

/** Unit factors for the base value, which the data does not store (value × factor): units.json. */
const FACTORS: Record<string, number> = Object.fromEntries(
  Object.entries(
    readJson<{ written: Record<string, { factor: number }> }>('units.json').written,
  ).map(([unit, { factor }]) => [unit, factor]),
);
const entityNames = new Map(
  readJson<{ id: string; name: Localized }[]>('entities.json').map((e) => [e.id, e.name]),
);

export const themes: ThemeData[] = [...readJson<ThemeData[]>('themes.json')].sort(
  (a, b) => a.order - b.order,
);
/** The shared glossary (every report uses the same terms); [] when there is none. */
export const glossary: { id: string }[] = existsSync(join(DATA_DIR, 'glossary.json'))
  ? readJson<{ id: string }[]>('glossary.json')
  : [];

function readReport(id: string): ReportData {
  return {
    meta: readJson<ReportMetaData>('reports', id, 'report.json'),
    panels: readJson<PanelData[]>('reports', id, 'panels.json'),
    // A cited or table report has no text, so it may have no events.json.
    events: existsSync(join(DATA_DIR, 'reports', id, 'events.json'))
      ? readJson<EventData[]>('reports', id, 'events.json')
      : [],
    figures: readJson<StoredFigure[]>('reports', id, 'figures.json').map((f) => ({
      ...f,
      base: {
        value: Number((f.value * (FACTORS[f.unit] ?? 1)).toPrecision(12)),
        unit: f.base.unit,
      },
      organisation: entityNames.get(f.entity)!,
    })),
  };
}

const reportsDir = join(DATA_DIR, 'reports');
/** Every report, newest first (ties by id), as the page orders them. */
export const reports: ReportData[] = readdirSync(reportsDir)
  .filter((name) => statSync(join(reportsDir, name)).isDirectory())
  .sort()
  .map(readReport)
  .sort((a, b) => (a.meta.date === b.meta.date ? 0 : a.meta.date < b.meta.date ? 1 : -1));
if (reports.length === 0) throw new Error(`e2e data: no report folder under ${reportsDir}`);

/**
 * The report the page shows by default: the newest whose text is kept (kind `article`), else the
 * newest (src/model/loader.ts `defaultReport`).
 */
export const report: ReportData =
  reports.find((r) => ((r.meta as { kind?: string }).kind ?? 'article') === 'article') ??
  reports[0]!;
export const panels: PanelData[] = report.panels;
export const figures: FigureData[] = report.figures;
export const events: EventData[] = report.events;
/** The default report's report.json. */
export const article: ReportMetaData = report.meta;
/** What the default report's downloads are named by: `fileStem`, else the report id. */
export const fileStem: string = article.fileStem ?? article.id;
/** What the whole-dataset download is named by: the one report's stem, or `all-reports`. */
export const corpusStem: string = reports.length === 1 ? fileStem : 'all-reports';

export const TOTAL_FIGURES = figures.length;

/**
 * The calendar years the year filter puts a period under: a dated period's years (start to end),
 * a year, the year of an "as of" date; none for spans (五年来), recent and unspecified periods.
 */
export function yearsKept(p: PeriodData): number[] {
  if (p.kind === 'year' && p.year) return [p.year];
  if (p.kind === 'as-of' && p.date) return [Number(p.date.slice(0, 4))];
  if (p.kind === 'date' && p.start) {
    const from = Number(p.start.slice(0, 4));
    const to = Number((p.end ?? p.start).slice(0, 4));
    return Array.from({ length: to - from + 1 }, (_, i) => from + i);
  }
  return [];
}
/** An event's years under the same rule (an event is a dated period). */
export function eventYears(e: EventData): number[] {
  return yearsKept(
    e.precision === 'year'
      ? { kind: 'year', year: Number(e.start.slice(0, 4)) }
      : { kind: 'date', start: e.start, end: e.end },
  );
}
/** The years the year filter must offer: exactly the distinct years of the figures, ascending. */
export const YEARS: string[] = [...new Set(figures.flatMap((f) => yearsKept(f.period)))]
  .sort((a, b) => a - b)
  .map(String);
/** The figures `?year=<year>` keeps, in data order. */
export function figuresOfYear(year: string | number): FigureData[] {
  return figures.filter((f) => yearsKept(f.period).includes(Number(year)));
}

export const figureById = new Map(figures.map((f) => [f.id, f]));
export const panelById = new Map(panels.map((p) => [p.id, p]));
export const panelOfFigure = new Map(
  panels.flatMap((p) => p.figures.map((id) => [id, p] as const)),
);

/** A figure of the default report by id; throws, naming the report, when the data lacks it. */
export function figure(id: string): FigureData {
  const f = figureById.get(id);
  if (!f) throw new Error(`figure "${id}" is not in report ${article.id} (figures.json)`);
  return f;
}
/** A panel of the default report by id; throws, naming the report, when the data lacks it. */
export function panel(id: string): PanelData {
  const p = panelById.get(id);
  if (!p) throw new Error(`panel "${id}" is not in report ${article.id} (panels.json)`);
  return p;
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
    retry: '重试',
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
    retry: 'Try again',
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
