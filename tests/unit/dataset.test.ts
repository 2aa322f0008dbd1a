/**
 * The real corpus in data/: checked ONCE by the validator (every per-figure rule — quote at range,
 * value as written, base value, qualifier, coverage, panels — lives in the validator and is tested
 * on small fixtures in validate-broken.test.ts), plus spot checks of what a reader sees.
 */
import { formatProblem, validateCorpus } from '../../src/model/validate';
import { chineseNumeralValue } from '../../src/model/numerals';
import { ARTICLE, figureById, readRaw, sha256 } from './load-data';

describe('the real corpus', () => {
  it('validates with zero problems, coverage and the article checksums included', () => {
    const { problems, corpus: loaded } = validateCorpus(readRaw(), { sha256 });
    expect(problems.map(formatProblem)).toEqual([]);
    // Whatever else a curator has added, the article these tests read is there.
    expect(loaded?.reports.map((r) => r.meta.id)).toContain(ARTICLE);
  });

  // The article's checksum (report.json sha256) is checked by the validation above; every
  // figure's entity existing is a validator rule (checks/figures.ts).
  it('names each figure’s organisation from data/entities.json', () => {
    expect(figureById('grassroots-unions').organisation.zh).toBe('兵团');
    expect(figureById('liu-jun-years-planting').entity).toBe('individual');
  });
});

describe('spot checks: what the reader sees', () => {
  it.each([
    ['grassroots-unions', '3523家', 'exact'],
    ['cultural-sports-events', '1600余场', 'more_than'],
    ['frontline-epidemic-worker-visits', '11.2万多人次', 'more_than'],
    ['central-aid-funds-five-years', '2.04亿元', 'exact'],
    ['red-flag-worker-homes', '两个', 'exact'],
    ['union-members', '64.97万人', 'exact'],
    ['work-study-allowance', '7000多元', 'more_than'],
    ['model-worker-talks', '1200余场次', 'more_than'],
  ])('%s is written %s (%s)', (id, written, qualifier) => {
    const f = figureById(id);
    expect(f.written).toBe(written);
    expect(f.qualifier).toBe(qualifier);
  });

  it.each([
    ['central-aid-funds-five-years', 204_000_000, 'yuan'],
    ['frontline-epidemic-worker-visits', 112_000, 'person-visits'],
    ['union-members', 649_700, 'persons'],
    ['grapes-sold-one-family', 1.5, 'tonnes'],
    ['red-flag-worker-homes', 2, 'units'],
  ])('%s normalises to %d %s (computed at load, not stored)', (id, value, unit) => {
    const f = figureById(id);
    expect(f.base).toEqual({ value, unit });
  });
});

describe('Chinese numerals', () => {
  it.each([
    ['两', 2],
    ['十四', 14],
    ['二十', 20],
    ['一百零五', 105],
    ['〇', 0],
  ])('%s is worth %d', (text, value) => {
    expect(chineseNumeralValue(text)).toBe(value);
  });

  it.each(['', 'x', '二二', '十四五'])('%s is not a count the validator reads', (text) => {
    expect(chineseNumeralValue(text)).toBeUndefined();
  });
});
