/**
 * `npm run locate -- "<quote>"`: where a quote sits in data/article.txt (line wraps allowed
 * between any two characters), as the `range` a figure record needs.
 */
import { readFileSync } from 'node:fs';
import { locateQuote, tokenizeNumerals } from '../src/model/numerals.ts';

const quote = process.argv.slice(2).join(' ');
if (!quote) {
  console.error('usage: npm run locate -- "<the words of the article, line breaks removed>"');
  process.exit(2);
}
const article = readFileSync('data/article.txt', 'utf8');
const hits = locateQuote(article, quote);
if (hits.length === 0) {
  console.error(`not found: "${quote}" (keep the article's own spaces; remove only line breaks)`);
  process.exit(1);
}
for (const range of hits) {
  const numerals = tokenizeNumerals(article.slice(range.start, range.end)).map((t) =>
    t.text.replace(/\s+/g, ''),
  );
  console.log(JSON.stringify({ range, numerals }));
}
if (hits.length > 1) {
  console.error(`warning: the quote occurs ${hits.length} times; lengthen it until it is unique`);
  process.exit(1);
}
