/**
 * Chart labels wrapped at word boundaries, never inside a word. Words come from
 * `Intl.Segmenter` (granularity "word", in the label's language); a line may break only after a
 * space or between two Chinese words, so `职工` / `小家` / `1,600+` / `10` / `model-worker` stay whole,
 * an opening bracket or quote stays with the word after it and a closing one (or a comma) with the
 * word before it. Nothing is cut and nothing ends in `…`: a word wider than the column gets a line
 * of its own, and the column widens to the widest word.
 *
 * Widths are estimated per character (no canvas in tests or before fonts load); the estimate errs
 * wide, so a label drawn in the real font always fits the width it was wrapped to.
 */
export type WrapLang = 'zh' | 'en';

/** Label font size in px, shared with the bar builder. */
export const LABEL_FONT_SIZE = 12;

const OPENING = new Set('（([【《〈「『“‘');
const CLOSING = new Set('）)]】》〉」』”’，、。：；！？,.;:!?%+·');
/** CJK ideographs, kana, hangul and full-width forms (U+2E80 – U+FFEF, minus specials). */
const WIDE = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/u;
const IDEOGRAPH = /[\u3400-\u9fff\uf900-\ufaff]/u;

/** Estimated advance of one character, in ems. */
function charEm(ch: string): number {
  if (WIDE.test(ch)) return 1;
  if (ch === ' ') return 0.3;
  if (/[0-9]/.test(ch)) return 0.58;
  if (/[mwMW]/.test(ch)) return 0.9;
  if (/[A-Z]/.test(ch)) return 0.7;
  if (/[ijltf.,;:'!|()[\]]/.test(ch)) return 0.34;
  return 0.58;
}

/** Estimated width of a text in px at a font size. */
export function textWidth(text: string, fontSize = LABEL_FONT_SIZE): number {
  let em = 0;
  for (const ch of text) em += charEm(ch);
  return Math.ceil(em * fontSize);
}

/** The language to segment labels in: zh when any label has a Chinese character. */
export function labelLang(labels: readonly string[]): WrapLang {
  return labels.some((l) => IDEOGRAPH.test(l)) ? 'zh' : 'en';
}

const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(lang: WrapLang): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) {
    s = new Intl.Segmenter(lang, { granularity: 'word' });
    segmenters.set(lang, s);
  }
  return s;
}

/** May a line break between these two pieces of text? */
function canBreak(before: string, after: string): boolean {
  const last = before.at(-1) ?? '';
  const first = after[0] ?? '';
  if (OPENING.has(last) || CLOSING.has(first)) return false;
  if (/\s/.test(last)) return true;
  // Between Chinese words (or a closing bracket and a Chinese word): yes. `3523家`, `1,600+`: no.
  const endsCjk = IDEOGRAPH.test(last) || (CLOSING.has(last) && WIDE.test(last));
  const startsCjk = IDEOGRAPH.test(first) || (OPENING.has(first) && WIDE.test(first));
  return endsCjk && startsCjk;
}

/**
 * The unbreakable pieces of a label, in order; joined they give the label back exactly.
 * A piece keeps its trailing space (dropped at a line end by wrapLabel).
 */
export function labelAtoms(text: string, lang: WrapLang): string[] {
  const atoms: string[] = [];
  for (const { segment } of segmenter(lang).segment(text)) {
    const prev = atoms.at(-1);
    if (prev !== undefined && !canBreak(prev, segment)) atoms[atoms.length - 1] = prev + segment;
    else atoms.push(segment);
  }
  return atoms;
}

/** Greedy word wrap of one label to a width in px. Lines are trimmed; no piece is ever split. */
export function wrapLabel(
  text: string,
  maxWidth: number,
  lang: WrapLang,
  fontSize = LABEL_FONT_SIZE,
): string[] {
  const lines: string[] = [];
  let line = '';
  for (const atom of labelAtoms(text, lang)) {
    const candidate = line + atom;
    if (line.trim() !== '' && textWidth(candidate.trimEnd(), fontSize) > maxWidth) {
      lines.push(line.trimEnd());
      line = atom.trimStart();
    } else {
      line = candidate;
    }
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines.length > 0 ? lines : [''];
}

export interface LabelColumn {
  /** Column width in px: the longest label's, capped at `share` of the chart, never below a word. */
  width: number;
  /** Each label's lines. */
  lines: string[][];
  /** The most lines any label needs. */
  maxLines: number;
}

/**
 * A label column that adapts to its labels: as wide as the longest label up to `share` of the
 * chart width, but never narrower than the widest unbreakable word (a word is not split to fit).
 */
export function labelColumn(
  labels: readonly string[],
  chartWidth: number,
  lang: WrapLang,
  share: number,
  fontSize = LABEL_FONT_SIZE,
): LabelColumn {
  const natural = Math.max(0, ...labels.map((l) => textWidth(l, fontSize)));
  const widestWord = Math.max(
    0,
    ...labels.flatMap((l) => labelAtoms(l, lang).map((a) => textWidth(a.trim(), fontSize))),
  );
  const width = Math.max(widestWord, Math.min(natural, Math.floor(chartWidth * share)));
  const lines = labels.map((l) => wrapLabel(l, width, lang, fontSize));
  return { width, lines, maxLines: Math.max(1, ...lines.map((l) => l.length)) };
}
