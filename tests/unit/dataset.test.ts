/**
 * The real dataset in data/: it validates, every numeral in the article is accounted for exactly
 * once, and every figure says what its sentence says.
 */
import { BASE_UNITS, UNIT_FACTORS } from '../../src/model/schema';
import {
  textAt,
  tokenizeNumerals,
  unwrap,
  writtenNumeral,
  type NumeralToken,
} from '../../src/model/numerals';
import { formatProblem, validateDataset, type RawDataFiles } from '../../src/model/validate';
import { dataset, figureById, raw, sha256 } from './load-data';

const { article, figures, exclusions, panels, meta } = dataset;
/** A statement as printed: line wraps and spaces removed. */
const despace = (s: string) => unwrap(s).replace(/\s+/gu, '');

/** The eight figures the article qualifies with 余 or 多. */
const MORE_THAN_IDS = [
  'work-study-allowance', // 7000多元
  'cultural-sports-events', // 1600余场
  'produce-sold-2nd-division', // 160余吨
  'epidemic-funds-invested', // 1300余万元
  'frontline-epidemic-worker-visits', // 11.2万多人次
  'unsold-produce-bought', // 2200余吨
  'union-fees-refunded', // 2500余万元
  'model-worker-talks', // 1200余场次
];

describe('the real dataset', () => {
  it('validates with zero problems, including the article checksum', () => {
    const { problems, dataset: loaded } = validateDataset(raw, { sha256 });
    expect(problems.map(formatProblem)).toEqual([]);
    expect(loaded).toBeDefined();
  });

  it('has figures, exclusions and panels to check', () => {
    expect(figures.length).toBeGreaterThan(0);
    expect(exclusions.length).toBeGreaterThan(0);
    expect(panels.length).toBeGreaterThan(0);
  });

  it('keeps the article byte for byte: its sha256 equals data/article.json', () => {
    expect(sha256(raw.article)).toBe(meta.sha256);
    expect(JSON.parse(raw.meta).sha256).toBe(meta.sha256);
  });
});

describe('coverage: every numeral in the article is claimed exactly once', () => {
  const tokens = tokenizeNumerals(article);
  const inside = (t: NumeralToken, r: { start: number; end: number }) =>
    r.start <= t.start && t.end <= r.end;

  /** Who claims a token, computed here rather than by the validator's loop. */
  function claimsOf(t: NumeralToken): string[] {
    const byFigure = figures
      .filter((f) => t.start <= f.numeralRange.start && f.numeralRange.end <= t.end)
      .map((f) => `figure ${f.id}`);
    const byExclusion = exclusions
      .map((e, i) => ({ e, i }))
      .filter(({ e }) => inside(t, e.range))
      .map(({ e, i }) => `exclusion #${i} ${e.text}`);
    return [...byFigure, ...byExclusion];
  }

  it('tokenizes a non-trivial number of numerals', () => {
    expect(tokens.length).toBeGreaterThan(figures.length);
  });

  it('leaves no numeral unclaimed and none claimed twice', () => {
    const bad = tokens
      .map((t) => ({ token: `${unwrap(t.text)}@${t.start}`, claims: claimsOf(t) }))
      .filter((x) => x.claims.length !== 1);
    expect(bad).toEqual([]);
  });

  it.each(figures.map((f) => [f.id, f] as const))(
    '%s: its numeral range covers its written numeral and lies in exactly one token',
    (_id, f) => {
      expect(article.slice(f.numeralRange.start, f.numeralRange.end)).toBe(writtenNumeral(f));
      const holders = tokens.filter(
        (t) => t.start <= f.numeralRange.start && f.numeralRange.end <= t.end,
      );
      expect(holders).toHaveLength(1);
      expect(holders[0]!.start).toBe(f.numeralRange.start);
    },
  );

  it('no two figures claim the same numeral', () => {
    const starts = figures.map((f) => f.numeralRange.start);
    expect(new Set(starts).size).toBe(starts.length);
  });

  it('an extra numeral appended to the article is reported as a coverage problem naming it', () => {
    const broken: RawDataFiles = { ...raw, article: `${raw.article}另有 77 人。` };
    const { problems, dataset: loaded } = validateDataset(broken);
    expect(loaded).toBeUndefined();
    expect(problems).toHaveLength(1);
    const [p] = problems;
    expect(p!.field).toBe('coverage');
    expect(p!.file).toBe('data/exclusions.json');
    const at = raw.article.length + '另有 '.length;
    expect(formatProblem(p!)).toContain(`numeral "77" at ${at}..${at + 2}`);
    expect(p!.message).toContain('is neither a figure');
  });
});

describe.each(figures.map((f) => [f.id, f] as const))('figure %s', (_id, f) => {
  it('quote equals the article text at its range', () => {
    expect(f.quote).toBe(textAt(article, f.range));
  });

  it('quote contains the value as written and the numeral', () => {
    expect(despace(f.quote)).toContain(f.written);
    expect(f.written.startsWith(writtenNumeral(f))).toBe(true);
    // 余/多 may stand inside the unit (11.2万多人次); without them the unit ends the statement.
    expect(f.written.replace(/[余多]/gu, '').endsWith(f.unit)).toBe(true);
  });

  it('base.value = value × UNIT_FACTORS[unit], and the base unit allows the unit', () => {
    const expected = f.value * UNIT_FACTORS[f.unit];
    expect(Math.abs(f.base.value - expected)).toBeLessThanOrEqual(Math.abs(expected) * 1e-9);
    expect(BASE_UNITS[f.base.unit].units as readonly string[]).toContain(f.unit);
  });

  it('qualifier is more_than exactly when the written form has 余 or 多', () => {
    expect(f.qualifier === 'more_than').toBe(/[余多]/u.test(f.written));
  });
});

describe('qualifiers and numerals', () => {
  it('exactly the eight 余/多 figures are more_than', () => {
    const ids = figures.filter((f) => f.qualifier === 'more_than').map((f) => f.id);
    expect([...ids].sort()).toEqual([...MORE_THAN_IDS].sort());
  });

  it('the one 两个 figure has numeral 两 and value 2', () => {
    const twos = figures.filter((f) => f.written === '两个');
    expect(twos.map((f) => f.id)).toEqual(['red-flag-worker-homes']);
    expect(twos[0]!.numeral).toBe('两');
    expect(twos[0]!.value).toBe(2);
  });

  it('only figures not written in Arabic digits carry a numeral', () => {
    const withNumeral = figures.filter((f) => f.numeral !== undefined);
    for (const f of withNumeral) expect(f.numeral).not.toMatch(/^\d/);
  });
});

describe('panels and headline cards', () => {
  it('every figure appears in a panel or the headline list', () => {
    const shown = new Set([...meta.headlineFigures, ...panels.flatMap((p) => p.figures)]);
    expect(figures.map((f) => f.id).filter((id) => !shown.has(id))).toEqual([]);
  });

  it('every panel and headline id names a real figure', () => {
    const ids = new Set(figures.map((f) => f.id));
    const listed = [...meta.headlineFigures, ...panels.flatMap((p) => p.figures)];
    expect(listed.filter((id) => !ids.has(id))).toEqual([]);
  });

  it.each(panels.filter((p) => p.chart !== 'cards').map((p) => [p.id, p] as const))(
    'chart panel %s never mixes base units',
    (_id, p) => {
      const units = new Set(p.figures.map((id) => figureById(id).base.unit));
      expect([...units]).toHaveLength(1);
      if (p.chart === 'bullet') expect([...units]).toEqual(['percent']);
    },
  );
});

describe('spot checks: id → written form', () => {
  it.each([
    ['grassroots-unions', '3523家', 'exact'],
    ['cultural-sports-events', '1600余场', 'more_than'],
    ['frontline-epidemic-worker-visits', '11.2万多人次', 'more_than'],
    ['central-aid-funds-five-years', '2.04亿元', 'exact'],
    ['red-flag-worker-homes', '两个', 'exact'],
    ['festival-warmth-funds-2018', '2412万元', 'exact'],
    ['union-members', '64.97万人', 'exact'],
    ['hardship-worker-satisfaction', '95.88%', 'exact'],
    ['epidemic-funds-invested', '1300余万元', 'more_than'],
    ['work-study-allowance', '7000多元', 'more_than'],
    ['grapes-sold-one-family', '1.5吨', 'exact'],
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
    ['red-flag-worker-homes', 2, 'organisations'],
  ])('%s normalises to %d %s', (id, value, unit) => {
    const f = figureById(id);
    expect(f.base.value).toBe(value);
    expect(f.base.unit).toBe(unit);
  });
});

describe('Chinese numerals', () => {
  it.each([
    ['两', 2],
    ['三', 3],
    ['十', 10],
    ['十四', 14],
    ['二十', 20],
    ['一百零五', 105],
    ['〇', 0],
  ])('%s is worth %d', async (text, value) => {
    const { chineseNumeralValue } = await import('../../src/model/numerals');
    expect(chineseNumeralValue(text)).toBe(value);
  });

  it.each(['', 'x', '二二', '万'])('%s is not a count the validator reads', async (text) => {
    const { chineseNumeralValue } = await import('../../src/model/numerals');
    expect(chineseNumeralValue(text)).toBeUndefined();
  });
});
