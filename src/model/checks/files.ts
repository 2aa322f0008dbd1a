/**
 * Files in data/ that the loader does not read. Each is an error, not a warning: a misnamed file
 * (`glossry.json`, `figure.json`) or a backup left beside the real one (`figures.backup.json`)
 * would otherwise be ignored in silence, and a misnamed optional file (the glossary) loses its
 * data without a word. OS metadata (.DS_Store, Thumbs.db, desktop.ini) is not listed by the reader.
 */
import { REPORT_FILES, SHARED_FILES } from '../paths.ts';
import type { Problem, RawCorpus } from '../types.ts';

const list = (names: readonly string[]) =>
  `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;

const SHARED_HELD = list([...Object.values(SHARED_FILES), 'reports/']);
const REPORT_HELD = list(Object.values(REPORT_FILES));

/** One problem per stray file or folder (`RawCorpus.strays`), naming it and what belongs there. */
export function strayFileProblems(raw: Pick<RawCorpus, 'strays'>): Problem[] {
  return (raw.strays ?? []).map(({ file, folder, report }) => {
    const what = folder ? 'is a folder' : 'is a file';
    const where =
      report !== undefined
        ? `a report folder holds only ${REPORT_HELD}`
        : file.startsWith('data/reports/')
          ? 'data/reports/ holds only report folders'
          : `data/ holds only ${SHARED_HELD}`;
    return {
      ...(report !== undefined ? { report } : {}),
      file,
      message: `${what} the dashboard does not read (${where}): a backup or a misnamed file? Rename it or move it out of data/`,
    };
  });
}
