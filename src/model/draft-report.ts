/**
 * Drafts a new report's data from its article text (`npm run new-report`): one record for every
 * numeral the tokenizer finds, so coverage starts complete and curation is filling in, not
 * hunting. A numeral followed by a unit becomes a draft figure (value, unit, qualifier, quote and
 * range filled; label, theme, period, indicator, entity, section left as drafts); a date or a
 * numeral without a unit becomes a draft exclusion. `validate-data` rejects every draft.
 */
import type { UnitsTable } from './units.ts';
import {
  locateQuote,
  locateValue,
  readAt,
  textAt,
  tokenizeNumerals,
  type NumeralToken,
  type ValueLocation,
} from './numerals.ts';
import type { Exclusion, Figure, ReportMeta } from './types.ts';

export const DRAFT = 'DRAFT';
const draftText = { zh: DRAFT, en: DRAFT };
/** Fields a draft figure leaves for the curator. */
export const FIGURE_DRAFT_FIELDS = ['label', 'theme', 'period', 'indicator', 'entity', 'section'];

/** Where a sentence ends: a quote never crosses one, nor a blank line or a page element. */
const SENTENCE_END = /[。！？!?；;]/u;
/** Where a clause ends: a quote starts after the last one before its numeral. */
const CLAUSE_BREAK = /[，,。；;：:！!？?、（）()“”"《》<>【】[\]|]/u;
const MAX_LEAD = 16;
const MAX_TAIL = 16;

/**
 * Whether a blank line ends a paragraph. A PDF extraction that double-spaces every wrapped line
 * (the seed article) has blank lines inside sentences; there only a sentence end or a short line
 * (a heading, a caption, a page element) before the break ends a paragraph.
 */
function blankLinesBreak(article: string): boolean {
  const lines = article.split('\n');
  const blank = lines.filter((l) => l.trim() === '').length;
  return blank < lines.length * 0.35;
}

/**
 * Whether the line break at `nl` (a `\n`, possibly among blank lines) ends a paragraph: a blank
 * line (unless the article double-spaces), or a previous line that ends a sentence or is short.
 */
function isParagraphBreak(article: string, nl: number, blankBreaks: boolean): boolean {
  let a = nl;
  while (a > 0 && /\s/u.test(article[a - 1]!)) a -= 1;
  let b = nl;
  while (b < article.length && /\s/u.test(article[b]!)) b += 1;
  const gap = article.slice(a, b);
  if (blankBreaks && /\n[^\S\n]*\n/u.test(gap)) return true;
  const lineStart = article.lastIndexOf('\n', a - 1) + 1;
  const line = article.slice(lineStart, a).trim();
  return line.length === 0 || SENTENCE_END.test(line.at(-1)!) || [...line].length < 12;
}

/**
 * Where a quote should start: after the last clause break before `at`, at most 16 letters back
 * (spaces do not count), never across a paragraph break, never inside a Latin word (a stray
 * pinyin annotation), so the quote names what is counted and stays inside one sentence.
 */
export function quoteStart(
  article: string,
  at: number,
  blankBreaks = blankLinesBreak(article),
): number {
  let start = at;
  let letters = 0;
  while (start > 0 && letters < MAX_LEAD) {
    const ch = article[start - 1]!;
    // A thousands separator (1,200) is no clause break: a quote never starts inside a number.
    const separator =
      /[,，.．]/u.test(ch) &&
      /\p{Nd}/u.test(article[start - 2] ?? '') &&
      /\p{Nd}/u.test(article[start] ?? '');
    if (!separator && (CLAUSE_BREAK.test(ch) || SENTENCE_END.test(ch))) break;
    if (ch === '\n' && isParagraphBreak(article, start - 1, blankBreaks)) break;
    start -= 1;
    if (!/\s/u.test(ch)) letters += 1;
  }
  while (start < at && /\s/u.test(article[start]!)) start += 1;
  // Never start inside a number (the 16-letter limit may fall in one) or a Latin word (pinyin).
  while (
    start < at &&
    /[\p{Nd},，.．]/u.test(article[start]!) &&
    /[\p{Nd},，.．]/u.test(article[start - 1] ?? '')
  )
    start += 1;
  while (start < at && /[\p{Script=Latin}\p{M}]/u.test(article[start]!)) start += 1;
  while (start < at && /[\s)）]/u.test(article[start]!)) start += 1;
  return start;
}

/**
 * Where a quote should end: on past the unit to the words that say what is counted, up to the
 * next clause break, at most 16 letters on; never across a sentence end or a paragraph break.
 */
export function quoteEnd(
  article: string,
  from: number,
  blankBreaks = blankLinesBreak(article),
): number {
  let end = from;
  let letters = 0;
  while (end < article.length && letters < MAX_TAIL) {
    const ch = article[end]!;
    if (CLAUSE_BREAK.test(ch) || SENTENCE_END.test(ch) || /\p{Nd}/u.test(ch)) break;
    if (ch === '\n' && isParagraphBreak(article, end, blankBreaks)) break;
    end += 1;
    if (!/\s/u.test(ch)) letters += 1;
  }
  while (end > from && /\s/u.test(article[end - 1]!)) end -= 1;
  return end;
}

/** Traditional-character text (Taiwan, Hong Kong): where `114年` is a year of the ROC calendar. */
function isTraditional(article: string): boolean {
  return (article.match(/[們個這會萬與為區發臺灣來對說時過還們]/gu) ?? []).length >= 3;
}

/**
 * Why a numeral is a date, a year, an ordinal or no number at all, or undefined when it may be a
 * statistic: `2023年`, `二〇二三年`, `12月`, `11日`, `2025年度`, `第3名`, `第十三师`, `民国112年`,
 * `114年度` (Taiwanese text), `2023.12.14`, `09:05:01`, `03月`, `星期一`, `010-68232149`.
 */
function notAFigure(
  article: string,
  token: NumeralToken,
  traditional: boolean,
): { category: Exclusion['category']; reason: string } | undefined {
  const r = token.reading;
  if (token.kind === 'date')
    return {
      category: 'date',
      reason: /[:：]/u.test(token.numeral) ? 'a time of day' : 'a date written with digits',
    };
  if (token.kind === 'vague')
    return {
      category: 'not-a-statistic',
      reason: `a vague amount ("${article.slice(token.start - 1, token.end)}"): no number`,
    };
  if (token.kind === 'other') return { category: 'not-a-statistic', reason: 'a sign, not a count' };
  if (!r) return undefined;
  const before = article.slice(Math.max(0, token.start - 3), token.start).replace(/\s+/gu, '');
  const after = article.slice(token.end, token.end + 6).replace(/\s+/gu, '');
  if (/[第第]$/u.test(before)) return { category: 'ordinal', reason: 'an ordinal (第…)' };
  // 星期一, 礼拜三, 周五: a day of the week (but 每周一次 counts: a measure word follows).
  if (
    /(?:星期|礼拜|禮拜|周|週)$/u.test(before) &&
    /^[一二三四五六]$/u.test(token.numeral) &&
    !/^[次回遍个個天场場期]/u.test(after)
  )
    return { category: 'date', reason: 'a day of the week' };
  const whole = r.valueTo === undefined && Number.isInteger(r.value);
  // A month or day may be written with a leading zero (2025年03月31日): not a code.
  const month = /^月/u.test(after) && whole && r.value >= 1 && r.value <= 12;
  const day = /^[日号號]/u.test(after) && whole && r.value >= 1 && r.value <= 31;
  if (
    !month &&
    !day &&
    (/^[-－]\p{Nd}/u.test(after) || /\p{Nd}[-－]$/u.test(before) || /^0\p{Nd}/u.test(token.numeral))
  )
    return { category: 'not-a-statistic', reason: 'part of a code or telephone number' };
  // 十多年来, 五年来, 三年间: a span of time the article looks back over, not a count.
  if (/^[多余]?年(?:来|來|以来|以來|间|間)/u.test(after))
    return { category: 'period', reason: 'a span of time (…年来), not a count' };
  if (/^年/u.test(after) || /^年度/u.test(after)) {
    const roc = /(?:民国|民國)$/u.test(before);
    if (
      roc ||
      (traditional &&
        whole &&
        r.value >= 1 &&
        r.value <= 150 &&
        !/^年(?:来|來|間|间|以|多|前|后|後|内|內)/u.test(after))
    )
      return {
        category: 'date',
        reason: `a year of the ROC calendar: ${r.value} = ${r.value + 1911}`,
      };
    if (whole && r.value >= 1900 && r.value <= 2100)
      return { category: 'date', reason: `the year ${r.value}` };
    if (/^年度/u.test(after)) return { category: 'date', reason: `a year (${r.value}年度)` };
    if (r.valueTo !== undefined && r.value >= 1900 && r.value <= 2100)
      return { category: 'date', reason: `the years ${r.value}–${r.valueTo}` };
  }
  if (month) return { category: 'date', reason: 'a month' };
  if (day) return { category: 'date', reason: 'a day of the month' };
  return undefined;
}

export interface DraftedReport {
  report: ReportMeta;
  figures: Figure[];
  exclusions: Exclusion[];
}

export function draftReport(
  article: string,
  id: string,
  options: {
    date: string;
    sha256: string;
    /** data/units.json: the units looked for after a numeral. */
    units: UnitsTable;
    /** Numerals (by start offset) that records already claim: not drafted again (--update). */
    claimed?: ReadonlySet<number>;
    /** The id of the first draft figure is draft-<firstId>. */
    firstId?: number;
  },
): DraftedReport {
  const table = options.units;
  // Longest first, so 万人次 wins over 人次 and 人.
  const UNITS = Object.keys(table.written).sort((a, b) => b.length - a.length);
  const traditional = isTraditional(article);
  const blankBreaks = blankLinesBreak(article);
  const figures: Figure[] = [];
  const exclusions: Exclusion[] = [];
  const firstId = options.firstId ?? 1;
  for (const token of tokenizeNumerals(article)) {
    if (options.claimed?.has(token.start)) continue;
    const exclude = (category: Exclusion['category'], reason: string) =>
      exclusions.push({
        text: textAt(article, { start: token.start, end: token.end }),
        range: { start: token.start, end: token.end },
        category,
        reason: `${DRAFT}: ${reason}`,
        draft: true,
      });
    const why = notAFigure(article, token, traditional);
    if (why) {
      exclude(why.category, why.reason);
      continue;
    }
    let loc: ValueLocation | undefined;
    let unit: string | undefined;
    for (const u of token.reading ? UNITS : []) {
      const at = readAt(article, token.start, u);
      if (!at || at.statement.start !== token.start) continue;
      // The unit must follow on the same line as the number, or on a line wrap of the same text.
      const nl = article.slice(at.numeral.end, at.statement.end).indexOf('\n');
      if (nl >= 0 && isParagraphBreak(article, at.numeral.end + nl, blankBreaks)) continue;
      loc = at;
      unit = u;
      break;
    }
    if (!loc || !unit) {
      exclude(
        'not-a-statistic',
        token.reading
          ? 'no unit follows; say why it is not a statistic'
          : 'no number the reader can read; say why it is not a statistic',
      );
      continue;
    }
    const from = quoteStart(article, token.start, blankBreaks);
    const range = { start: from, end: quoteEnd(article, loc.statement.end, blankBreaks) };
    const bases = table.written[unit]!.base;
    const numeral = article.slice(loc.numeral.start, loc.numeral.end).replace(/\s+/gu, '');
    const { value, valueTo } = loc.reading;
    figures.push({
      id: `draft-${String(firstId + figures.length).padStart(3, '0')}`,
      value,
      ...(valueTo !== undefined ? { valueTo } : {}),
      ...(numeral !== String(value) ? { numeral } : {}),
      unit,
      qualifier: loc.qualifier,
      quote: textAt(article, range),
      range,
      base: { unit: bases[0]! },
      label: draftText,
      theme: 'draft',
      period: { kind: 'unspecified' },
      indicator: 'draft',
      entity: 'draft',
      section: 'draft',
      draft: bases.length > 1 ? [...FIGURE_DRAFT_FIELDS, 'base.unit'] : FIGURE_DRAFT_FIELDS,
    });
  }
  const report: ReportMeta = {
    id,
    // The numeral reader drafts from Chinese text only.
    language: 'zh',
    title: DRAFT,
    englishTitle: DRAFT,
    byline: draftText,
    outlet: draftText,
    date: options.date,
    sha256: options.sha256,
    sections: [{ id: 'draft', heading: draftText, order: 1 }],
    headlineFigures: [],
    summary: draftText,
    sourceLine: draftText,
    draft: [
      'title',
      'englishTitle',
      'byline',
      'outlet',
      'date',
      'sections',
      'summary',
      'sourceLine',
    ],
  };
  return { report, figures, exclusions };
}

/** What `new-report --update` adds to a report, and what it found but left alone. */
export interface DraftUpdate {
  /** The records as they were, untouched, then the new drafts. */
  figures: unknown[];
  exclusions: unknown[];
  added: { figures: number; exclusions: number };
  /** Curated figures whose quote or range no longer fits the article: reported, never changed. */
  stale: string[];
}

type Loose = Record<string, unknown>;
const isRange = (r: unknown): r is { start: number; end: number } =>
  typeof r === 'object' &&
  r !== null &&
  Number.isInteger((r as Loose).start) &&
  Number.isInteger((r as Loose).end);

/**
 * Drafts the numerals of `article` that no record claims yet (`npm run new-report -- --update
 * <id>`). Existing records are kept exactly as they are (even a broken one); a figure whose quote
 * is no longer at its range, or no longer states its value, is listed in `stale`.
 */
export function updateDraft(
  article: string,
  existing: { figures: unknown[]; exclusions: unknown[] },
  options: { units: UnitsTable },
): DraftUpdate {
  const claimed = new Set<number>();
  const stale: string[] = [];
  const tokens = tokenizeNumerals(article);
  for (const e of existing.exclusions as Loose[]) {
    if (!isRange(e?.range)) continue;
    const { start, end } = e.range;
    for (const t of tokens) if (start <= t.start && t.end <= end) claimed.add(t.start);
  }
  let maxDraft = 0;
  for (const f of existing.figures as Loose[]) {
    const id = String(f?.id ?? '(no id)');
    const n = /^draft-(\d+)$/u.exec(id);
    if (n) maxDraft = Math.max(maxDraft, Number(n[1]));
    const fits =
      isRange(f?.range) &&
      f.range.end <= article.length &&
      textAt(article, f.range) === f.quote &&
      typeof f.value === 'number' &&
      typeof f.unit === 'string';
    const loc = fits
      ? locateValue(article, f as unknown as Parameters<typeof locateValue>[1])
      : undefined;
    if (loc) {
      claimed.add(loc.numeral.start);
      continue;
    }
    // Where the quote is now, if it is still in the article: said, and its numeral not drafted twice.
    const now = typeof f?.quote === 'string' ? locateQuote(article, f.quote) : [];
    const moved = now.length === 1 ? { ...(f as Loose), range: now[0] } : undefined;
    const there =
      moved && locateValue(article, moved as unknown as Parameters<typeof locateValue>[1]);
    if (there) claimed.add(there.numeral.start);
    stale.push(
      there
        ? `figure "${id}": its quote is now at ${now[0]!.start}..${now[0]!.end}, not at its range; fix "range" by hand`
        : `figure "${id}": its quote is not at its range or no longer states its value; fix it by hand`,
    );
  }
  const drafted = draftReport(article, 'update', {
    date: '1970-01-01',
    sha256: '',
    units: options.units,
    claimed,
    firstId: maxDraft + 1,
  });
  return {
    figures: [...existing.figures, ...drafted.figures],
    exclusions: [...existing.exclusions, ...drafted.exclusions],
    added: { figures: drafted.figures.length, exclusions: drafted.exclusions.length },
    stale,
  };
}
