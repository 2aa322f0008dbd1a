/**
 * Turns the raw PDF extraction of the newspaper page (a report's `data/reports/<id>/article.txt`)
 * into readable blocks (title, byline, sidebar, headings, paragraphs, captions) that keep a map back to the raw text,
 * so a statistic located by its raw [start, end) range can be highlighted in the readable text.
 *
 * Structure is detected from the text, never from line numbers:
 * - A *chunk* is a run of non-blank lines. Wrapped body lines are usually separated by blank
 *   lines, photo captions are not, so captions are chunks whose last line ends with the
 *   photographer's credit (`… 刘安 摄`). A chunk that is only a credit (`马小峰 摄`) belongs to
 *   the chunk above it.
 * - A *heading* line is printed twice over: line = H + X where the letters of X (spaces ignored)
 *   are exactly twice the letters of H. H is the heading; its body text comes BEFORE it.
 * - The *title* is the first line that follows a heading in the same chunk (no blank line).
 * - The *byline* starts with `本报记者` / `本报通讯员`.
 * - A *sidebar label* is a short line of letters spaced one apart (`阅 读 提 示`). The extraction
 *   moves it away from its box, so it is kept as a block of its own.
 * - The *sidebar* (editor's summary box) is the run of paragraphs directly after the title.
 * - Every other line is body text. A body line ending in sentence-final punctuation
 *   (`。！？…`, possibly followed by a closing quote) ends its paragraph. Body paragraphs belong
 *   to the next heading after them, since headings follow their sections here (any body text
 *   after the last heading gets section null).
 *
 * Document order: title, byline, sidebar label, sidebar, then per section its heading and
 * paragraphs, then captions. Every non-blank raw character lies in exactly one block's range.
 */

export type BlockKind =
  'title' | 'byline' | 'sidebar-label' | 'sidebar' | 'heading' | 'paragraph' | 'caption';

export interface ArticleBlock {
  /** Stable: `${kind}-${n}`, numbered per kind in document order. */
  id: string;
  kind: BlockKind;
  /** Readable text: wraps removed, extraction spaces closed up, heading de-duplicated. */
  text: string;
  /** [start, end) indices in the raw article covering the whole block. */
  range: { start: number; end: number };
  /** offsets[i] is the raw index of text[i]; strictly increasing. */
  offsets: number[];
  /** Section id for headings and body paragraphs, null for everything else. */
  section: string | null;
}

export interface ArticleDocument {
  blocks: ArticleBlock[];
}

/** A raw line without its surrounding whitespace: raw.slice(start, end). */
interface Line {
  start: number;
  end: number;
  text: string;
}

type UnitKind = Exclude<BlockKind, 'paragraph' | 'sidebar'> | 'body';
interface Unit {
  kind: UnitKind;
  lines: Line[];
  /** For headings: the raw end of the real (first) copy of the heading. */
  textEnd?: number;
}

const CREDIT_END = /\s摄$/; // the photographer's credit ends every caption
const CREDIT_ONLY = /^\S{2,4}\s+摄$/; // a credit set on its own line
const BYLINE = /^本报(记者|通讯员)\s/;
const SPACED_LABEL = /^\p{Script=Han}( \p{Script=Han}){1,5}$/u; // `阅 读 提 示`
const PARAGRAPH_END = /[。！？…][”’]?$/;
const HAN = /\p{Script=Han}/u;
const DIGIT = /[0-9]/;

/**
 * Parses the raw page text (see the module comment for the rules). Pure: no I/O. `sectionIds`
 * names the sections in the order their headings appear (report.json's sections by `order`);
 * headings beyond the list get `section-${n}`.
 */
export function parseArticle(raw: string, sectionIds: readonly string[] = []): ArticleDocument {
  const units = classify(chunks(raw));

  // Body lines -> paragraphs; a non-body unit also closes the paragraph in progress.
  type Para = { kind: 'paragraph' | 'sidebar'; lines: Line[] };
  const order: (Unit | Para)[] = [];
  let open: Para | null = null;
  for (const unit of units) {
    if (unit.kind !== 'body') {
      open = null;
      order.push(unit);
      continue;
    }
    const line = unit.lines[0]!;
    if (!open) order.push((open = { kind: 'paragraph', lines: [] }));
    open.lines.push(line);
    if (PARAGRAPH_END.test(line.text)) open = null;
  }

  // The summary box sits right under the title in print, so the extraction puts it after it.
  const titleAt = order.findIndex((u) => u.kind === 'title');
  for (let i = titleAt + 1; titleAt >= 0; i++) {
    const u = order[i];
    if (u?.kind !== 'paragraph') break;
    u.kind = 'sidebar';
  }

  // Headings follow their sections: paragraphs belong to the next heading after them.
  const sections: { heading: Unit; id: string; paras: Para[] }[] = [];
  let pending: Para[] = [];
  for (const u of order) {
    if (u.kind === 'paragraph') pending.push(u);
    if (u.kind !== 'heading') continue;
    const id = sectionIds[sections.length] ?? `section-${sections.length}`;
    sections.push({ heading: u, id, paras: pending });
    pending = [];
  }

  const blocks: ArticleBlock[] = [];
  const counts = new Map<BlockKind, number>();
  const add = (kind: BlockKind, lines: Line[], section: string | null, textEnd?: number) => {
    const n = counts.get(kind) ?? 0;
    counts.set(kind, n + 1);
    blocks.push({ id: `${kind}-${n}`, kind, section, ...readable(raw, lines, textEnd) });
  };
  const ofKind = (kind: UnitKind | Para['kind']) => order.filter((u) => u.kind === kind);

  for (const kind of ['title', 'byline', 'sidebar-label', 'sidebar'] as const) {
    ofKind(kind).forEach((u) => add(kind, u.lines, null));
  }
  for (const s of sections) {
    add('heading', s.heading.lines, s.id, s.heading.textEnd);
    s.paras.forEach((p) => add('paragraph', p.lines, s.id));
  }
  pending.forEach((p) => add('paragraph', p.lines, null)); // body text after the last heading
  ofKind('caption').forEach((u) => add('caption', u.lines, null));
  return { blocks };
}

/**
 * Maps a raw [start,end) range to [from,to) indices into block.text, or null when the block does
 * not contain the whole range.
 */
export function displaySpan(
  block: ArticleBlock,
  range: { start: number; end: number },
): { from: number; to: number } | null {
  if (!contains(block.range, range)) return null;
  // Characters dropped from the text (spaces, line breaks, a heading's second copy) map nowhere,
  // so count the kept characters before each end of the range.
  const before = (at: number) => block.offsets.filter((o) => o < at).length;
  return { from: before(range.start), to: before(range.end) };
}

/**
 * The text of a raw range as the source view reads it (wraps removed, extraction spaces closed
 * up: `2.04 亿元` -> `2.04亿元`), or null when no one block holds the whole range.
 */
export function readableAt(
  doc: ArticleDocument,
  range: { start: number; end: number },
): string | null {
  const block = findBlock(doc, range);
  const span = block && displaySpan(block, range);
  return block && span ? block.text.slice(span.from, span.to) : null;
}

/** The block containing the raw range, or undefined. */
export function findBlock(
  doc: ArticleDocument,
  range: { start: number; end: number },
): ArticleBlock | undefined {
  return doc.blocks.find((b) => contains(b.range, range));
}

function contains(outer: { start: number; end: number }, inner: { start: number; end: number }) {
  return outer.start <= inner.start && inner.end <= outer.end && inner.start <= inner.end;
}

/** Runs of non-blank lines, each line trimmed; a lone credit line joins the run above it. */
function chunks(raw: string): Line[][] {
  const result: Line[][] = [];
  let current: Line[] = [];
  let at = 0;
  for (const rawLine of raw.split('\n')) {
    const start = at + rawLine.length - rawLine.trimStart().length;
    const text = rawLine.trim();
    at += rawLine.length + 1;
    if (text) {
      current.push({ start, end: start + text.length, text });
    } else if (current.length) {
      result.push(current);
      current = [];
    }
  }
  if (current.length) result.push(current);

  return result.reduce<Line[][]>((acc, chunk) => {
    const above = acc[acc.length - 1];
    if (above && chunk.length === 1 && CREDIT_ONLY.test(chunk[0]!.text)) above.push(...chunk);
    else acc.push(chunk);
    return acc;
  }, []);
}

/** One unit per caption chunk, one per other line. */
function classify(runs: Line[][]): Unit[] {
  const units: Unit[] = [];
  let titleSeen = false;
  for (const run of runs) {
    if (CREDIT_END.test(run[run.length - 1]!.text)) {
      units.push({ kind: 'caption', lines: run });
      continue;
    }
    run.forEach((line, i) => {
      const head = headingLength(line.text);
      if (head) return units.push({ kind: 'heading', lines: [line], textEnd: line.start + head });
      const afterHeading = i > 0 && headingLength(run[i - 1]!.text) > 0;
      let kind: UnitKind = 'body';
      if (afterHeading && !titleSeen) kind = 'title';
      else if (BYLINE.test(line.text)) kind = 'byline';
      else if (SPACED_LABEL.test(line.text)) kind = 'sidebar-label';
      titleSeen ||= kind === 'title';
      units.push({ kind, lines: [line] });
    });
  }
  return units;
}

/**
 * Length of the real heading at the front of a doubled heading line, 0 if it is not one.
 * `用心用情当好职工“娘家人”用心用情当好职工用心用情当好职工““娘家人娘家人””`: the letters after
 * the first third are exactly the first third's letters twice over.
 */
function headingLength(text: string): number {
  const letters = [...text.matchAll(/\S/g)];
  if (letters.length < 6 || letters.length % 3 !== 0) return 0; // headings have 2+ letters
  const k = letters.length / 3;
  const balance = new Map<string, number>();
  letters.forEach((m, i) => balance.set(m[0], (balance.get(m[0]) ?? 0) + (i < k ? 2 : -1)));
  if ([...balance.values()].some((v) => v !== 0)) return 0;
  return letters[k - 1]!.index + 1;
}

/** Joins a block's lines and closes up the extraction's spaces, keeping each char's raw index. */
function readable(raw: string, lines: Line[], textEnd?: number) {
  const chars: { ch: string; at: number }[] = [];
  for (const line of lines) {
    for (let at = line.start; at < Math.min(line.end, textEnd ?? line.end); at++) {
      chars.push({ ch: raw[at]!, at });
    }
  }
  const ch = (i: number) => chars[i]?.ch ?? '';
  // A character is *lone* when the character beyond it is a space or the block's edge.
  const isGap = (i: number) => i < 0 || i >= chars.length || ch(i) === ' ';
  const kept = chars.filter(({ ch: c }, i) => {
    if (c !== ' ') return true;
    const prev = ch(i - 1);
    const next = ch(i + 1);
    if (prev === ' ') return false; // a repeated space
    // `2018 年`, `资金 2412万元`, `11.2 万`: spaces the extraction puts around figures.
    if (DIGIT.test(prev) && (HAN.test(next) || next === '%')) return false;
    if (HAN.test(prev) && DIGIT.test(next)) return false;
    // Letter-spacing (`阅 读 提 示`, `各 级 工 会`): a lone character beside the space. The space
    // between two words (`强化政治引领 筑牢信仰之基`) and before a credit's `摄` stays.
    const credit = next === '摄' && i + 2 === chars.length;
    return !(HAN.test(prev) && HAN.test(next) && !credit && (isGap(i - 2) || isGap(i + 2)));
  });
  return {
    text: kept.map((c) => c.ch).join(''),
    range: { start: lines[0]!.start, end: lines[lines.length - 1]!.end },
    offsets: kept.map((c) => c.at),
  };
}

/** A block as the page renders it: readable text with each figure's statement marked. */
export interface ReadableBlock {
  id: string;
  kind: BlockKind;
  text: string;
  section: string | null;
  /** [from, to) indices into `text`, one per figure stated in this block, in text order. */
  marks: { from: number; to: number; figure: string }[];
}

/**
 * The readable article with figure marks resolved, computed once at build time so the page ships
 * neither the parser nor the raw-offset maps. A figure whose statement falls in no block is
 * reported (it would be a figure the source view cannot show).
 */
export function markArticle(
  raw: string,
  figures: readonly { id: string; statementRange: { start: number; end: number } }[],
  sectionIds: readonly string[] = [],
): { blocks: ReadableBlock[]; unplaced: string[] } {
  const doc = parseArticle(raw, sectionIds);
  const marks = new Map<string, ReadableBlock['marks']>();
  const unplaced: string[] = [];
  for (const f of figures) {
    const block = findBlock(doc, f.statementRange);
    const span = block && displaySpan(block, f.statementRange);
    if (!block || !span) {
      unplaced.push(f.id);
      continue;
    }
    marks.set(block.id, [...(marks.get(block.id) ?? []), { ...span, figure: f.id }]);
  }
  const blocks = doc.blocks.map((b) => ({
    id: b.id,
    kind: b.kind,
    text: b.text,
    section: b.section,
    marks: (marks.get(b.id) ?? []).sort((x, y) => x.from - y.from),
  }));
  return { blocks, unplaced };
}
