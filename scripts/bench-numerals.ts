/**
 * `npm run bench:numerals`: the numeral reader's time over a 100 KB article (a benchmark that
 * prints, never a test). The article is the seed report's text, then the every-form fixture,
 * repeated to at least 100 KB of UTF-8. Prints the median of several runs of: tokenizing every
 * numeral, drafting a report from it (what `new-report` does), and the validator's value check
 * for the seed report's 66 figures.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { tokenizeNumerals, locateValue } from '../src/model/numerals.ts';
import { draftReport } from '../src/model/draft-report.ts';
import { unitsFileSchema, figureSchema } from '../src/model/schema.ts';

const root = resolve(import.meta.dirname, '..');
const seed = readFileSync(resolve(root, 'data/reports/xpcc-unions-2023/article.txt'), 'utf8');
const forms = readFileSync(resolve(root, 'tests/fixtures/numerals/every-form.txt'), 'utf8');
const units = unitsFileSchema.parse(
  JSON.parse(readFileSync(resolve(root, 'data/units.json'), 'utf8')),
);
const figures = figureSchema
  .array()
  .parse(
    JSON.parse(readFileSync(resolve(root, 'data/reports/xpcc-unions-2023/figures.json'), 'utf8')),
  );

let article = '';
while (Buffer.byteLength(article) < 100 * 1024) article += `${seed}\n\n${forms}\n\n`;
const kb = (Buffer.byteLength(article) / 1024).toFixed(1);

function median(label: string, runs: number, fn: () => unknown): void {
  fn(); // warm up
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const m = times[Math.floor(times.length / 2)]!;
  console.log(`${label.padEnd(44)} ${m.toFixed(1).padStart(8)} ms (median of ${runs})`);
}

const tokens = tokenizeNumerals(article);
console.log(`article: ${kb} KB, ${article.length} characters, ${tokens.length} numerals`);
median('tokenize every numeral (read values)', 9, () => tokenizeNumerals(article));
median('draft a report (new-report)', 5, () =>
  draftReport(article, 'bench', { date: '2030-01-01', sha256: '', units }),
);
median(`locate the ${figures.length} seed figures in the seed text`, 9, () => {
  for (const f of figures) if (f.range) locateValue(seed, { ...f, range: f.range });
});
