/**
 * Writes one report folder (Node only): the twin of `readReportFiles` in read.ts, for the tools
 * that make a report (`new-report`, `excerpt-report`). The article is written as given (bytes stay
 * bytes); every JSON file is two-space indented with a final newline, as the data files are.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPORT_FILES, type ReportFileKey } from './paths.ts';

export type ReportFolder = { article: string | Uint8Array } & Record<
  Exclude<ReportFileKey, 'article' | 'table'>,
  unknown
>;

export function writeReportFiles(dir: string, files: ReportFolder): void {
  mkdirSync(dir, { recursive: true });
  for (const [key, name] of Object.entries(REPORT_FILES) as [ReportFileKey, string][]) {
    if (key === 'table') continue; // only an article report is written by these tools
    const value = files[key];
    writeFileSync(
      join(dir, name),
      key === 'article' ? (value as string | Uint8Array) : `${JSON.stringify(value, null, 2)}\n`,
    );
  }
}
