/**
 * The one line breaker: chart labels, indicator-chart text and the captions baked into exported
 * images all wrap here. Pure: the caller injects the text measure (an estimate per character for
 * labels, which must lay out before fonts load and in tests; canvas `measureText` with the real
 * font for export captions), so tests run it with any metric.
 *
 * Rules, one table for every caller:
 * - Words come from `Intl.Segmenter` (granularity 'word'). Latin words and numbers (`1,600+`,
 *   `model-worker`) are never split; a line breaks at a space.
 * - Chinese breaks between words (`cjk: 'word'`: 职工 / 小家 stay whole, for chart labels) or
 *   between any two characters (`cjk: 'char'`: export captions, which must fill their width).
 * - Opening brackets and quotes stay with what follows them, closing ones and punctuation with
 *   what precedes them: no line starts with `)`, `，` or `”` or ends with `(` or `“`.
 * - A piece wider than the line gets a line of its own (`overflow: 'keep'`: labels, whose column
 *   then widens) or, as a last resort, is cut by characters (`overflow: 'cut'`: fixed-width images).
 */
import { localeOf, type Lang } from '../i18n/locales';
import { perTag } from '../i18n/locale';

/** The width of a text in px, as it will be drawn (the injected measure). */
export type TextWidth = (text: string) => number;
/** The width of a text in px in a CSS font (`bold 15px …`): canvas `measureText`, for exports. */
export type FontMeasure = (text: string, font: string) => number;

export interface BreakOptions {
  measure: TextWidth;
  /** Where Chinese may break: between words, or between any two characters. */
  cjk: 'word' | 'char';
  /** What happens to a piece wider than the line: its own line, or cut by characters. */
  overflow: 'keep' | 'cut';
  /** The segmenter's language (ICU's word breaks for these scripts do not depend on it). */
  lang?: Lang;
}

/** Label font size in px, shared with the bar builder. */
export const LABEL_FONT_SIZE = 12;

/** CJK ideographs, kana, hangul and full-width forms and punctuation (U+2E80 – U+FFEF, less specials). */
const CJK = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/u;
const OPENING = new Set('([{（［｛【《〈「『〔“‘');

/** Estimated advance of one character, in ems; the estimate errs wide, so real text fits. */
function charEm(ch: string): number {
  if (CJK.test(ch)) return 1;
  if (ch === ' ') return 0.3;
  if (/[0-9]/.test(ch)) return 0.58;
  if (/[mwMW]/.test(ch)) return 0.9;
  if (/[A-Z]/.test(ch)) return 0.7;
  if (/[ijltf.,;:'!|()[\]]/.test(ch)) return 0.34;
  return 0.58;
}

/** Estimated width of a text in px at a font size (no canvas: tests, layout before fonts load). */
export function estimateWidth(text: string, fontSize = LABEL_FONT_SIZE): number {
  let em = 0;
  for (const ch of text) em += charEm(ch);
  return Math.ceil(em * fontSize);
}

/** The estimate as an injectable measure. */
export const estimated =
  (fontSize = LABEL_FONT_SIZE): TextWidth =>
  (text) =>
    estimateWidth(text, fontSize);

interface Piece {
  text: string;
  /** A space separates this piece from the previous one (dropped at a line break). */
  spaceBefore: boolean;
}

const isCjk = (ch: string | undefined) => ch !== undefined && CJK.test(ch);

const wordSegmenter = perTag((tag) => new Intl.Segmenter(tag, { granularity: 'word' }));
function segmenter(lang: Lang | undefined): Intl.Segmenter {
  return wordSegmenter(lang === undefined ? 'und' : localeOf(lang).tag);
}

/** Words and punctuation, with brackets and punctuation glued to their word. */
function atoms(text: string, cjk: BreakOptions['cjk'], lang: Lang | undefined): Piece[] {
  const units: string[] = [];
  for (const { segment, isWordLike } of segmenter(lang).segment(text)) {
    if (isWordLike && cjk === 'char' && [...segment].every(isCjk)) units.push(...segment);
    else if (!isWordLike && /^\s+$/.test(segment)) units.push(' ');
    else if (!isWordLike) units.push(...segment);
    else units.push(segment);
  }
  const out: Piece[] = [];
  let space = false;
  let prefix = '';
  for (const unit of units) {
    if (unit === ' ') {
      space = out.length > 0 || prefix !== '';
      continue;
    }
    const word = /[\p{L}\p{N}]/u.test(unit);
    if (!word && OPENING.has(unit)) {
      if (prefix === '') {
        out.push({ text: '', spaceBefore: space });
        space = false;
      }
      prefix += unit;
      continue;
    }
    const last = out[out.length - 1];
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
    out.push({ text: unit, spaceBefore: space });
    space = false;
  }
  if (prefix !== '') {
    const last = out[out.length - 1];
    if (last && last.text === '') last.text = prefix;
    else out.push({ text: prefix, spaceBefore: space });
  }
  return out.filter((a) => a.text !== '');
}

/**
 * May a line break between two atoms? At a space; and at a Chinese boundary: between two Chinese
 * words (`word`: `3523家` and `工会2023年` stay whole), or beside any Chinese character (`char`).
 */
function canBreak(prev: string, next: Piece, cjk: BreakOptions['cjk']): boolean {
  if (next.spaceBefore) return true;
  const end = isCjk([...prev].at(-1));
  const start = isCjk([...next.text][0]);
  return cjk === 'word' ? end && start : end || start;
}

function pieces(text: string, cjk: BreakOptions['cjk'], lang: Lang | undefined): Piece[] {
  const out: Piece[] = [];
  for (const atom of atoms(text, cjk, lang)) {
    const last = out[out.length - 1];
    if (last && !canBreak(last.text, atom, cjk)) last.text += atom.text;
    else out.push({ ...atom });
  }
  return out;
}

/** The unbreakable pieces of a text, in order (a line may break only between two of them). */
export function unbreakable(text: string, opts: Pick<BreakOptions, 'cjk' | 'lang'>): string[] {
  return pieces(text, opts.cjk, opts.lang).map((p) => p.text);
}

/** Greedy line breaking of `text` to `maxWidth` (as measured). Lines never start or end in a space. */
export function breakLines(text: string, maxWidth: number, opts: BreakOptions): string[] {
  const { measure } = opts;
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces(text, opts.cjk, opts.lang)) {
    const candidate =
      line === '' ? piece.text : `${line}${piece.spaceBefore ? ' ' : ''}${piece.text}`;
    if (measure(candidate) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line !== '') lines.push(line);
    if (opts.overflow === 'keep' || measure(piece.text) <= maxWidth) {
      line = piece.text;
      continue;
    }
    // Last resort: one word wider than the whole line.
    line = '';
    for (const ch of piece.text) {
      if (line !== '' && measure(line + ch) > maxWidth) {
        lines.push(line);
        line = '';
      }
      line += ch;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/**
 * A chart label wrapped between words at an estimated width: nothing is cut and nothing ends in
 * `…`; a word wider than the column gets a line of its own. Always at least one line.
 */
export function wrapLabel(
  text: string,
  maxWidth: number,
  fontSize = LABEL_FONT_SIZE,
  lang?: Lang,
): string[] {
  const lines = breakLines(text, maxWidth, {
    measure: estimated(fontSize),
    cjk: 'word',
    overflow: 'keep',
    ...(lang !== undefined ? { lang } : {}),
  });
  return lines.length > 0 ? lines : [''];
}

/** Text baked into an exported image, measured in the font that draws it (`measure(text, font)`). */
export function wrapCaption(
  text: string,
  maxWidth: number,
  font: string,
  measure: FontMeasure,
  lang: Lang,
): string[] {
  return breakLines(text, maxWidth, {
    measure: (t) => measure(t, font),
    cjk: 'char',
    overflow: 'cut',
    lang,
  });
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
  share: number,
  fontSize = LABEL_FONT_SIZE,
): LabelColumn {
  const natural = Math.max(0, ...labels.map((l) => estimateWidth(l, fontSize)));
  const widestWord = Math.max(
    0,
    ...labels.flatMap((l) =>
      unbreakable(l, { cjk: 'word' }).map((a) => estimateWidth(a, fontSize)),
    ),
  );
  const width = Math.max(widestWord, Math.min(natural, Math.floor(chartWidth * share)));
  const lines = labels.map((l) => wrapLabel(l, width, fontSize));
  return { width, lines, maxLines: Math.max(1, ...lines.map((l) => l.length)) };
}
