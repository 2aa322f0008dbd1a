/**
 * `npm run new-report -- <article.txt> <report-id> [--data-dir DIR]`: creates DIR/reports/<id>/
 * (DIR defaults to $DATASET_DIR or data) with the article copied byte for byte and a draft record
 * for every numeral in it. `npm run validate-data` then lists every draft until it is filled in.
 *
 * `npm run new-report -- --update <report-id> [--data-dir DIR]`: drafts, into the existing report,
 * the numerals of its article.txt that no figure or exclusion claims yet. Curated records are
 * never changed; a figure whose quote no longer fits its range is reported, not touched.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defaultDataDir, readCorpus, sha256 } from '../src/model/read.ts';
import { unitsFileSchema } from '../src/model/schema.ts';
import { draftReport, updateDraft } from '../src/model/draft-report.ts';
import { writeReportFiles } from '../src/model/write.ts';

const args = process.argv.slice(2);
const dirFlag = args.indexOf('--data-dir');
const dataDir = resolve(dirFlag >= 0 ? args.splice(dirFlag, 2)[1]! : defaultDataDir());
const updateFlag = args.indexOf('--update');
const updateId = updateFlag >= 0 ? args.splice(updateFlag, 2)[1] : undefined;
const USAGE =
  'usage: npm run new-report -- <article.txt> <report-id> [--data-dir DIR]\n' +
  '       npm run new-report -- --update <report-id> [--data-dir DIR]';
const [articlePath, newId] = updateFlag >= 0 ? [undefined, updateId] : args;
const id = newId;
if ((updateFlag < 0 && !articlePath) || !id) {
  console.error(USAGE);
  process.exit(2);
}
if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
  console.error(`new-report: "${id}" is not a kebab-case id (a-z, 0-9 and single hyphens)`);
  process.exit(2);
}
// The units looked for after each numeral are data (units.json): a new unit needs no code change.
const unitsText = readCorpus(dataDir).raw.units;
if (unitsText === undefined) {
  console.error(`new-report: ${join(dataDir, 'units.json')} is missing`);
  process.exit(1);
}
const units = unitsFileSchema.parse(JSON.parse(unitsText));
const out = join(dataDir, 'reports', id);

if (updateFlag >= 0) {
  if (!existsSync(join(out, 'article.txt'))) {
    console.error(`new-report --update: ${join(out, 'article.txt')} does not exist`);
    process.exit(1);
  }
  const article = readFileSync(join(out, 'article.txt'), 'utf8');
  const readJson = (name: string): unknown[] => {
    const path = join(out, name);
    if (!existsSync(path)) return [];
    let value: unknown;
    try {
      value = JSON.parse(readFileSync(path, 'utf8'));
    } catch (e) {
      console.error(
        `new-report --update: ${path} is not valid JSON (${(e as Error).message}); nothing written`,
      );
      process.exit(1);
    }
    if (!Array.isArray(value)) {
      console.error(`new-report --update: ${path} is not a JSON array; nothing written`);
      process.exit(1);
    }
    return value;
  };
  const existing = { figures: readJson('figures.json'), exclusions: readJson('exclusions.json') };
  const update = updateDraft(article, existing, { units });
  for (const line of update.stale) console.error(`new-report --update: ${line}`);
  if (update.added.figures)
    writeFileSync(join(out, 'figures.json'), `${JSON.stringify(update.figures, null, 2)}\n`);
  if (update.added.exclusions)
    writeFileSync(join(out, 'exclusions.json'), `${JSON.stringify(update.exclusions, null, 2)}\n`);
  console.log(
    `new-report --update: ${out}: ${update.added.figures} draft figures and ` +
      `${update.added.exclusions} draft exclusions added for the numerals no record claimed; ` +
      `${existing.figures.length + existing.exclusions.length} records kept as they were` +
      (update.stale.length ? `; ${update.stale.length} figures to fix by hand (above)` : '') +
      '. Run `npx prettier --write` on the report folder, then `npm run validate-data`.',
  );
  process.exit(0);
}

if (existsSync(out)) {
  console.error(
    `new-report: ${out} exists already; pick another id, or draft only its unclaimed numerals ` +
      `with: npm run new-report -- --update ${id}`,
  );
  process.exit(1);
}
const bytes = readFileSync(articlePath!);
const article = bytes.toString('utf8');
const today = new Date().toISOString().slice(0, 10);
const { report, figures, exclusions } = draftReport(article, id, {
  date: today,
  sha256: sha256(article),
  units,
});
writeReportFiles(out, {
  article: bytes,
  report,
  figures,
  exclusions,
  panels: [],
  events: [],
});
console.log(
  `new-report: ${out}: ${figures.length} draft figures and ${exclusions.length} draft exclusions ` +
    `for the ${figures.length + exclusions.length} numerals in the article. ` +
    'Fill them in until `npm run validate-data` prints ok (README: Adding a report).',
);
