/**
 * `npm run new-report -- <article.txt> <report-id> [--data-dir DIR]`: creates DIR/reports/<id>/
 * (DIR defaults to $DATASET_DIR or data) with the article copied byte for byte and a draft record
 * for every numeral in it. `npm run validate-data` then lists every draft until it is filled in.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defaultDataDir, readCorpus, sha256 } from '../src/model/read.ts';
import { unitsFileSchema } from '../src/model/schema.ts';
import { draftReport } from '../src/model/draft-report.ts';
import { writeReportFiles } from '../src/model/write.ts';

const args = process.argv.slice(2);
const dirFlag = args.indexOf('--data-dir');
const dataDir = resolve(dirFlag >= 0 ? args.splice(dirFlag, 2)[1]! : defaultDataDir());
const [articlePath, id] = args;
if (!articlePath || !id) {
  console.error('usage: npm run new-report -- <article.txt> <report-id> [--data-dir DIR]');
  process.exit(2);
}
if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
  console.error(`new-report: "${id}" is not a kebab-case id (a-z, 0-9 and single hyphens)`);
  process.exit(2);
}
const out = join(dataDir, 'reports', id);
if (existsSync(out)) {
  console.error(`new-report: ${out} exists already; pick another id or remove it`);
  process.exit(1);
}
const bytes = readFileSync(articlePath);
const article = bytes.toString('utf8');
const today = new Date().toISOString().slice(0, 10);
// The units looked for after each numeral are data (units.json): a new unit needs no code change.
const unitsText = readCorpus(dataDir).raw.units;
if (unitsText === undefined) {
  console.error(`new-report: ${join(dataDir, 'units.json')} is missing`);
  process.exit(1);
}
const { report, figures, exclusions } = draftReport(article, id, {
  date: today,
  sha256: sha256(article),
  units: unitsFileSchema.parse(JSON.parse(unitsText)),
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
