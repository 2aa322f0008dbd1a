/**
 * `npm run new-report -- <article.txt> <report-id> [--data-dir DIR]`: creates DIR/reports/<id>/
 * (DIR defaults to $DATASET_DIR or data) with the article copied byte for byte and a draft record
 * for every numeral in it. `npm run validate-data` then lists every draft until it is filled in.
 * Refuses (one line, nothing written): a bad argument or id (exit 2), an existing report, an
 * article that the data reader refuses (not UTF-8, a BOM, CRLF, NUL or bidi characters, over
 * 1 MB) or that is empty (exit 1). Warns when the article holds no numeral.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defaultDataDir, readCorpus, sha256 } from '../src/model/read.ts';
import { unitsFileSchema } from '../src/model/schema.ts';
import { draftReport } from '../src/model/draft-report.ts';
import { writeReportFiles } from '../src/model/write.ts';
import { parseStrictJson, readDataBytes } from '../src/model/strict-read.ts';
import type { UnitsTable } from '../src/model/units.ts';
import { checkReportId, CliFailure, existingFile, parseArgs, runCli } from './cli.ts';

const NAME = 'new-report';
const USAGE = 'npm run new-report -- <article.txt> <report-id> [--data-dir DIR]';

/** The arguments, or a UsageError naming the bad one. */
function readArgs(argv: readonly string[]) {
  const { flags, positionals } = parseArgs(argv, {
    flags: { '--data-dir': 1 },
    positionals: ['<article.txt>', '<report-id>'],
  });
  const [articlePath, id] = positionals as [string, string];
  return {
    articlePath: existingFile(articlePath, 'article'),
    id: checkReportId(id),
    dataDir: resolve(flags['--data-dir']?.[0] ?? defaultDataDir()),
  };
}

/** The article's bytes and text, refused unless the data reader would accept it. */
function readArticle(path: string): { bytes: Buffer; article: string } {
  const bytes = readFileSync(path);
  const result = readDataBytes(bytes, path, 'article');
  if (!result.ok) throw new CliFailure(`${path} ${result.problem.message}`);
  const article = result.value as string;
  if (article.trim() === '') throw new CliFailure(`${path} is empty: there is nothing to draft`);
  return { bytes, article };
}

/** The units table of the data directory, or a failure naming units.json. */
function readUnits(dataDir: string): UnitsTable {
  const file = join(dataDir, 'units.json');
  const { raw } = readCorpus(dataDir);
  const refused = raw.problems?.find((p) => p.file.endsWith('units.json'));
  if (refused) throw new CliFailure(`${file} ${refused.message}`);
  if (raw.units === undefined) throw new CliFailure(`${file} is missing`);
  let json: unknown;
  try {
    json = parseStrictJson(raw.units, file);
  } catch (error) {
    throw new CliFailure(`${file} ${(error as Error).message}`);
  }
  const units = unitsFileSchema.safeParse(json);
  if (!units.success)
    throw new CliFailure(`${file} is not a valid units table (npm run validate-data says why)`);
  return units.data;
}

runCli(NAME, USAGE, () => {
  const { articlePath, id, dataDir } = readArgs(process.argv.slice(2));
  const out = join(dataDir, 'reports', id);
  if (existsSync(out)) throw new CliFailure(`${out} exists already; pick another id or remove it`);
  const { bytes, article } = readArticle(articlePath);
  const today = new Date().toISOString().slice(0, 10);
  // The units looked for after each numeral are data (units.json): a new unit needs no code change.
  const { report, figures, exclusions } = draftReport(article, id, {
    date: today,
    sha256: sha256(article),
    units: readUnits(dataDir),
  });
  writeReportFiles(out, {
    article: bytes,
    report,
    figures,
    exclusions,
    panels: [],
    events: [],
  });
  if (figures.length + exclusions.length === 0)
    console.error(`${NAME}: warning: ${articlePath} holds no numeral; is it the right file?`);
  console.log(
    `${NAME}: ${out}: ${figures.length} draft figures and ${exclusions.length} draft exclusions ` +
      `for the ${figures.length + exclusions.length} numerals in the article. ` +
      'Fill them in until `npm run validate-data` prints ok (README: Adding a report).',
  );
});
