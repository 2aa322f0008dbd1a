/**
 * `npm run new-report -- <article.txt> <report-id> [--data-dir DIR]`: creates DIR/reports/<id>/
 * (DIR defaults to $DATASET_DIR or data) with the article copied byte for byte and a draft record
 * for every numeral in it. `npm run validate-data` then lists every draft until it is filled in.
 *
 * `npm run new-report -- --update <report-id> [--data-dir DIR]`: drafts, into the existing report,
 * the numerals of its article.txt that no figure or exclusion claims yet. Curated records are
 * never changed; a figure whose quote no longer fits its range is reported, not touched.
 *
 * Refuses (one line, nothing written): a bad argument or id (exit 2), an existing report, an
 * article that the data reader refuses (not UTF-8, a BOM, CRLF, NUL or bidi characters, over
 * 1 MB) or that is empty (exit 1). Warns when the article holds no numeral.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defaultDataDir, readCorpus, sha256 } from '../src/model/read.ts';
import { unitsFileSchema } from '../src/model/schema.ts';
import { draftReport, updateDraft } from '../src/model/draft-report.ts';
import { writeReportFiles } from '../src/model/write.ts';
import { parseStrictJson, readDataBytes } from '../src/model/strict-read.ts';
import type { UnitsTable } from '../src/model/units.ts';
import { checkReportId, CliFailure, existingFile, parseArgs, runCli, UsageError } from './cli.ts';

const NAME = 'new-report';
const USAGE =
  'npm run new-report -- <article.txt> <report-id> [--data-dir DIR]' +
  ' | npm run new-report -- --update <report-id> [--data-dir DIR]';

type Args =
  | { mode: 'new'; articlePath: string; id: string; dataDir: string }
  | { mode: 'update'; id: string; dataDir: string };

/** The arguments, or a UsageError naming the bad one. */
function readArgs(argv: readonly string[]): Args {
  const update = argv.includes('--update');
  const { flags, positionals } = parseArgs(argv, {
    flags: { '--data-dir': 1, '--update': 1 },
    positionals: update ? [] : ['<article.txt>', '<report-id>'],
  });
  const dataDir = resolve(flags['--data-dir']?.[0] ?? defaultDataDir());
  if (update) {
    const id = flags['--update']?.[0];
    if (!id) throw new UsageError('--update needs a report id');
    return { mode: 'update', id: checkReportId(id), dataDir };
  }
  const [articlePath, id] = positionals as [string, string];
  return {
    mode: 'new',
    articlePath: existingFile(articlePath, 'article'),
    id: checkReportId(id),
    dataDir,
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

/** A report's JSON list (figures.json, exclusions.json), read strictly; [] when absent. */
function readList(path: string): unknown[] {
  if (!existsSync(path)) return [];
  const result = readDataBytes(readFileSync(path), path, 'json');
  if (!result.ok) throw new CliFailure(`${path} ${result.problem.message}; nothing written`);
  const value = result.value;
  if (!Array.isArray(value)) throw new CliFailure(`${path} is not a JSON array; nothing written`);
  return value;
}

/** --update: drafts only the numerals no record claims; curated records stay as they are. */
function update(out: string, units: UnitsTable) {
  const articlePath = join(out, 'article.txt');
  if (!existsSync(articlePath)) throw new CliFailure(`${articlePath} does not exist`);
  const { article } = readArticle(articlePath);
  const existing = {
    figures: readList(join(out, 'figures.json')),
    exclusions: readList(join(out, 'exclusions.json')),
  };
  const result = updateDraft(article, existing, { units });
  for (const line of result.stale) console.error(`${NAME} --update: ${line}`);
  if (result.added.figures)
    writeFileSync(join(out, 'figures.json'), `${JSON.stringify(result.figures, null, 2)}\n`);
  if (result.added.exclusions)
    writeFileSync(join(out, 'exclusions.json'), `${JSON.stringify(result.exclusions, null, 2)}\n`);
  console.log(
    `${NAME} --update: ${out}: ${result.added.figures} draft figures and ` +
      `${result.added.exclusions} draft exclusions added for the numerals no record claimed; ` +
      `${existing.figures.length + existing.exclusions.length} records kept as they were` +
      (result.stale.length ? `; ${result.stale.length} figures to fix by hand (above)` : '') +
      '. Run `npx prettier --write` on the report folder, then `npm run validate-data`.',
  );
}

runCli(NAME, USAGE, () => {
  const args = readArgs(process.argv.slice(2));
  const out = join(args.dataDir, 'reports', args.id);
  // The units looked for after each numeral are data (units.json): a new unit needs no code change.
  const units = readUnits(args.dataDir);
  if (args.mode === 'update') return update(out, units);
  if (existsSync(out))
    throw new CliFailure(
      `${out} exists already; pick another id, or draft only its unclaimed numerals ` +
        `with: npm run new-report -- --update ${args.id}`,
    );
  const { bytes, article } = readArticle(args.articlePath);
  const today = new Date().toISOString().slice(0, 10);
  const { report, figures, exclusions } = draftReport(article, args.id, {
    date: today,
    sha256: sha256(article),
    units,
  });
  writeReportFiles(out, { article: bytes, report, figures, exclusions, panels: [], events: [] });
  if (figures.length + exclusions.length === 0)
    console.error(`${NAME}: warning: ${args.articlePath} holds no numeral; is it the right file?`);
  console.log(
    `${NAME}: ${out}: ${figures.length} draft figures and ${exclusions.length} draft exclusions ` +
      `for the ${figures.length + exclusions.length} numerals in the article. ` +
      'Fill them in until `npm run validate-data` prints ok (README: Adding a report).',
  );
});
