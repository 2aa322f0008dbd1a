/**
 * Line breaking for text baked into exported images. Pure: the caller injects `measure` (in the
 * browser, canvas measureText with the font that will draw the text), so tests can run it with
 * any metric.
 *
 * Rules: Chinese may break between any two characters; other text breaks only at spaces, never
 * inside a word (words come from Intl.Segmenter, granularity 'word'). Opening brackets and quotes
 * stay with what follows them, closing ones and punctuation with what precedes them, so a line
 * never starts with `)`, `，` or `”` and never ends with `(` or `“`.
 */
import { localeOf, type Lang } from '../i18n/locales';

export type Measure = (text: string, font: string) => number;

/** CJK ideographs, kana and full-width punctuation: a line may break before or after these. */
const CJK = /[\u2e80-\u2fff\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/;
const OPENING = new Set('([{（［｛《〈「『【〔“‘'.split(''));

interface Atom {
  text: string;
  /** A space separates this atom from the previous one (and is dropped at a line break). */
  spaceBefore: boolean;
}

function isCjk(ch: string | undefined): boolean {
  return ch !== undefined && CJK.test(ch);
}

/** Splits text into unbreakable atoms with brackets and punctuation glued on. */
export function atomsOf(text: string, lang: Lang): Atom[] {
  const segmenter = new Intl.Segmenter(localeOf(lang).tag, { granularity: 'word' });
  const units: string[] = [];
  for (const { segment, isWordLike } of segmenter.segment(text)) {
    // Chinese words may be split between characters; Latin words and numbers never.
    if (isWordLike && [...segment].every(isCjk)) units.push(...segment);
    else if (!isWordLike && /^\s+$/.test(segment)) units.push(' ');
    else if (!isWordLike) units.push(...segment);
    else units.push(segment);
  }
  const atoms: Atom[] = [];
  let space = false;
  let prefix = '';
  for (const unit of units) {
    if (unit === ' ') {
      space = atoms.length > 0 || prefix !== '';
      continue;
    }
    const word = /[\p{L}\p{N}]/u.test(unit);
    if (!word && OPENING.has(unit)) {
      if (prefix === '') {
        atoms.push({ text: '', spaceBefore: space });
        space = false;
      }
      prefix += unit;
      continue;
    }
    const last = atoms[atoms.length - 1];
    if (!word && prefix === '' && last && !space) {
      // Closing bracket, comma, full stop, `+`…: stays with what precedes it.
      last.text += unit;
      continue;
    }
    if (prefix !== '' && last && last.text === '') {
      last.text = prefix + unit;
      prefix = '';
      space = false;
      continue;
    }
    atoms.push({ text: unit, spaceBefore: space });
    space = false;
  }
  if (prefix !== '') {
    const last = atoms[atoms.length - 1];
    if (last && last.text === '') last.text = prefix;
    else atoms.push({ text: prefix, spaceBefore: space });
  }
  return atoms.filter((a) => a.text !== '');
}

/** Whether a line may break between two atoms. */
function canBreak(prev: Atom, next: Atom): boolean {
  if (next.spaceBefore) return true;
  const a = [...prev.text];
  return isCjk(a[a.length - 1]) || isCjk([...next.text][0]);
}

/**
 * Wraps `text` into lines no wider than `maxWidth` (as measured). A single word wider than the
 * whole line is the only thing ever cut, by characters, as a last resort.
 */
export function wrapText(
  text: string,
  maxWidth: number,
  font: string,
  measure: Measure,
  lang: Lang,
): string[] {
  const atoms = atomsOf(text, lang);
  // Group atoms that may not be separated into chunks; lines break only between chunks.
  const chunks: Atom[] = [];
  for (const atom of atoms) {
    const last = chunks[chunks.length - 1];
    const prevAtom = last && { text: last.text, spaceBefore: false };
    if (last && prevAtom && !canBreak(prevAtom, atom))
      last.text += (atom.spaceBefore ? ' ' : '') + atom.text;
    else chunks.push({ ...atom });
  }
  const lines: string[] = [];
  let line = '';
  for (const chunk of chunks) {
    const candidate = line === '' ? chunk.text : line + (chunk.spaceBefore ? ' ' : '') + chunk.text;
    if (measure(candidate, font) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line !== '') lines.push(line);
    if (measure(chunk.text, font) <= maxWidth) {
      line = chunk.text;
      continue;
    }
    // Last resort: one word wider than the line.
    line = '';
    for (const ch of chunk.text) {
      if (line !== '' && measure(line + ch, font) > maxWidth) {
        lines.push(line);
        line = '';
      }
      line += ch;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}
