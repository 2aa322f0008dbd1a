/**
 * The data the app shows, validated at build time by dataset-plugin.ts with the same checks as
 * `npm run validate-data`, so the app can never show a figure the checks would reject.
 *
 * `index` is imported with the page (every report's title and date, every indicator); the rest
 * loads on demand, each report and indicator from its own chunk (README "Data loading"):
 * `loadReport(id)`, `loadIndicator(id)`, `loadAllReports()`. Each rejects with a message naming
 * what failed; callers keep a failed load until the reader retries (components/loadable.tsx).
 */
import index, { indicatorLoaders, reportLoaders } from 'virtual:dataset-index';
import type { AppCorpus, AppDataset } from './types.ts';
import {
  indicatorData,
  unknownIndicator,
  unknownReport,
  type DataLoader,
  type IndicatorData,
} from './loader.ts';

export { index };

/** One report's page data (figures, panels, events, its entities, themes, glossary, units). */
export function loadReport(id: string): Promise<AppDataset> {
  const load = Object.hasOwn(reportLoaders, id) ? reportLoaders[id] : undefined;
  return load ? load().then((m) => m.default) : Promise.reject(unknownReport(id));
}

/**
 * One indicator's figures in every report, with their reports' meta and entities: its own module
 * when several reports state it, else cut from the one report's module.
 */
export function loadIndicator(id: string): Promise<IndicatorData> {
  const load = Object.hasOwn(indicatorLoaders, id) ? indicatorLoaders[id] : undefined;
  if (load) return load().then((m) => m.default);
  const only = index.indicators.find((i) => i.id === id)?.reports;
  if (only?.length !== 1) return Promise.reject(unknownIndicator(id));
  return loadReport(only[0]!).then((r) => indicatorData({ reports: [r] }, id)!);
}

/** Every report (each its own module): the whole-corpus JSON and CSV downloads. */
export function loadAllReports(): Promise<AppCorpus> {
  return Promise.all(index.reports.map((r) => loadReport(r.meta.id))).then((reports) => ({
    reports,
  }));
}

/** The built modules as a DataLoader (tests pass `memoryLoader(corpus)` instead). */
export const dataLoader: DataLoader = {
  index,
  report: loadReport,
  indicator: loadIndicator,
  corpus: loadAllReports,
};
