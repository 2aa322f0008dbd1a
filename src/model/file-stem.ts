/**
 * What downloaded files are called, from the data: each report names its files with its
 * `fileStem` (report.json), or its id when it gives none. The whole-corpus download of several
 * reports is named with CORPUS_FILE_STEM, which no report may use. The names themselves are
 * built in src/export/file-names.ts.
 */
import type { ReportMeta } from './schema.ts';

/** The stem of the whole-corpus download when more than one report is loaded. */
export const CORPUS_FILE_STEM = 'all-reports';

/** The report's file stem: `fileStem` from report.json, else the report id. */
export function reportFileStem(meta: Pick<ReportMeta, 'id' | 'fileStem'>): string {
  return meta.fileStem ?? meta.id;
}

/** The stem of a download holding these reports: one report's own, or the corpus stem. */
export function corpusFileStem(
  reports: readonly { meta: Pick<ReportMeta, 'id' | 'fileStem'> }[],
): string {
  return reports.length === 1 ? reportFileStem(reports[0]!.meta) : CORPUS_FILE_STEM;
}
