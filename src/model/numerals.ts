/**
 * Numerals in the article text: the one reader every tool uses (tokenizer, coverage, validator,
 * `new-report`, `locate`), and how a figure's value sits in its quote. Pure string functions.
 *
 * The reader knows, in simplified and traditional characters: decimal digits of any script
 * (`\p{Nd}`: ASCII `77`, full-width `７７`, Arabic-Indic `٧٧`) with thousands separators
 * (`1,200`, `1，200`, `1 200` with a thin or no-break space) and decimals (`2.04`, `２．０４`);
 * Chinese numerals with 〇/零/两/兩/廿/卅/卌 and every scale (十 百 千 万/萬 亿/億); mixed forms
 * (`1万6千`, `4千万`, `1.2万`, `两万三千`, `三千五百万`, `两万三`); a year written digit by digit
 * (`二〇二三`); percentages in words (`百分之九十五`); ranges (`3至5`, `3-5`, `3～5`, `三五`,
 * `二三十`); vague amounts (`数千`, `几十`, `上千`), which have no value. No NFKC: it changes string
 * lengths and the offsets must stay those of the raw article.
 */
import type { Figure, TextRange } from './schema';

/** Characters that are (part of) a Chinese numeral, simplified and traditional. */
export const CHINESE_NUMERAL_CHARS = '〇零一二三四五六七八九十百千万亿两兩萬億廿卅卌';

const CH_DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  兩: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const CH_TENS: Record<string, number> = { 廿: 20, 卅: 30, 卌: 40 };
const SMALL_SCALES: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG_SCALES: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };
const isChinese = (ch: string) => CHINESE_NUMERAL_CHARS.includes(ch);
const isBig = (ch: string) => ch in BIG_SCALES;
const isScale = (ch: string) => ch in SMALL_SCALES || ch in BIG_SCALES;
const ND = /\p{Nd}/u;
const SPACE = /\s/u;
/** Thin, narrow no-break and no-break spaces: the only spaces read as thousands separators. */
const GROUP_SPACE = /[\u2009\u202f\u00a0]/u;
const GROUP_COMMA = /[,，]/u;
const DECIMAL_POINT = /[.．]/u;
const RANGE_MARK = /[至到~～\-－–—]/u;
const OTHER_NUMBER = /[\p{Nl}\p{No}]/u;

/** The whole character (a code point, which may be two UTF-16 units: `𝟕`) at index i. */
const at = (text: string, i: number): string =>
  i >= 0 && i < text.length ? String.fromCodePoint(text.codePointAt(i)!) : '';
/** The character that ends just before index i. */
const before1 = (text: string, i: number): string => {
  if (i <= 0) return '';
  const c = text.charCodeAt(i - 1);
  return c >= 0xdc00 && c <= 0xdfff && i >= 2 ? text.slice(i - 2, i) : text[i - 1]!;
};

/** Rounds away float noise (2.12 × 1e8 = 212000000.00000003). */
const tidy = (n: number) => Number(n.toPrecision(12));

/** The value 0–9 of a decimal digit of any script: Unicode puts every script's 0–9 in a run. */
export function digitValue(ch: string): number | undefined {
  if (!ND.test(ch)) return undefined;
  const cp = ch.codePointAt(0)!;
  let zero = cp;
  while (zero > 0 && ND.test(String.fromCodePoint(zero - 1))) zero -= 1;
  return (cp - zero) % 10;
}

/** `１２.５` → 12.5: digits of any script, `.`/`．` as the point; separators already removed. */
function arabicValue(text: string): number {
  let out = '';
  for (const ch of text) out += DECIMAL_POINT.test(ch) ? '.' : String(digitValue(ch));
  return Number(out);
}

type Piece = { kind: 'number'; value: number; chinese: boolean } | { kind: 'char'; ch: string };

function pieces(body: string): Piece[] {
  const out: Piece[] = [];
  const chars = [...body];
  for (let i = 0; i < chars.length;) {
    const ch = chars[i]!;
    if (ND.test(ch)) {
      let lit = '';
      while (
        i < chars.length &&
        (ND.test(chars[i]!) ||
          (DECIMAL_POINT.test(chars[i]!) && ND.test(chars[i + 1] ?? '')) ||
          GROUP_COMMA.test(chars[i]!) ||
          GROUP_SPACE.test(chars[i]!))
      ) {
        if (!GROUP_COMMA.test(chars[i]!) && !GROUP_SPACE.test(chars[i]!)) lit += chars[i];
        i += 1;
      }
      out.push({ kind: 'number', value: arabicValue(lit), chinese: false });
    } else if (ch in CH_DIGITS) {
      out.push({ kind: 'number', value: CH_DIGITS[ch]!, chinese: true });
      i += 1;
    } else {
      out.push({ kind: 'char', ch });
      i += 1;
    }
  }
  return out;
}

export interface Reading {
  value: number;
  /** The upper bound of a range (`3至5`, `三五`, `二三十`). */
  valueTo?: number;
}

/**
 * The value of one numeral written without spaces (`1,200`, `１２`, `两万三千`, `4千萬`, `卅八`,
 * `二〇二三`, `三五` (a range)), or undefined when it is no number (`十四五`, `五一`).
 */
export function readNumeral(text: string): Reading | undefined {
  if (!text) return undefined;
  const ps = pieces(text.replace(/\s+/gu, ''));
  // Chinese digits alone: one digit, a year digit by digit (二〇二三), or a range (三五, 七八).
  if (ps.every((p) => p.kind === 'number' && p.chinese)) {
    const ds = ps.map((p) => (p as { value: number }).value);
    if (ds.length === 1) return { value: ds[0]! };
    if (ds.length === 2 && !text.includes('〇') && !text.includes('零')) {
      const [a, b] = ds as [number, number];
      return b === a + 1 || (a === 3 && b === 5) ? { value: a, valueTo: b } : undefined;
    }
    return ds.length >= 3 || /[〇零]/u.test(text) ? { value: Number(ds.join('')) } : undefined;
  }
  // Two adjacent digits before a scale: a range of that scale (二三十 → 20–30, 两三千).
  const [p0, p1, ...rest] = ps;
  if (
    p0?.kind === 'number' &&
    p0.chinese &&
    p1?.kind === 'number' &&
    p1.chinese &&
    (p1.value === p0.value + 1 || (p0.value === 3 && p1.value === 5)) &&
    rest.length > 0 &&
    rest[0]?.kind === 'char' &&
    isScale(rest[0].ch)
  ) {
    const tail = rest
      .map((p) => (p.kind === 'char' ? p.ch : ''))
      .join('')
      .replace(/^/, '一');
    const unit = readNumeral(tail);
    if (!unit) return undefined;
    return { value: tidy(p0.value * unit.value), valueTo: tidy(p1.value * unit.value) };
  }
  const v = evaluate(ps);
  return v === undefined ? undefined : { value: v };
}

function evaluate(ps: Piece[]): number | undefined {
  let total = 0;
  let section = 0;
  let cur: number | undefined;
  let curChinese = false;
  let lastSmall = Infinity; // the last small scale in this section: 千 then 百, never 百 then 千
  let lastBig = Infinity;
  let prev: Piece | undefined;
  let afterZero = false;
  for (let i = 0; i < ps.length; i += 1) {
    const p = ps[i]!;
    if (p.kind === 'number') {
      if (p.chinese && p.value === 0) {
        if (cur !== undefined) return undefined;
        afterZero = true; // 零 only holds a place: 一百零五
        prev = p;
        continue;
      }
      if (cur !== undefined) return undefined;
      if (!p.chinese && prev?.kind === 'number') return undefined;
      cur = p.value;
      curChinese = p.chinese;
    } else if (p.ch in CH_TENS) {
      if (cur !== undefined || lastSmall <= 10) return undefined;
      section += CH_TENS[p.ch]!;
      lastSmall = 10;
    } else if (p.ch in SMALL_SCALES) {
      const s = SMALL_SCALES[p.ch]!;
      if (s >= lastSmall) return undefined;
      section += (cur ?? 1) * s;
      cur = undefined;
      lastSmall = s;
      afterZero = false;
    } else if (p.ch in BIG_SCALES) {
      const s = BIG_SCALES[p.ch]!;
      if (s >= lastBig) return undefined;
      section += cur ?? 0;
      if (section === 0) section = 1;
      total = s === 1e8 ? (total + section) * s : total + section * s;
      section = 0;
      cur = undefined;
      lastSmall = Infinity;
      lastBig = s;
      afterZero = false;
    } else {
      return undefined;
    }
    prev = p;
  }
  if (cur !== undefined) {
    // 两万三 = 23000, 三百五 = 350: a last Chinese digit right after 万/千/百 counts the next place.
    const before = ps[ps.length - 2];
    if (curChinese && !afterZero && before?.kind === 'char' && isScale(before.ch)) {
      const s = SMALL_SCALES[before.ch] ?? BIG_SCALES[before.ch]!;
      if (s >= 100) cur *= s / 10;
    }
    section += cur;
  }
  return tidy(total + section);
}

/** The Chinese numeral's value (`两` → 2, `一百零五` → 105, `四十二万` → 420000), or undefined. */
export function chineseNumeralValue(text: string): number | undefined {
  const r = readNumeral(text);
  return r && r.valueTo === undefined ? r.value : undefined;
}

export type NumeralKind = 'number' | 'date' | 'vague' | 'other';

export interface NumeralToken {
  /** The raw text of the whole token, wraps and spaces included. */
  text: string;
  start: number;
  end: number;
  /** The numeral as written, spaces and wraps removed (`1,200`, `2500余万`, `3至5`). */
  numeral: string;
  kind: NumeralKind;
  /** What the reader reads; undefined when the token is no number (`十四五`, `数千`, `①`). */
  reading?: Reading;
  /**
   * When the numeral ends in 万/亿 (`2412万`, `4千萬`, `2500 余万`): its value without that scale,
   * and where the scale starts, so a unit that starts with it (万元, 萬人次) can be matched.
   */
  head?: Reading & { end: number; numeral: string };
  /** 余 or 多 between the number and a trailing 万/亿 (`2500余万`). */
  moreThan: boolean;
  /** Set for `百分之九十五`: the text itself says the unit. */
  percentWords?: boolean;
}

/** Reads the body of a numeral at i: digits, separators, Chinese numerals; returns its end. */
function bodyEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length) {
    const ch = at(text, j);
    if (ND.test(ch) || isChinese(ch)) {
      j += ch.length;
    } else if (
      (GROUP_COMMA.test(ch) || GROUP_SPACE.test(ch)) &&
      ND.test(before1(text, j)) &&
      /^\p{Nd}{3}(?!\p{Nd})/u.test(text.slice(j + 1, j + 5)) &&
      groupedSoFar(text, i, j)
    ) {
      j += 1;
    } else if (
      DECIMAL_POINT.test(ch) &&
      ND.test(before1(text, j)) &&
      ND.test(at(text, j + 1)) &&
      !/[,，\u2009\u202f\u00a0]/u.test(text.slice(i, j).slice(-4))
    ) {
      j += 1;
    } else if (SPACE.test(ch) && ND.test(before1(text, j))) {
      // 2412 万元 / 1.2\n万: spaces and a wrap between digits and a following scale.
      let k = j;
      while (k < text.length && SPACE.test(text[k]!)) k += 1;
      if (k < text.length && isScale(text[k]!)) j = k;
      else break;
    } else break;
  }
  return j;
}

/** Digits before a separator at j form 1–3 digits after the last separator (or from i). */
function groupedSoFar(text: string, i: number, j: number): boolean {
  const run = text.slice(i, j);
  const lastGroup = run.split(/[,，\u2009\u202f\u00a0]/u);
  if (lastGroup.length === 1) return /^\p{Nd}{1,3}$/u.test(lastGroup[0]!);
  return /^\p{Nd}{3}$/u.test(lastGroup[lastGroup.length - 1]!);
}

const DATE = /^\p{Nd}{4}([./-])\p{Nd}{1,2}\1\p{Nd}{1,2}(?!\p{Nd})/u;
/**
 * A time of day (`09:05`, `9:05:01`, `14：30`): hours 0–23, minutes and seconds 00–59. One digit
 * of hours only with seconds, so a ratio such as `1:10` is not read as a time.
 */
const TIME =
  /^(?:(?:[01][0-9]|2[0-3])[:：][0-5][0-9](?:[:：][0-5][0-9])?|[0-9][:：][0-5][0-9][:：][0-5][0-9])(?![0-9:：])/u;
const VAGUE_BEFORE = /(?:数|數|几|幾|上|成)$/u;
const strip = (s: string) => s.replace(/\s+/gu, '');

/** Every numeral token in a text, in order. */
export function tokenizeNumerals(text: string): NumeralToken[] {
  const tokens: NumeralToken[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = at(text, i);
    const startsNumber = ND.test(ch) || isChinese(ch);
    if (!startsNumber) {
      if (OTHER_NUMBER.test(ch)) {
        let j = i;
        while (j < text.length && OTHER_NUMBER.test(at(text, j))) j += at(text, j).length;
        const t = text.slice(i, j);
        tokens.push({ text: t, start: i, end: j, numeral: t, kind: 'other', moreThan: false });
        i = j;
        continue;
      }
      i += ch.length;
      continue;
    }
    const date =
      DATE.exec(text.slice(i, i + 12)) ??
      (/[:：]$/u.test(before1(text, i)) ? null : TIME.exec(text.slice(i, i + 9)));
    if (date && !ND.test(before1(text, i))) {
      const t = date[0];
      tokens.push({
        text: t,
        start: i,
        end: i + t.length,
        numeral: t,
        kind: 'date',
        moreThan: false,
      });
      i += t.length;
      continue;
    }
    // 百分之九十五: the percent is in the words.
    if (text.startsWith('百分之', i)) {
      const end = bodyEnd(text, i + 3);
      const reading = end > i + 3 ? readNumeral(text.slice(i + 3, end)) : undefined;
      if (reading) {
        const t = text.slice(i, end);
        tokens.push({
          text: t,
          start: i,
          end,
          numeral: strip(t),
          kind: 'number',
          reading,
          moreThan: false,
          percentWords: true,
        });
        i = end;
        continue;
      }
    }
    let end = bodyEnd(text, i);
    let moreThan = false;
    // 2500 余万元: 余/多 between the number and its 万/亿.
    const tail = /^\s*[余多]\s*[万萬亿億]/u.exec(text.slice(end, end + 8));
    if (tail && !isBig(text[end - 1]!)) {
      moreThan = true;
      end += tail[0].length;
    }
    let numeral = strip(text.slice(i, end));
    let reading = readNumeral(numeral.replace(/[余多]/gu, ''));
    let kind: NumeralKind = 'number';
    // 3至5, 3-5, 3～5, 十至二十: one token, a range.
    if (reading && reading.valueTo === undefined && !moreThan) {
      const m = /^\s*([至到~～\-－–—])\s*/u.exec(text.slice(end, end + 4));
      const j = m ? end + m[0].length : -1;
      if (m && j < text.length && (ND.test(at(text, j)) || isChinese(text[j]!))) {
        const end2 = bodyEnd(text, j);
        const second = readNumeral(strip(text.slice(j, end2)));
        const lead0 = (s: string) => /^[0０]\p{Nd}/u.test(s);
        const left = strip(text.slice(i, end));
        const right = strip(text.slice(j, end2));
        const sameScript = ND.test(left[0]!) === ND.test(right[0]!);
        if (
          second &&
          second.valueTo === undefined &&
          second.value > reading.value &&
          sameScript &&
          !lead0(left) &&
          !lead0(right) &&
          (m[1] !== '-' || right.length <= left.length + 1) &&
          !(text[end2] && RANGE_MARK.test(text[end2]!) && ND.test(at(text, end2 + 1)))
        ) {
          reading = { value: reading.value, valueTo: second.value };
          end = end2;
          numeral = strip(text.slice(i, end));
        }
      }
    }
    // 数千, 几十, 上千: no value.
    if (
      VAGUE_BEFORE.test(text.slice(Math.max(0, i - 1), i)) &&
      /^[十百千万萬亿億]+$/u.test(numeral)
    ) {
      if (text[i - 1] !== '上' || /^[百千万萬]/u.test(numeral)) {
        kind = 'vague';
        reading = undefined;
      }
    }
    const token: NumeralToken = {
      text: text.slice(i, end),
      start: i,
      end,
      numeral,
      kind,
      moreThan,
      ...(reading ? { reading } : {}),
    };
    // The head: the numeral without a trailing 万/亿.
    let scaleAt = end - 1;
    while (scaleAt > i && !isBig(text[scaleAt]!)) scaleAt -= 1;
    if (kind === 'number' && scaleAt > i && isBig(text[scaleAt]!) && scaleAt >= end - 1) {
      const headNumeral = strip(text.slice(i, scaleAt)).replace(/[余多]$/u, '');
      const head = readNumeral(headNumeral);
      if (head) token.head = { ...head, end: scaleAt, numeral: headNumeral };
    }
    tokens.push(token);
    i = end;
  }
  return tokens;
}

/**
 * What a figure's `numeral` field is worth: one numeral as the tokenizer reads it in running text
 * (`3至5`, `百分之九十五`, `1,200`, `两`), or undefined when it is not exactly one readable numeral.
 */
export function readWritten(numeral: string): Reading | undefined {
  const tokens = tokenizeNumerals(numeral);
  if (tokens.length !== 1 || tokens[0]!.start !== 0 || tokens[0]!.end !== numeral.length)
    return readNumeral(numeral);
  return tokens[0]!.reading;
}

/** Removes the extraction's line wraps: the quote contract compares text with every `\n` dropped. */
export function unwrap(text: string): string {
  return text.replace(/\r?\n/g, '');
}

/** The text at a range of the raw article, line wraps removed. */
export function textAt(article: string, range: TextRange): string {
  return unwrap(article.slice(range.start, range.end));
}

/**
 * Finds a quote in the raw article, allowing a line wrap between any two characters.
 * Returns every match so a curator can see when a quote is ambiguous.
 */
export function locateQuote(article: string, quote: string): TextRange[] {
  const escaped = [...quote].map((ch) => ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(escaped.join('(?:\\r?\\n)*'), 'gu');
  return [...article.matchAll(pattern)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/** How the figure's number is written in the text: `两` for 两个, `1,200`, else the digits. */
export function writtenNumeral(figure: Pick<Figure, 'value' | 'numeral'>): string {
  return figure.numeral ?? String(figure.value);
}

export const QUALIFIERS = [
  'exact',
  'more_than',
  'nearly',
  'about',
  'less_than',
  'at_least',
  'range',
] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/** Words before a numeral that qualify it, longest first. */
const BEFORE: [RegExp, Qualifier][] = [
  [/(?:将近|將近|接近|(?<![最附临臨靠邻鄰])近)$/u, 'nearly'],
  // 节约3吨 (saved), 预约, 签约, 制约 are no "about".
  [/(?:大约|大約|(?<![节節简簡契预預签簽制邀违違履])[约約])$/u, 'about'],
  // 突破10亿人次: went past a billion.
  [/(?:超过|超過|突破|逾|多于|多於)$/u, 'more_than'],
  [/(?:不足|不到|未满|未滿|少于|少於)$/u, 'less_than'],
];
/** Words after the unit that qualify the number. */
const AFTER: [RegExp, Qualifier][] = [
  [/^(?:左右|上下)/u, 'about'],
  [/^(?:以上|之上)/u, 'at_least'],
];

/** The qualifier words around a numeral: before it, between it and the unit, after the unit. */
export function qualifierAround(
  article: string,
  numeralStart: number,
  unitEnd: number,
  between: { moreThan: boolean; range: boolean },
): { qualifier: Qualifier; start: number; end: number } {
  let s = numeralStart;
  while (s > 0 && SPACE.test(article[s - 1]!)) s -= 1;
  const before = article.slice(Math.max(0, s - 4), s);
  let e = unitEnd;
  while (e < article.length && SPACE.test(article[e]!)) e += 1;
  const after = article.slice(e, e + 4);
  if (between.range) return { qualifier: 'range', start: numeralStart, end: unitEnd };
  for (const [re, q] of BEFORE) {
    const m = re.exec(before);
    if (m) return { qualifier: q, start: s - m[0].length, end: unitEnd };
  }
  if (between.moreThan) return { qualifier: 'more_than', start: numeralStart, end: unitEnd };
  for (const [re, q] of AFTER) {
    const m = re.exec(after);
    if (m) return { qualifier: q, start: numeralStart, end: e + m[0].length };
  }
  return { qualifier: 'exact', start: numeralStart, end: unitEnd };
}

export interface ValueLocation {
  /** Raw-article range of the numeral itself (`2412`, `1,200`, `3至5`). */
  numeral: TextRange;
  /** Raw-article range from the numeral to the end of the unit (`2412万元`, `1600\n余场`). */
  statement: TextRange;
  /** The statement as printed, with its qualifier words, spaces and wraps removed: `近700位`. */
  written: string;
  /** Whether 余 or 多 stands between the numeral and the end of the unit. */
  moreThan: boolean;
  /** What the words say: the qualifier read around the numeral. */
  qualifier: Qualifier;
  /** What the reader reads at the numeral (before the unit): value and, for a range, valueTo. */
  reading: Reading;
}

/** Matches a unit after `from`, skipping spaces, wraps and 余/多; returns its end or -1. */
function unitAfter(text: string, from: number, unit: string): { end: number; moreThan: boolean } {
  const unitChars = [...unit];
  let i = from;
  let u = 0;
  let moreThan = false;
  while (i < text.length && u < unitChars.length) {
    const ch = text[i]!;
    if (ch === unitChars[u]) u += 1;
    else if (ch === '余' || ch === '多') moreThan = true;
    else if (!SPACE.test(ch)) break;
    i += 1;
  }
  return u < unitChars.length ? { end: -1, moreThan } : { end: i, moreThan };
}

interface Candidate {
  token: NumeralToken;
  reading: Reading;
  numeral: string;
  numeralEnd: number;
  unitEnd: number;
  moreThan: boolean;
}

/** Every way a token of the slice can be read as a number followed by the unit. */
function candidates(slice: string, unit: string): Candidate[] {
  const out: Candidate[] = [];
  for (const token of tokenizeNumerals(slice)) {
    if (token.kind !== 'number') continue;
    if (token.percentWords) {
      if (unit === '%' && token.reading)
        out.push({
          token,
          reading: token.reading,
          numeral: token.numeral,
          numeralEnd: token.end,
          unitEnd: token.end,
          moreThan: false,
        });
      continue;
    }
    if (token.head) {
      const u = unitAfter(slice, token.head.end, unit);
      if (u.end >= 0)
        out.push({
          token,
          reading: token.head,
          numeral: token.head.numeral,
          numeralEnd: token.head.end,
          unitEnd: u.end,
          moreThan: u.moreThan || token.moreThan,
        });
    }
    if (token.reading) {
      const u = unitAfter(slice, token.end, unit);
      if (u.end >= 0 && u.end - token.end <= unit.length + 6)
        out.push({
          token,
          reading: token.reading,
          numeral: token.numeral,
          numeralEnd: token.end,
          unitEnd: u.end,
          moreThan: u.moreThan || token.moreThan,
        });
    }
  }
  return out.filter((c) => !(c.token.head && c.unitEnd - c.numeralEnd > unit.length + 4));
}

const sameReading = (a: Reading, b: Reading) =>
  tidy(a.value) === tidy(b.value) && (a.valueTo ?? null) === (b.valueTo ?? null);

function toLocation(article: string, base: number, c: Candidate): ValueLocation {
  const start = base + c.token.start;
  const unitEnd = base + c.unitEnd;
  const q = qualifierAround(article, start, unitEnd, {
    moreThan: c.moreThan,
    range: c.reading.valueTo !== undefined,
  });
  return {
    numeral: { start, end: base + c.numeralEnd },
    statement: { start, end: unitEnd },
    written: article.slice(q.start, q.end).replace(/\s+/gu, ''),
    moreThan: c.moreThan,
    qualifier: q.qualifier,
    reading: c.reading,
  };
}

/**
 * Locates a figure's value inside its quote: the first numeral the reader reads as the record's
 * value (and valueTo) that is followed (after spaces, wraps and 余/多) by the unit. Returns
 * undefined when the quote does not state the value with its unit: see {@link readAtQuote} for
 * what the words say instead.
 */
export function locateValue(
  article: string,
  figure: Pick<Figure, 'value' | 'numeral' | 'unit'> & { range: TextRange; valueTo?: number },
): ValueLocation | undefined {
  const slice = article.slice(figure.range.start, figure.range.end);
  const want: Reading = {
    value: figure.value,
    ...(figure.valueTo !== undefined ? { valueTo: figure.valueTo } : {}),
  };
  for (const c of candidates(slice, figure.unit)) {
    if (!sameReading(c.reading, want)) continue;
    if (figure.numeral !== undefined && figure.numeral !== c.numeral) continue;
    return toLocation(article, figure.range.start, c);
  }
  return undefined;
}

/** What the quote's words say for a unit: the first numeral followed by it, read. */
export function readAtQuote(
  article: string,
  figure: Pick<Figure, 'unit'> & { range: TextRange },
): ValueLocation | undefined {
  const slice = article.slice(figure.range.start, figure.range.end);
  const c = candidates(slice, figure.unit)[0];
  return c && toLocation(article, figure.range.start, c);
}

/** Every reading of the numeral that starts at `start` followed by `unit` (for drafting). */
export function readAt(
  article: string,
  start: number,
  unit: string,
  limit = 16,
): ValueLocation | undefined {
  const slice = article.slice(start, Math.min(article.length, start + 40 + limit));
  const c = candidates(slice, unit).find((x) => x.token.start === 0);
  return c && toLocation(article, start, c);
}
