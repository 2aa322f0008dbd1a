/**
 * The one data reader (Node only): the CLIs, the build plugin and the tests all read data/ here.
 * Each file goes through the strict reader (./strict-read.ts): a file too large or not valid UTF-8
 * is not read, and the problem, naming the file and the byte, is kept in `problems` (the validator
 * reports it first). A missing file is left undefined; the validator reports it.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { REPORT_FILES, reportPath, SHARED_FILES, sharedPath, type ReportFileKey } from './paths.ts';
import { decodeDataFile, LIMITS, ReadProblem } from './strict-read.ts';
import type { Problem, RawCorpus, RawReportFiles } from './types.ts';

export const sha256 = (text: string): string =>
  createHash('sha256').update(text, 'utf8').digest('hex');

/**
 * One data file as text, or undefined when it is missing or cannot be read (the reason, naming
 * `label`, goes to `problems`; without `problems` it is thrown).
 */
export function readDataFile(
  path: string,
  label: string,
  problems?: Problem[],
): string | undefined {
  if (!existsSync(path)) return undefined;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new ReadProblem(label, 'is a folder, not a file');
    // Refused before it is read: a 50 MB article never reaches memory.
    if (stat.size > LIMITS.fileBytes)
      throw new ReadProblem(
        label,
        `is ${stat.size} bytes, more than the limit of ${LIMITS.fileBytes} bytes for a data file`,
      );
    return decodeDataFile(readFileSync(path), label);
  } catch (error) {
    const problem =
      error instanceof ReadProblem
        ? { file: error.file, message: error.message }
        : { file: label, message: `cannot be read: ${(error as Error).message}` };
    if (!problems) throw new Error(`${problem.file}: ${problem.message}`);
    problems.push(problem);
    return undefined;
  }
}

export interface ReadOptions {
  /** Where read problems go (else the first is thrown). */
  problems?: Problem[];
  /** Called with every path read (the build's file watcher). */
  onRead?: (path: string) => void;
}

/** The files of one report folder (undefined where missing or unreadable). */
export function readReportFiles(dir: string, options: ReadOptions = {}): RawReportFiles {
  const id = basename(dir);
  const files: RawReportFiles = {};
  for (const [key, name] of Object.entries(REPORT_FILES) as [ReportFileKey, string][]) {
    const path = join(dir, name);
    // Only files that exist are watched: a report kind leaves some out (a cited report has no
    // article.txt, only a table report has a table.csv).
    if (existsSync(path)) options.onRead?.(path);
    const problems = options.problems;
    const found = problems?.length ?? 0;
    files[key] = readDataFile(path, reportPath(id, key), problems);
    for (const p of problems?.slice(found) ?? []) p.report = id;
  }
  return files;
}

/** The data directory: $DATASET_DIR, else ./data (the build and the CLI agree). */
export function defaultDataDir(): string {
  return process.env.DATASET_DIR ?? 'data';
}

/** Files an OS or a file manager leaves in any folder: never curator work, never listed. */
const OS_METADATA = new Set(['.DS_Store', 'Thumbs.db', 'desktop.ini']);

/**
 * The entries of `dir` that are not in `known` (files) or `folders`, as `data/<prefix><name>`
 * paths: what the loader would skip in silence.
 */
function straysIn(
  dir: string,
  prefix: string,
  known: readonly string[],
  folders: (name: string) => boolean,
  report?: string,
): NonNullable<RawCorpus['strays']> {
  if (!existsSync(dir)) return [];
  // Links followed, as the reader does (a linked report folder or file is read, not stray).
  const isFolder = (name: string) => {
    try {
      return statSync(join(dir, name)).isDirectory();
    } catch {
      return false;
    }
  };
  return readdirSync(dir)
    .filter((name) => !OS_METADATA.has(name))
    .map((name) => ({ name, folder: isFolder(name) }))
    .filter(({ name, folder }) => (folder ? !folders(name) : !known.includes(name)))
    .map(({ name, folder }) => ({
      file: `data/${prefix}${name}${folder ? '/' : ''}`,
      ...(folder ? { folder: true } : {}),
      ...(report !== undefined ? { report } : {}),
    }))
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** Every file of the corpus under `dataDir`, plus the paths read (for the build's file watcher). */
export function readCorpus(dataDir: string): { raw: RawCorpus; paths: string[] } {
  const paths: string[] = [];
  const problems: Problem[] = [];
  const onRead = (path: string) => paths.push(path);
  const shared = (key: keyof typeof SHARED_FILES) => {
    const path = join(dataDir, SHARED_FILES[key]);
    onRead(path);
    return readDataFile(path, sharedPath(key), problems);
  };
  const themes = shared('themes');
  const entities = shared('entities');
  const glossary = shared('glossary');
  const units = shared('units');
  const reportsDir = join(dataDir, 'reports');
  const ids = existsSync(reportsDir)
    ? readdirSync(reportsDir)
        .filter((name) => statSync(join(reportsDir, name)).isDirectory())
        .sort()
    : [];
  const reports = ids.map((id) => ({
    id,
    files: readReportFiles(join(reportsDir, id), { problems, onRead }),
  }));
  const reportFiles = Object.values(REPORT_FILES) as string[];
  const strays = [
    ...straysIn(dataDir, '', Object.values(SHARED_FILES), (name) => name === 'reports'),
    // A file beside the report folders (a README); every folder is read as a report.
    ...straysIn(reportsDir, 'reports/', [], () => true),
    ...ids.flatMap((id) =>
      straysIn(join(reportsDir, id), `reports/${id}/`, reportFiles, () => false, id),
    ),
  ];
  return {
    raw: { themes, entities, glossary, units, reports, problems, strays },
    paths,
  };
}
