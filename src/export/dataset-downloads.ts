/**
 * The footer's downloads (the whole corpus as JSON or CSV, the filtered figures as CSV). Loaded
 * on the first click, so the CSV and JSON writers are not part of the first paint.
 */
import type { Lang } from '../format';
import type { AppDataset } from '../model/types';
import type { FigureRecord } from '../model/validate';
import { corpusCsv, corpusJson } from './corpus-export';
import { figuresCsv } from './csv';
import { downloadText } from './download';
import { datasetFileName } from './file-names';

export function downloadCorpusJson(reports: readonly AppDataset[], lang: Lang): void {
  downloadText(corpusJson(reports), datasetFileName(reports, lang, 'json'), 'application/json');
}

export function downloadCorpusCsv(reports: readonly AppDataset[], lang: Lang): void {
  downloadText(
    corpusCsv(reports, lang),
    datasetFileName(reports, lang, 'csv'),
    'text/csv;charset=utf-8',
  );
}

/** The figures shown of one report: `<stem>-figures-<lang>-filtered.csv`. */
export function downloadFilteredCsv(
  report: Pick<AppDataset, 'meta' | 'themes' | 'units'>,
  shown: readonly FigureRecord[],
  lang: Lang,
): void {
  downloadText(
    figuresCsv(shown, lang, { themes: report.themes, units: report.units }),
    datasetFileName([{ meta: report.meta }], lang, 'csv').replace(/\.csv$/, '-filtered.csv'),
    'text/csv;charset=utf-8',
  );
}
