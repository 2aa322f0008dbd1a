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
});
