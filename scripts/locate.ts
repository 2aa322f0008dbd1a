/**
 * `npm run locate -- [--report ID] "<quote>"`: where a quote sits in a report's article.txt (line
 * wraps allowed between any two characters), as the `range` a figure record needs. Without
 * --report: the newest report under data/reports/ (by report.json's date).
 */
import { join } from 'node:path';
import { defaultDataDir, readCorpus } from '../src/model/read.ts';
import { locateQuote, tokenizeNumerals } from '../src/model/numerals.ts';

const args = process.argv.slice(2);
const flag = args.indexOf('--report');
const wanted = flag >= 0 ? args.splice(flag, 2)[1] : undefined;
const quote = args.join(' ');
if (!quote) {
  console.error(
    'usage: npm run locate -- [--report ID] "<the words of the article, line breaks removed>"',
  );
  process.exit(2);
}
const dataDir = defaultDataDir();
const dateOf = (text: string | undefined) => {
  try {
    return String((JSON.parse(text ?? '{}') as { date?: string }).date ?? '');
  } catch {
    return '';
  }
};
const { raw } = readCorpus(dataDir);
const reports = raw.reports.sort((a, b) =>
  dateOf(b.files.report).localeCompare(dateOf(a.files.report)),
);
const report = wanted ? reports.find((r) => r.id === wanted) : reports[0];
if (!report?.files.article) {
  console.error(
    `no article.txt for report "${wanted ?? '(newest)'}" under ${join(dataDir, 'reports')}`,
  );
  process.exit(2);
}
const article = report.files.article;
console.error(`report ${report.id}`);
const hits = locateQuote(article, quote);
if (hits.length === 0) {
  console.error(`not found: "${quote}" (keep the article's own spaces; remove only line breaks)`);
  process.exit(1);
}
for (const range of hits) {
  // What the one reader reads at each numeral: the value a figure record must carry.
  const numerals = tokenizeNumerals(article.slice(range.start, range.end)).map((t) => ({
    text: t.numeral,
    at: range.start + t.start,
    ...(t.reading ?? {}),
    ...(t.kind === 'number' ? {} : { kind: t.kind }),
  }));
  console.log(JSON.stringify({ range, numerals }));
}
if (hits.length > 1) {
  console.error(
    `warning: the quote occurs ${hits.length} times (each range above). Lengthen it until it is ` +
      'unique, or, when it cannot be (a headline repeated as the page title), use the range of ' +
      'the occurrence you mean and exclude the other numerals',
  );
  process.exit(1);
}
