/**
 * `npm run locate -- [--report ID] "<quote>"`: where a quote sits in a report's article.txt (line
 * wraps allowed between any two characters), as the `range` a figure record needs. Without
 * --report: the newest report under data/reports/ (by report.json's date). A bad argument (an
 * unknown option, `--report` without an id, an unknown id, no quote) is one line and exit 2; an
 * unreadable units.json or article is named, exit 1.
 */
import { join } from 'node:path';
import { defaultDataDir, readCorpus } from '../src/model/read.ts';
import { locateQuote, tokenizeNumerals } from '../src/model/numerals.ts';
import { unitsFileSchema } from '../src/model/schema.ts';
import { parseStrictJson } from '../src/model/strict-read.ts';
import type { RawCorpus } from '../src/model/types.ts';
import { CliFailure, parseArgs, runCli, UsageError } from './cli.ts';

const USAGE = 'npm run locate -- [--report ID] "<the words of the article, line breaks removed>"';

/** The report id wanted (if any) and the quote, or a UsageError naming what is wrong. */
function readArgs(argv: readonly string[]): { wanted?: string; quote: string } {
  const { flags, positionals } = parseArgs(argv, {
    flags: { '--report': 1 },
    // Words of a quote may come as several arguments; they are joined with a space.
    positionals: Array.from({ length: Math.max(1, argv.length) }, () => '<quote>'),
    optional: Math.max(1, argv.length) - 1,
  });
  const quote = positionals.join(' ');
  if (!quote.trim()) throw new UsageError('missing <quote>');
  return { wanted: flags['--report']?.[0], quote };
}

/** Which units 万/亿 multiply is data (units.json); a broken one is named, not a stack trace. */
function readUnits(raw: RawCorpus, dataDir: string) {
  const file = join(dataDir, 'units.json');
  const refused = raw.problems?.find((p) => p.file.endsWith('units.json'));
  if (refused) throw new CliFailure(`${file} ${refused.message}`);
  if (raw.units === undefined) return { written: {}, base: {} };
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

const dateOf = (text: string | undefined) => {
  try {
    return String((JSON.parse(text ?? '{}') as { date?: string }).date ?? '');
  } catch {
    return '';
  }
};

runCli('locate', USAGE, () => {
  const { wanted, quote } = readArgs(process.argv.slice(2));
  const dataDir = defaultDataDir();
  const { raw } = readCorpus(dataDir);
  const units = readUnits(raw, dataDir);
  const reports = raw.reports.sort((a, b) =>
    dateOf(b.files.report).localeCompare(dateOf(a.files.report)),
  );
  const report = wanted ? reports.find((r) => r.id === wanted) : reports[0];
  if (wanted && !report)
    throw new UsageError(
      `no report "${wanted}" under ${join(dataDir, 'reports')} (there: ${reports.map((r) => r.id).join(', ') || 'none'})`,
    );
  if (!report?.files.article) {
    const refused = raw.problems?.find((p) => p.report === report?.id && p.file.endsWith('.txt'));
    throw new CliFailure(
      refused
        ? `${refused.file} ${refused.message}`
        : `no article.txt for report "${wanted ?? '(newest)'}" under ${join(dataDir, 'reports')}`,
    );
  }
  const article = report.files.article;
  console.error(`report ${report.id}`);
  const hits = locateQuote(article, quote);
  if (hits.length === 0) {
    console.error(`not found: "${quote}" (keep the article's own spaces; remove only line breaks)`);
    process.exit(1);
  }
  for (const range of hits) {
    const numerals = tokenizeNumerals(article.slice(range.start, range.end), units).map((t) =>
      t.text.replace(/\s+/g, ''),
    );
    console.log(JSON.stringify({ range, numerals }));
  }
  if (hits.length > 1) {
    console.error(`warning: the quote occurs ${hits.length} times; lengthen it until it is unique`);
    process.exit(1);
  }
});
