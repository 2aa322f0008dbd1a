/**
 * fast-check arbitraries shared by the unit tests; not a test itself.
 *
 * `codePointString` gives the same strings as `fc.string({ unit: 'binary' })` (any Unicode scalar
 * value: every code point but the surrogates). fast-check builds that unit from a table of all
 * 1.1 million code points, with a reverse map made on first use: seconds of CPU in every worker
 * that uses it, more than the properties themselves. An integer mapped to a code point costs
 * nothing up front and is biased the same way (small values and the ends of the range first).
 */
import fc from 'fast-check';

const SURROGATES = 0x800; // U+D800..U+DFFF
const LAST = 0x10ffff - SURROGATES;

/** One Unicode scalar value, as a string of one or two UTF-16 code units. */
export const codePoint: fc.Arbitrary<string> = fc.integer({ min: 0, max: LAST }).map(
  (n) => String.fromCodePoint(n < 0xd800 ? n : n + SURROGATES),
  (value) => {
    if (typeof value !== 'string') throw new Error('not a string');
    const cp = value.codePointAt(0);
    if (cp === undefined || String.fromCodePoint(cp) !== value || (cp >= 0xd800 && cp <= 0xdfff))
      throw new Error('not one scalar value');
    return cp < 0xd800 ? cp : cp - SURROGATES;
  },
);

/** Strings of any Unicode scalar values (what `fc.string({ unit: 'binary' })` gives). */
export const codePointString = (constraints: { maxLength?: number } = {}) =>
  fc.string({ unit: codePoint, ...constraints });
