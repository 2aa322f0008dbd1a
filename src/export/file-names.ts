/**
 * Download file names, from the data (README, "Downloads"). A report's stem is its `fileStem` in
 * report.json, or its id (src/model/file-stem.ts):
 * - a panel: `<stem>-<panel-id>-<lang>.<ext>`, e.g. `bingtuan-union-hardship-funds-zh.png`;
 * - the figures: `<stem>-figures-<lang>.<ext>`, e.g. `bingtuan-union-figures-zh.csv`, where the
 *   stem of several reports together is `all-reports`.
 */
import { corpusFileStem, reportFileStem } from '../model/file-stem';
import type { ReportMeta } from '../model/schema';
import { localeOf, type Lang } from '../i18n/locales';

export type ExportFormat = 'png' | 'svg' | 'csv' | 'json';
type StemOf = Pick<ReportMeta, 'id' | 'fileStem'>;

/** `<stem>-<panel-id>-<lang>.<ext>`, e.g. `bingtuan-union-hardship-funds-zh.png`. */
export function exportFileName(
  report: StemOf,
  panelId: string,
  lang: Lang,
  format: ExportFormat,
): string {
  return `${reportFileStem(report)}-${panelId}-${localeOf(lang).id}.${format}`;
}

/**
 * `<stem>-figures-<lang>.<ext>` for a download of these reports' figures: one report's stem, or
 * `all-reports` for several (`all-reports-figures-zh.csv`).
 */
export function datasetFileName(
  reports: readonly { meta: StemOf }[],
  lang: Lang,
  format: 'csv' | 'json',
): string {
  return `${corpusFileStem(reports)}-figures-${localeOf(lang).id}.${format}`;
}
