/**
 * An independent oracle for the coverage guard. It does NOT use tokenizeNumerals (the code under
 * test): every character the Unicode database calls a number (`\p{N}`: ASCII and full-width digits,
 * circled and Roman numerals, fractions …) and every Han numeral character in the article must lie
 * inside a span some record claims — a figure's statement or an exclusion's range. And the
 * validator must reject an article with a number in any Unicode digit form added to it (shown on
 * the sample fixture report: the same validator, a seventh of the text to re-check per case).
 */
import { describe, expect, it } from 'vitest';
import { formatProblem, validateCorpus } from '../../src/model/validate';
import type { RawCorpus } from '../../src/model/types';
import { resolve } from 'node:path';
import { readCorpus, sha256 } from '../../src/model/read';
import { dataset as sample } from './sample-corpus';

const FIXTURE = resolve(__dirname, '../fixtures/corpus');

/** Written out here, not imported: the oracle must not share the tokenizer's character list. */
const HAN_NUMERALS = new Set([...'〇零一二三四五六七八九十百千万亿两']);
const isNumberChar = (ch: string) => /\p{N}/u.test(ch) || HAN_NUMERALS.has(ch);

/** Every claimed span: each figure's statement (numeral to unit) and each exclusion's range. */
function claimedSpans(): { start: number; end: number; by: string }[] {
  return [
    ...sample.figures.map((f) => ({ ...f.statementRange!, by: `figure ${f.id}` })),
    ...sample.exclusions.map((e, i) => ({ ...e.range, by: `exclusion #${i}` })),
  ];
}

// On the sample fixture report (seven passages of the article, its records as curated): the real
// data's coverage is the validator's to check (npm run validate-data).
describe('coverage oracle (independent of the tokenizer)', () => {
  const article = sample.article;
  const spans = claimedSpans();

  it('finds number characters to check (the oracle is not vacuous)', () => {
    const count = [...article].filter(isNumberChar).length;
    expect(count).toBeGreaterThan(100);
  });

  it('every \\p{N} character or Han numeral in the article lies inside a claimed span', () => {
    const unclaimed: string[] = [];
    for (let i = 0; i < article.length; i += 1) {
      const ch = article[i]!;
      if (!isNumberChar(ch)) continue;
      if (!spans.some((s) => s.start <= i && i < s.end))
        unclaimed.push(`${ch}@${i} (…${article.slice(Math.max(0, i - 6), i + 6)}…)`);
    }
    expect(unclaimed).toEqual([]);
  });

  it('the oracle itself notices an unclaimed full-width numeral', () => {
    const text = `${article}另有 ７７ 人。`;
    const at = article.length + '另有 '.length;
    const flagged = [...text]
      .map((ch, i) => ({ ch, i }))
      .filter(({ ch, i }) => isNumberChar(ch) && !spans.some((s) => s.start <= i && i < s.end))
      .map(({ i }) => i);
    expect(flagged).toEqual([at, at + 1]);
  });
});

describe('the validator rejects a number in any Unicode digit form added to the article', () => {
  /** The raw files with text appended to the article and its sha256 updated to match. */
  function withAppended(extra: string): RawCorpus {
    const { raw } = readCorpus(FIXTURE);
    const files = raw.reports.find((r) => r.id === sample.meta.id)!.files;
    const article = `${files.article!}${extra}`;
    const meta = { ...JSON.parse(files.report!), sha256: sha256(article) };
    files.article = article;
    files.report = JSON.stringify(meta);
    return raw;
  }

  it.each([
    ['full-width digits', '另有 ７７ 人。', '７７'],
    ['full-width digits without spaces', '另有７７人。', '７７'],
    ['Arabic-Indic digits', '另有 ٧٧ 人。', '٧٧'],
    ['mathematical bold digits', '另有 𝟕𝟕 人。', '𝟕𝟕'],
    ['a circled number', '另有 ⑦ 人。', '⑦'],
    ['a Roman numeral', '第 Ⅻ 届。', 'Ⅻ'],
    ['a vulgar fraction', '增长 ½。', '½'],
    ['ASCII digits (control)', '另有 77 人。', '77'],
  ])('%s: %s fails validation with a coverage problem', (_name, extra, numeral) => {
    const { problems, corpus: loaded } = validateCorpus(withAppended(extra), { sha256 });
    expect(loaded).toBeUndefined();
    expect(problems.map((p) => p.field)).toEqual(['coverage']);
    expect(formatProblem(problems[0]!)).toContain(`numeral "${numeral}"`);
  });

  it('the sample as it is validates (no false alarm)', () => {
    const { problems } = validateCorpus(readCorpus(FIXTURE).raw, { sha256 });
    expect(problems).toEqual([]);
  });
});
