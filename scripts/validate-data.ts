/**
 * `npm run validate-data [-- --data-dir DIR]` (or DATASET_DIR=DIR): checks every data file and prints every problem at
 * once, each naming the file, the record and the field. Exit 0 when clean, 1 on any problem.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import {
  DATA_FILES,
  formatProblem,
  validateDataset,
  type RawDataFiles,
} from '../src/model/validate.ts';
import { tokenizeNumerals } from '../src/model/numerals.ts';

const args = process.argv.slice(2);
const dirFlag = args.indexOf('--data-dir');
// --data-dir, else $DATASET_DIR (the same variable the build's dataset plugin reads), else data/.
const dataDir = resolve(
  dirFlag >= 0 && args[dirFlag + 1] ? args[dirFlag + 1]! : (process.env.DATASET_DIR ?? 'data'),
);
const label = (file: string) =>
  join(relative(process.cwd(), dataDir) || '.', file.replace(/^data\//, ''));

const raw = {} as RawDataFiles;
const missing: string[] = [];
for (const [key, file] of Object.entries(DATA_FILES) as [keyof RawDataFiles, string][]) {
  try {
    raw[key] = readFileSync(join(dataDir, file.replace(/^data\//, '')), 'utf8');
  } catch (error) {
    missing.push(
      `${label(file)}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    );
    raw[key] = '';
  }
}
if (missing.length > 0) {
  console.error(missing.join('\n'));
  process.exit(1);
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const { problems, dataset } = validateDataset(raw, { sha256 });
if (problems.length > 0 || !dataset) {
  const lines = problems.map((p) => formatProblem({ ...p, file: label(p.file) }));
  console.error(`validate-data: ${problems.length} problem(s)\n${lines.join('\n')}`);
  process.exit(1);
}
const numerals = tokenizeNumerals(dataset.article).length;
console.log(
  `validate-data: ok: ${dataset.figures.length} figures, ${dataset.themes.length} themes, ` +
    `${dataset.panels.length} panels, ${dataset.exclusions.length} exclusions; ` +
    `all ${numerals} numerals in ${label(DATA_FILES.article)} accounted for`,
);
