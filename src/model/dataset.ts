/**
 * The data the app shows, validated at build time by dataset-plugin.ts with the same checks as
 * `npm run validate-data`, so the app can never show a figure the checks would reject.
 *
 * `index` is imported with the page (every report's id, title, date and kind); the rest loads on
 * demand, each report and indicator from its own chunk (README "Data loading"): `loadReport(id)`,
 * `loadIndicators()` (the list), `loadIndicator(id)`, `loadAllReports()`. Each rejects with a message naming
 * what failed; callers keep a failed load until the reader retries (components/loadable.tsx).
 */
import { retryImport } from './retry-import.ts';
import index, { reportLoaders } from 'virtual:dataset-index';
import type { AppCorpus, AppDataset } from './types.ts';
import {
  indicatorData,
  unknownIndicator,
  unknownReport,
  type DataLoader,
  type IndicatorData,
  type IndicatorSummary,
} from './loader.ts';

export { index };

/** One report's page data (figures, panels, events, its entities, themes, glossary, units). */
export function loadReport(id: string): Promise<AppDataset> {
  const load = Object.hasOwn(reportLoaders, id) ? reportLoaders[id] : undefined;
  return load ? load().then((m) => m.default) : Promise.reject(unknownReport(id));
}

/** The indicators' module (their list and loaders), imported on first use. */
const indicatorModule = () => retryImport(() => import('virtual:indicator-index'));

/** Every indicator, by id: name (the newest report's label), unit, reports and entities. */
export function loadIndicators(): Promise<IndicatorSummary[]> {
  return indicatorModule().then((m) => m.default);
}

/**
 * One indicator's figures in every report, with their reports' meta and entities: its own module
 * when several reports state it, else cut from the one report's module.
 */
export async function loadIndicator(id: string): Promise<IndicatorData> {
  const { default: indicators, indicatorLoaders } = await indicatorModule();
  const load = Object.hasOwn(indicatorLoaders, id) ? indicatorLoaders[id] : undefined;
  if (load) return (await load()).default;
  const only = indicators.find((i) => i.id === id)?.reports;
  if (only?.length !== 1) throw unknownIndicator(id);
  return indicatorData({ reports: [await loadReport(only[0]!)] }, id)!;
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
  indicators: loadIndicators,
  report: loadReport,
  indicator: loadIndicator,
  corpus: loadAllReports,
};
