/**
 * The one data reader (Node only): the CLI, the build plugin and the tests all read data/ here.
 * A missing file is left undefined; the validator reports it.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { REPORT_FILES, SHARED_FILES, type ReportFileKey } from './paths.ts';
import type { RawCorpus, RawReportFiles } from './types.ts';

export const sha256 = (text: string): string =>
  createHash('sha256').update(text, 'utf8').digest('hex');

const readIfThere = (path: string): string | undefined =>
  existsSync(path) ? readFileSync(path, 'utf8') : undefined;

/** The files of one report folder (undefined where missing). */
export function readReportFiles(
  dir: string,
  read: (path: string) => string | undefined = readIfThere,
): RawReportFiles {
  const files: RawReportFiles = {};
  for (const [key, name] of Object.entries(REPORT_FILES) as [ReportFileKey, string][])
    files[key] = read(join(dir, name));
  return files;
}

/** The data directory: $DATASET_DIR, else ./data (the build and the CLI agree). */
export function defaultDataDir(): string {
  return process.env.DATASET_DIR ?? 'data';
}

/** Every file of the corpus under `dataDir`, plus the paths read (for the build's file watcher). */
export function readCorpus(dataDir: string): { raw: RawCorpus; paths: string[] } {
  const paths: string[] = [];
  const read = (path: string) => {
    const text = readIfThere(path);
    // Only files that exist are watched: a report kind leaves some out (a cited report has no
    // article.txt, only a table report has a table.csv).
    if (text !== undefined) paths.push(path);
    return text;
  };
  const reportsDir = join(dataDir, 'reports');
  const ids = existsSync(reportsDir)
    ? readdirSync(reportsDir)
        .filter((name) => statSync(join(reportsDir, name)).isDirectory())
        .sort()
    : [];
  const reports = ids.map((id) => ({ id, files: readReportFiles(join(reportsDir, id), read) }));
  return {
    raw: {
      themes: read(join(dataDir, SHARED_FILES.themes)),
      entities: read(join(dataDir, SHARED_FILES.entities)),
      glossary: read(join(dataDir, SHARED_FILES.glossary)),
      units: read(join(dataDir, SHARED_FILES.units)),
      reports,
    },
    paths,
  };
}
