/**
 * `npm run validate-data [-- --data-dir DIR]` (or DATASET_DIR=DIR): checks every report under
 * DIR/reports/ and the shared files, and prints every problem at once, each naming the report's
 * file, the record and the field. Exit 0 when clean, 1 on any problem.
 */
import { cellNumber, parseTable } from '../src/model/table.ts';
import { relative, resolve } from 'node:path';
import { defaultDataDir, readCorpus, sha256 } from '../src/model/read.ts';
import { formatProblem, validateCorpus } from '../src/model/validate.ts';
import { tokenizeNumerals } from '../src/model/numerals.ts';
import { parseArgs, runCli } from './cli.ts';

let dirArg: string | undefined;
runCli('validate-data', 'npm run validate-data [-- --data-dir DIR]', () => {
  const { flags } = parseArgs(process.argv.slice(2), {
    flags: { '--data-dir': 1 },
    positionals: [],
  });
  dirArg = flags['--data-dir']?.[0];
});
const dataDir = resolve(dirArg ?? defaultDataDir());
// Messages name files as data/…; show the real directory when it is another one.
const rel = relative(process.cwd(), dataDir) || '.';
const shown = rel.startsWith('..') ? dataDir : rel;
const label = (file: string) => (shown === 'data' ? file : file.replace(/^data\//, `${shown}/`));

const { raw } = readCorpus(dataDir);
const { problems, corpus } = validateCorpus(raw, { sha256 });
if (problems.length > 0 || !corpus) {
  const lines = problems.map((p) => formatProblem({ ...p, file: label(p.file) }));
  console.error(`validate-data: ${problems.length} problem(s)\n${lines.join('\n')}`);
  process.exit(1);
}
for (const r of corpus.reports) {
  const kind = r.meta.kind ?? 'article';
  const head = `validate-data: ok: report ${r.meta.id} (${r.meta.date}${kind === 'article' ? '' : `, ${kind}`}): ${r.figures.length} figures, ${r.panels.length} panels`;
  if (kind === 'cited') {
    console.log(`${head}; no text kept, every figure has its locator, numeral and unit as written`);
    continue;
  }
  if (kind === 'table') {
    const text = raw.reports.find((x) => x.id === r.meta.id)?.files.table ?? '';
    const { table } = parseTable(text);
    const cells = table
      ? table.rows.reduce(
          (n, row) => n + row.cells.filter((c) => cellNumber(c) !== undefined).length,
          0,
        )
      : 0;
    console.log(`${head}; all ${cells} cells of table.csv accounted for`);
    continue;
  }
  const numerals = tokenizeNumerals(r.article).length;
  console.log(
    `${head}, ${r.exclusions.length} exclusions, ${r.events.length} events; ` +
      `all ${numerals} numerals accounted for`,
  );
}
console.log(
  `validate-data: ok: ${corpus.reports.length} report(s), ${corpus.themes.length} themes, ${corpus.entities.length} entities`,
);
