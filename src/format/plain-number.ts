/**
 * Decimal strings without float noise, exponent notation or grouping: the one place where a
 * double becomes digits. Every other formatter builds on these.
 */

/** Magnitude from which rounding to 10 significant digits would cut into the integer part. */
const WHOLE_FROM = 1e10;

/**
 * Rounds away binary float noise: at most 10 significant digits (0.1 + 0.2 → 0.3,
 * 1915.8 × 1e4 → 19158000), but never coarser than whole units, so a large integer is kept
 * exactly. -0 becomes 0. NaN and ±Infinity are returned unchanged.
 */
export function tidy(value: number): number {
  if (!Number.isFinite(value)) return value;
  const rounded = Math.abs(value) >= WHOLE_FROM ? Math.round(value) : Number(value.toPrecision(10));
  return rounded === 0 ? 0 : rounded;
}

/**
 * The value as plain decimal digits for the CSV "normalised" column: 24120000 → '24120000',
 * 0.1 + 0.2 → '0.3', 1.5e-7 → '0.00000015', 1e21 → '1000000000000000000000'.
 * Rounded by {@link tidy} (≤ 10 significant digits, integers whole); no grouping, no exponent,
 * '-' for negatives, never '-0'. NaN and ±Infinity give '' (an empty cell, not 'NaN').
 * `Number(plainNumber(x)) === x` for every x with at most 10 significant digits.
 */
export function plainNumber(value: number): string {
  const v = tidy(value);
  if (!Number.isFinite(v)) return '';
  return expandExponent(String(v));
}

/** '1.5e-7' → '0.00000015', '1e+21' → '1000000000000000000000'; other strings unchanged. */
function expandExponent(s: string): string {
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  if (!m) return s;
  const [, sign = '', lead = '', frac = '', exp = '0'] = m;
  const digits = lead + frac;
  const point = 1 + Number(exp); // digits before the decimal point
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return sign + digits.padEnd(point, '0');
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}
