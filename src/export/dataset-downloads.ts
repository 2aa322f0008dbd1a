/**
 * The footer's downloads (the whole corpus as JSON or CSV, the filtered figures as CSV). Loaded
 * on the first click, so the CSV and JSON writers are not part of the first paint.
 */
import type { Lang } from '../format';
import type { AppDataset, ReportMeta } from '../model/types';
import type { FigureRecord } from '../model/validate';
import type { Theme } from '../model/schema';
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
  report: ReportMeta,
  shown: readonly FigureRecord[],
  lang: Lang,
  themes: readonly Theme[] = [],
): void {
  downloadText(
    figuresCsv(shown, lang, { themes }),
    datasetFileName([{ meta: report }], lang, 'csv').replace(/\.csv$/, '-filtered.csv'),
    'text/csv;charset=utf-8',
  );
}
