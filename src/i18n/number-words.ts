/** Small whole numbers as words, for phrases like 五年来 / 'five years'. */

const ZH_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const EN_WORDS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
];

/**
 * 0–99 in Chinese numerals: 0 → '零', 5 → '五', 10 → '十', 12 → '十二', 20 → '二十', 35 → '三十五'.
 * Anything else (negative, fractional, ≥ 100) is returned as Arabic digits.
 */
export function zhNumberWord(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 99) return String(n);
  if (n < 10) return ZH_DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : ZH_DIGITS[tens]}十${ones === 0 ? '' : ZH_DIGITS[ones]}`;
}

/** 0–10 as English words ('five'); anything else as Arabic digits ('12'), as house style has it. */
export function enNumberWord(n: number): string {
  return Number.isInteger(n) && n >= 0 && n < EN_WORDS.length ? EN_WORDS[n]! : String(n);
}
