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
import { fileLang } from './file-lang';

export function downloadCorpusJson(reports: readonly AppDataset[], lang: Lang): void {
  downloadText(corpusJson(reports), datasetFileName(fileLang(lang), 'json'), 'application/json');
}

export function downloadCorpusCsv(reports: readonly AppDataset[], lang: Lang): void {
  downloadText(
    corpusCsv(reports, lang),
    datasetFileName(fileLang(lang), 'csv'),
    'text/csv;charset=utf-8',
  );
}

export function downloadFilteredCsv(shown: readonly FigureRecord[], lang: Lang): void {
  downloadText(
    figuresCsv(shown, lang),
    datasetFileName(fileLang(lang), 'csv').replace(/\.csv$/, '-filtered.csv'),
    'text/csv;charset=utf-8',
  );
}
