/**
 * Numerals in the article text: where they are, and how a figure's value sits in its quote.
 * Pure string functions shared by the validator, the coverage test and the formatters.
 */
import type { Figure, TextRange } from './schema';
import { units as installedUnits, type UnitsTable } from './units.ts';

export const CHINESE_NUMERAL_CHARS = '〇零一二三四五六七八九十百千万亿两';

/**
 * A number in decimal digits of any script (`\p{Nd}`: ASCII `77`, full-width `７７`, Arabic-Indic
 * `٧٧` …), with the 万/亿 multiplier that may follow it (across spaces, a line wrap or a 余/多:
 * `2500 余万元`) where units.json has that multiplied unit (万元, 万人次, 万亩 …); or a run of Chinese numeral characters (`两`, `十四五`, `二十`); or a run of any
 * other Unicode number character (`\p{Nl}` / `\p{No}`: `①`, `Ⅻ`, `½`, `²`). JavaScript's `\d` is
 * ASCII only, even with the `u` flag, so it must not be used here: a full-width `７７` added to the
 * article would otherwise escape the coverage check. No NFKC: it changes string lengths (`½` →
 * `1⁄2`) and the offsets must stay those of the raw article.
 */
function numeralToken(table: UnitsTable): RegExp {
  // What may follow 万/亿 for them to be the number's multiplier: the first letter of every
  // written unit that starts with one (万元 → 元, 万人次 → 人, 万亩 → 亩).
  const after = new Set(
    Object.keys(table.written)
      .filter((u) => /^[万亿]./u.test(u))
      .map((u) => [...u][1]!.replace(/[\]^\\-]/g, '\\$&')),
  );
  const multiplier = after.size
    ? String.raw`(?:\s*[余多]?\s*[万亿](?=\s*[余多]?\s*[${[...after].join('')}]))?`
    : '';
  return new RegExp(
    String.raw`\p{Nd}+(?:[.．]\p{Nd}+)?${multiplier}|[${CHINESE_NUMERAL_CHARS}]+|[\p{Nl}\p{No}]+`,
    'gu',
  );
}
const tokenPatterns = new WeakMap<UnitsTable, RegExp>();
const LEADING_NUMBER = /^\p{Nd}+(?:[.．]\p{Nd}+)?/u;

export interface NumeralToken {
  text: string;
  start: number;
  end: number;
  /** The digits or Chinese numerals alone, without multiplier or whitespace. */
  numeral: string;
}

/** Every numeral token in a text; `table` (default: the installed one) says which units 万/亿 multiply. */
export function tokenizeNumerals(text: string, table = installedUnits()): NumeralToken[] {
  let pattern = tokenPatterns.get(table);
  if (!pattern) tokenPatterns.set(table, (pattern = numeralToken(table)));
  const tokens: NumeralToken[] = [];
  for (const m of text.matchAll(pattern)) {
    const start = m.index;
    const numeral = LEADING_NUMBER.exec(m[0])?.[0] ?? m[0];
    tokens.push({ text: m[0], start, end: start + m[0].length, numeral });
  }
  return tokens;
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

/** How the figure's number is written in the text: `两` for 两个, otherwise the Arabic digits. */
export function writtenNumeral(figure: Pick<Figure, 'value' | 'numeral'>): string {
  return figure.numeral ?? String(figure.value);
}

export interface ValueLocation {
  /** Raw-article range of the numeral itself (`2412`). */
  numeral: TextRange;
  /** Raw-article range from the numeral to the end of the unit (`2412万元`, `1600\n余场`). */
  statement: TextRange;
  /** The statement as printed, whitespace and wraps removed: `1600余场`, `11.2万多人次`. */
  written: string;
  /** Whether 余 or 多 stands between the numeral and the end of the unit. */
  moreThan: boolean;
}

/**
 * Locates a figure's value inside its quote: the first whole numeral token equal to the value as
 * written that is followed (after whitespace, wraps and 余/多) by the unit. Returns undefined when
 * the quote does not state the value with its unit — a data error the validator reports.
 */
export function locateValue(
  article: string,
  figure: Pick<Figure, 'value' | 'numeral' | 'unit'> & { range: TextRange },
): ValueLocation | undefined {
  const numeral = writtenNumeral(figure);
  const slice = article.slice(figure.range.start, figure.range.end);
  const unitChars = [...figure.unit];
  for (const token of tokenizeNumerals(slice)) {
    if (token.numeral !== numeral) continue;
    const numeralEnd = token.start + numeral.length;
    let i = numeralEnd;
    let u = 0;
    let moreThan = false;
    while (i < slice.length && u < unitChars.length) {
      const ch = slice[i]!;
      if (ch === unitChars[u]) u += 1;
      else if (ch === '余' || ch === '多') moreThan = true;
      else if (!/\s/u.test(ch)) break;
      i += 1;
    }
    if (u < unitChars.length) continue;
    const base = figure.range.start;
    return {
      numeral: { start: base + token.start, end: base + numeralEnd },
      statement: { start: base + token.start, end: base + i },
      written: slice.slice(token.start, i).replace(/\s+/gu, ''),
      moreThan,
    };
  }
  return undefined;
}

const DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const MULTIPLIERS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/**
 * The value of a Chinese numeral below 10,000 (`两` → 2, `十四` → 14, `二十` → 20,
 * `一百零五` → 105), or undefined for anything else. Enough for the counts a report writes out.
 */
export function chineseNumeralValue(text: string): number | undefined {
  if (!text) return undefined;
  let total = 0;
  let digit: number | undefined;
  for (const ch of text) {
    if (ch in DIGITS) {
      if (DIGITS[ch] === 0 && total > 0) continue; // 零 only holds a place: 一百零五
      if (digit !== undefined) return undefined;
      digit = DIGITS[ch];
    } else if (ch in MULTIPLIERS) {
      total += (digit ?? 1) * MULTIPLIERS[ch]!;
      digit = undefined;
    } else {
      return undefined;
    }
  }
  return total + (digit ?? 0);
}
