/**
 * The one numeral reader (src/model/numerals.ts): hand-written real forms and their values (none
 * computed by the code under test), then properties against an independent writer below.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { chineseNumeralValue, readNumeral, tokenizeNumerals } from '../../src/model/numerals';

/** [as written, value] or [as written, value, valueTo] for a range. */
const READS: [string, number, number?][] = [
  // Arabic digits, grouping, decimals
  ['0', 0],
  ['7', 7],
  ['77', 77],
  ['2412', 2412],
  ['35173', 35173],
  ['1,200', 1200],
  ['1，200', 1200],
  ['12,345,678', 12345678],
  ['1\u2009200', 1200],
  ['1\u00a0200', 1200],
  ['2.04', 2.04],
  ['95.88', 95.88],
  ['0.5', 0.5],
  ['1,234.5', 1234.5],
  ['２．０４', 2.04],
  ['１２', 12],
  ['３３２', 332],
  ['１，２００', 1200],
  ['٧٧', 77],
  ['𝟕𝟕', 77],
  ['१२', 12],
  // Chinese digits and small scales
  ['〇', 0],
  ['零', 0],
  ['一', 1],
  ['二', 2],
  ['两', 2],
  ['兩', 2],
  ['三', 3],
  ['四', 4],
  ['五', 5],
  ['六', 6],
  ['七', 7],
  ['八', 8],
  ['九', 9],
  ['十', 10],
  ['十一', 11],
  ['十二', 12],
  ['十三', 13],
  ['十四', 14],
  ['十九', 19],
  ['二十', 20],
  ['二十一', 21],
  ['三十', 30],
  ['三十八', 38],
  ['四十二', 42],
  ['九十五', 95],
  ['九十九', 99],
  ['一百', 100],
  ['百', 100],
  ['一百零五', 105],
  ['一百一十', 110],
  ['一百二十', 120],
  ['两百', 200],
  ['二百', 200],
  ['三百一十五', 315],
  ['三百五', 350],
  ['五百', 500],
  ['九百九十九', 999],
  ['千', 1000],
  ['一千', 1000],
  ['一千零一', 1001],
  ['一千零一十', 1010],
  ['一千二', 1200],
  ['一千二百', 1200],
  ['两千', 2000],
  ['兩千', 2000],
  ['三千', 3000],
  ['三千五百', 3500],
  ['九千九百九十九', 9999],
  // 廿 卅 卌
  ['廿', 20],
  ['廿一', 21],
  ['廿五', 25],
  ['卅', 30],
  ['卅八', 38],
  ['卌', 40],
  ['卌二', 42],
  // 万 / 萬 / 亿 / 億
  ['万', 10000],
  ['萬', 10000],
  ['一万', 10000],
  ['一萬', 10000],
  ['两万', 20000],
  ['兩萬', 20000],
  ['两万三', 23000],
  ['两万三千', 23000],
  ['兩萬三千', 23000],
  ['三万零五', 30005],
  ['四十二万', 420000],
  ['十万', 100000],
  ['一百万', 1000000],
  ['三千五百万', 35000000],
  ['三千五百萬', 35000000],
  ['一千万', 10000000],
  ['亿', 100000000],
  ['一亿', 100000000],
  ['一億', 100000000],
  ['两亿', 200000000],
  ['十亿', 1000000000],
  ['一亿二千万', 120000000],
  ['一億二千萬', 120000000],
  ['三亿零五十万', 300500000],
  // mixed Arabic and Chinese
  ['1万', 10000],
  ['1萬', 10000],
  ['2412万', 24120000],
  ['64.97万', 649700],
  ['11.2万', 112000],
  ['2.8萬', 28000],
  ['1.2万', 12000],
  ['368.2万', 3682000],
  ['2.12亿', 212000000],
  ['2.04亿', 204000000],
  ['1.5億', 150000000],
  ['1万6千', 16000],
  ['1萬6千', 16000],
  ['4千万', 40000000],
  ['4千萬', 40000000],
  ['6千', 6000],
  ['3百', 300],
  ['1亿2千万', 120000000],
  ['5万3千2百', 53200],
  ['１万', 10000],
  ['１２万', 120000],
  // years written digit by digit
  ['二〇二三', 2023],
  ['二〇二五', 2025],
  ['一九九五', 1995],
  ['二零零八', 2008],
  // ranges
  ['三五', 3, 5],
  ['一二', 1, 2],
  ['七八', 7, 8],
  ['两三', 2, 3],
  ['二三十', 20, 30],
  ['两三千', 2000, 3000],
  ['三四百', 300, 400],
  ['五六万', 50000, 60000],
];

/** Token-level forms: [text, numeral token as written, value, valueTo?]. */
const TOKENS: [string, string, number, number?][] = [
  ['共有3至5个', '3至5', 3, 5],
  ['3-5个', '3-5', 3, 5],
  ['3～5个', '3～5', 3, 5],
  ['3~5个', '3~5', 3, 5],
  ['3－5个', '3－5', 3, 5],
  ['36-45岁', '36-45', 36, 45],
  ['十至二十个', '十至二十', 10, 20],
  ['三到五场', '三到五', 3, 5],
  ['1,200人次', '1,200', 1200],
  ['1，200人次', '1，200', 1200],
  ['近1萬6千人次', '1萬6千', 16000],
  ['近4千萬元', '4千萬', 40000000],
  ['超過2.8萬人次', '2.8萬', 28000],
  ['卅八戶', '卅八', 38],
  ['３３２個', '３３２', 332],
  ['２０２３年', '２０２３', 2023],
  ['2500 余万元', '2500余万', 25000000],
  ['1600\n余场', '1600', 1600],
  ['11.2万多人次', '11.2万', 112000],
  ['四十二万余元', '四十二万', 420000],
  ['百分之九十五', '百分之九十五', 95],
  ['百分之三十', '百分之三十', 30],
  ['38.61%', '38.61', 38.61],
  ['两个', '两', 2],
  ['兩個', '兩', 2],
  ['廿個', '廿', 20],
  ['一百零五户', '一百零五', 105],
  ['1.2万余人', '1.2万', 12000],
  ['两万三千名', '两万三千', 23000],
  ['三千五百万元', '三千五百万', 35000000],
  ['三五个', '三五', 3, 5],
];

describe('readNumeral reads every written form (hand-written values)', () => {
  it('has at least 150 forms in the two tables', () => {
    expect(READS.length + TOKENS.length).toBeGreaterThanOrEqual(150);
  });
  it.each(READS)('%s', (text, value, valueTo) => {
    expect(readNumeral(text)).toEqual(valueTo === undefined ? { value } : { value, valueTo });
  });
});

describe('tokenizeNumerals finds one token per numeral, read', () => {
  it.each(TOKENS)('%j', (text, numeral, value, valueTo) => {
    const tokens = tokenizeNumerals(text).filter((t) => t.kind === 'number');
    expect(tokens).toHaveLength(1);
    expect(tokens[0]!.numeral).toBe(numeral);
    expect(tokens[0]!.reading).toEqual(valueTo === undefined ? { value } : { value, valueTo });
  });
});

describe('what is not a number', () => {
  it.each(['十四五', '五一', '十十', '百千', '一二三四五六七八九十百'])(
    '%s has no value',
    (text) => {
      expect(readNumeral(text)).toBeUndefined();
    },
  );
  it.each([
    ['数千人', '千'],
    ['几十个', '十'],
    ['上千人', '千'],
    ['數萬元', '萬'],
  ])('%s is vague (a token for coverage, no value)', (text, numeral) => {
    const [t] = tokenizeNumerals(text);
    expect(t).toMatchObject({ numeral, kind: 'vague' });
    expect(t!.reading).toBeUndefined();
  });
  it('reads a date written with points or slashes as one date token', () => {
    for (const d of ['2023.12.14', '2009/5/12', '2023-12-14'])
      expect(tokenizeNumerals(`于${d}发布`).map((t) => [t.numeral, t.kind])).toEqual([[d, 'date']]);
  });
  it('reads a time of day as one date token, and a ratio as two numbers', () => {
    for (const t of ['09:05:01', '9:05:01', '14:30', '14：30'])
      expect(tokenizeNumerals(`会议于${t}开始`).map((x) => [x.numeral, x.kind])).toEqual([
        [t, 'date'],
      ]);
    expect(tokenizeNumerals('2030-01-02 08:15:00 发布').map((x) => [x.numeral, x.kind])).toEqual([
      ['2030-01-02', 'date'],
      ['08:15:00', 'date'],
    ]);
    expect(tokenizeNumerals('按1:10配套').map((x) => [x.numeral, x.kind])).toEqual([
      ['1', 'number'],
      ['10', 'number'],
    ]);
    expect(tokenizeNumerals('比分25:61').map((x) => x.kind)).toEqual(['number', 'number']);
  });
  it('does not read a telephone number or a table number as a range', () => {
    expect(tokenizeNumerals('010-68232149').map((t) => t.numeral)).toEqual(['010', '68232149']);
    expect(tokenizeNumerals('表16-11').map((t) => t.numeral)).toEqual(['16', '11']);
  });
  it('keeps a list of small numbers apart: 1，2，3 is not 1,2,3', () => {
    expect(tokenizeNumerals('第1，2，3名').map((t) => t.numeral)).toEqual(['1', '2', '3']);
  });
  it('leaves 12日至13日 as two numerals (a date span, not a range of one unit)', () => {
    expect(tokenizeNumerals('6月12日至13日').map((t) => t.numeral)).toEqual(['6', '12', '13']);
  });
});

// ---- An independent writer: integers in grouped digits and in Chinese numerals. ----

function groupDigits(n: number, sep: string): string {
  const s = String(n);
  let out = '';
  for (let i = 0; i < s.length; i += 1) {
    if (i > 0 && (s.length - i) % 3 === 0) out += sep;
    out += s[i];
  }
  return out;
}

const ZH = '零一二三四五六七八九';
/** Writes 0 ≤ n < 10^4 the standard way (一千零五, 十四 for 14 at the start, 一十四 inside). */
function zhBelow10k(n: number, leading: boolean): string {
  const places: [number, string][] = [
    [1000, '千'],
    [100, '百'],
    [10, '十'],
  ];
  let out = '';
  let zero = false;
  let rest = n;
  let started = false;
  for (const [p, mark] of places) {
    const d = Math.floor(rest / p);
    rest %= p;
    if (d === 0) {
      if (started) zero = true;
      continue;
    }
    if (zero) out += '零';
    zero = false;
    out += p === 10 && d === 1 && leading && !started ? mark : ZH[d]! + mark;
    started = true;
  }
  if (rest > 0) out += (zero ? '零' : '') + ZH[rest]!;
  return out || '零';
}

function writeChinese(n: number, traditional: boolean): string {
  const wan = traditional ? '萬' : '万';
  const yi = traditional ? '億' : '亿';
  if (n === 0) return '零';
  const parts: string[] = [];
  const hi = Math.floor(n / 1e8);
  const mid = Math.floor((n % 1e8) / 1e4);
  const lo = n % 1e4;
  if (hi) parts.push(zhBelow10k(hi, true) + yi);
  if (mid) parts.push((hi && mid < 1000 ? '零' : '') + zhBelow10k(mid, !hi) + wan);
  else if (hi && lo) parts.push('零');
  if (lo)
    parts.push(
      ((hi || mid) && lo < 1000 && !parts.at(-1)!.endsWith('零') ? '零' : '') +
        zhBelow10k(lo, !hi && !mid),
    );
  return parts.join('');
}

describe('properties: written by an independent writer, read back to itself', () => {
  it('an integer with thousands separators', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 ** 12 }),
        fc.constantFrom(',', '，', '\u2009'),
        (n, sep) => {
          expect(readNumeral(groupDigits(n, sep))).toEqual({ value: n });
        },
      ),
    );
  });
  it('an integer in full-width digits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 9 }), (n) => {
        const wide = [...String(n)].map((d) => String.fromCodePoint(0xff10 + Number(d))).join('');
        expect(readNumeral(wide)).toEqual({ value: n });
      }),
    );
  });
  it('an integer in Chinese numerals, simplified and traditional', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 ** 11 }), fc.boolean(), (n, trad) => {
        expect(readNumeral(writeChinese(n, trad))).toEqual({ value: n });
      }),
      { numRuns: 500 },
    );
  });
  it('a token in running text is found once, at its place, with its value', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 ** 8 }), (n) => {
        const written = writeChinese(n, false);
        const text = `工会共有${written}个组织。`;
        const tokens = tokenizeNumerals(text);
        expect(tokens).toHaveLength(1);
        expect(tokens[0]).toMatchObject({ start: 4, numeral: written, reading: { value: n } });
      }),
    );
  });
});

describe('chineseNumeralValue: a count in Chinese numerals', () => {
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
