/**
 * How the page gets its data without shipping the corpus: a small index (every report's title and
 * date) that the first view imports, the list of indicators (names, reports, entities), and one
 * module per report and per indicator, imported when a page needs it. The build serves these as virtual modules
 * (dataset-plugin.ts, through `datasetIndex` and `indicatorData` below); tests and tools build the
 * same shapes from a corpus in memory (`memoryLoader`). Pure: no import of the virtual modules.
 */
import type {
  AppCorpus,
  AppDataset,
  Entity,
  FigureRecord,
  Localized,
  ReportMeta,
} from './types.ts';
import type { BaseUnit } from './schema.ts';
import type { UnitsTable } from './units.ts';

/** One report in the index: what the selector, the report list and `?report=` need. */
export interface ReportSummary {
  meta: Pick<ReportMeta, 'id' | 'language' | 'title' | 'englishTitle' | 'date' | 'fileStem'> & {
    /** The source's kind (`article`, `cited`, `table`); `article` when report.json has none. */
    kind: string;
  };
  /** How many figures it states. */
  figures: number;
}

/** One indicator in the index: its name (the newest report's label) and who states it. */
export interface IndicatorSummary {
  id: string;
  label: Localized;
  unit: BaseUnit;
  /** Ids of the reports stating it, newest first. */
  reports: string[];
  /** Ids of the entities it is stated for, sorted. */
  entities: string[];
}

/** What the first view imports: every report, newest first. */
export interface DatasetIndex {
  reports: ReportSummary[];
}

/**
 * Every report's figures of one indicator, with the report's meta (newest first), the entities
 * they are stated for and the units table (for the formatters): an indicator page's whole data.
 */
export interface IndicatorData {
  id: string;
  reports: { meta: ReportMeta; figures: FigureRecord[] }[];
  entities: Entity[];
  units: UnitsTable;
}

/** The loading API of the page: the index at once, the rest on demand. */
export interface DataLoader {
  index: DatasetIndex;
  /** Every indicator, by id (its own module: the first view does not need it). */
  indicators(): Promise<IndicatorSummary[]>;
  /** One report's page data; rejects (naming the id) for an unknown report. */
  report(id: string): Promise<AppDataset>;
  /** One indicator's figures across reports; rejects for an unknown indicator. */
  indicator(id: string): Promise<IndicatorData>;
  /** Every report (the whole-corpus downloads). */
  corpus(): Promise<AppCorpus>;
}

/** The index of a corpus whose reports are newest first (as the validator returns them). */
export function datasetIndex(corpus: AppCorpus): DatasetIndex {
  const reports = corpus.reports.map((r): ReportSummary => ({
    meta: {
      id: r.meta.id,
      language: r.meta.language,
      title: r.meta.title,
      englishTitle: r.meta.englishTitle,
      date: r.meta.date,
      ...(r.meta.fileStem ? { fileStem: r.meta.fileStem } : {}),
      kind: r.meta.kind ?? 'article',
    },
    figures: r.figures.length,
  }));
  return { reports };
}

/** Every indicator of a corpus (reports newest first), by id. */
export function indicatorIndex(corpus: AppCorpus): IndicatorSummary[] {
  const byId = new Map<string, IndicatorSummary>();
  for (const r of corpus.reports)
    for (const f of r.figures) {
      const known = byId.get(f.indicator);
      const entry = known ?? {
        id: f.indicator,
        label: f.label,
        unit: f.base.unit,
        reports: [],
        entities: [],
      };
      if (!entry.reports.includes(r.meta.id)) entry.reports.push(r.meta.id);
      if (!entry.entities.includes(f.entity)) entry.entities.push(f.entity);
      byId.set(f.indicator, entry);
    }
  return [...byId.values()]
    .map((i) => ({ ...i, entities: [...i.entities].sort() }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** Ids of the indicators stated by at least `min` reports (each gets a module of its own). */
export function sharedIndicators(indicators: readonly IndicatorSummary[], min = 2): string[] {
  return indicators.filter((i) => i.reports.length >= min).map((i) => i.id);
}

/** One indicator's data, or undefined when no report states it. */
export function indicatorData(corpus: AppCorpus, id: string): IndicatorData | undefined {
  const reports = corpus.reports
    .map((r) => ({ meta: r.meta, figures: r.figures.filter((f) => f.indicator === id) }))
    .filter((r) => r.figures.length > 0);
  if (reports.length === 0) return undefined;
  const used = new Set(reports.flatMap((r) => r.figures.map((f) => f.entity)));
  const entities = new Map<string, Entity>();
  for (const r of corpus.reports)
    for (const e of r.entities) if (used.has(e.id)) entities.set(e.id, e);
  return {
    id,
    reports,
    entities: [...entities.values()].sort((a, b) => a.id.localeCompare(b.id)),
    units: corpus.reports[0]!.units,
  };
}

/**
 * The report a page shows without `?report=`: the newest whose text is kept (kind `article`, the
 * fullest dashboard: panels, quotes, the source view), else the newest. A short cited source or
 * a table added later is one click away in the report selector and on its indicators' pages;
 * it does not take the home page over. `reports` newest first.
 */
export function defaultReport<R extends { meta: { kind?: string } }>(reports: readonly R[]): R {
  return reports.find((r) => (r.meta.kind ?? 'article') === 'article') ?? reports[0]!;
}

export const unknownReport = (id: string) => new Error(`no report "${id}" in the dataset`);
export const unknownIndicator = (id: string) => new Error(`no indicator "${id}" in the dataset`);

/** A loader over a corpus in memory (tests, tools): the same answers the built modules give. */
export function memoryLoader(corpus: AppCorpus): DataLoader {
  return {
    index: datasetIndex(corpus),
    indicators: () => Promise.resolve(indicatorIndex(corpus)),
    report: (id) => {
      const r = corpus.reports.find((x) => x.meta.id === id);
      return r ? Promise.resolve(r) : Promise.reject(unknownReport(id));
    },
    indicator: (id) => {
      const data = indicatorData(corpus, id);
      return data ? Promise.resolve(data) : Promise.reject(unknownIndicator(id));
    },
    corpus: () => Promise.resolve(corpus),
  };
}
