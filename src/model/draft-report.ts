/**
 * Drafts a new report's data from its article text (`npm run new-report`): one record for every
 * numeral the tokenizer finds, so coverage starts complete and curation is filling in, not
 * hunting. A numeral followed by a unit becomes a draft figure (value, unit, qualifier, quote and
 * range filled; label, theme, period, indicator, entity, section left as drafts); a date or a
 * numeral without a unit becomes a draft exclusion. `validate-data` rejects every draft.
 */
import { units as installedUnits, type UnitsTable } from './units.ts';
import { chineseNumeralValue, locateValue, textAt, tokenizeNumerals } from './numerals.ts';
import type { Exclusion, Figure, ReportMeta } from './types.ts';

export const DRAFT = 'DRAFT';
const draftText = { zh: DRAFT, en: DRAFT };
/** Fields a draft figure leaves for the curator. */
export const FIGURE_DRAFT_FIELDS = ['label', 'theme', 'period', 'indicator', 'entity', 'section'];

const CLAUSE_BREAK = /[，。；：！？、（）“”《》]/u;
const MAX_LEAD = 16;

/**
 * Where a quote should start: after the last clause break before `at`, at most 16 letters back
 * (line wraps and spaces do not count), so the quote names what is counted.
 */
function quoteStart(article: string, at: number): number {
  let start = at;
  let letters = 0;
  while (start > 0 && letters < MAX_LEAD) {
    const ch = article[start - 1]!;
    if (CLAUSE_BREAK.test(ch)) break;
    start -= 1;
    if (!/\s/u.test(ch)) letters += 1;
  }
  while (start < at && /\s/u.test(article[start]!)) start += 1;
  return start;
}

function isDate(article: string, end: number, numeral: string): boolean {
  const next = article.slice(end).replace(/^\s+/u, '')[0];
  const n = Number(numeral);
  return (
    (next === '年' && /^\d{4}$/.test(numeral)) ||
    (next === '月' && n >= 1 && n <= 12) ||
    (next === '日' && n >= 1 && n <= 31)
  );
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
    /** data/units.json (default: the installed table): the units looked for after a numeral. */
    units?: UnitsTable;
  },
): DraftedReport {
  const table = options.units ?? installedUnits();
  // Longest first, so 万人次 wins over 人次 and 人.
  const UNITS = Object.keys(table.written).sort((a, b) => b.length - a.length);
  const figures: Figure[] = [];
  const exclusions: Exclusion[] = [];
  for (const token of tokenizeNumerals(article, table)) {
    const arabic = /^\d/.test(token.numeral);
    const value = arabic ? Number(token.numeral) : chineseNumeralValue(token.numeral);
    const numeralEnd = token.start + token.numeral.length;
    const exclude = (category: Exclusion['category'], reason: string) =>
      exclusions.push({
        text: textAt(article, { start: token.start, end: token.end }),
        range: { start: token.start, end: token.end },
        category,
        reason,
        draft: true,
      });
    if (arabic && isDate(article, numeralEnd, token.numeral)) {
      exclude('date', `${DRAFT}: part of a date`);
      continue;
    }
    const start = quoteStart(article, token.start);
    let drafted = false;
    for (const unit of value === undefined ? [] : UNITS) {
      const probe = {
        value: value!,
        ...(arabic ? {} : { numeral: token.numeral }),
        unit,
        range: { start: token.start, end: Math.min(article.length, token.end + 12) },
      };
      const loc = locateValue(article, probe);
      if (!loc || loc.numeral.start !== token.start) continue;
      const range = { start, end: loc.statement.end };
      const bases = table.written[unit]!.base;
      figures.push({
        id: `draft-${String(figures.length + 1).padStart(3, '0')}`,
        value: value!,
        ...(arabic ? {} : { numeral: token.numeral }),
        unit,
        qualifier: loc.moreThan ? 'more_than' : 'exact',
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
      drafted = true;
      break;
    }
    if (!drafted)
      exclude('not-a-statistic', `${DRAFT}: no unit follows; say why it is not a statistic`);
  }
  const report: ReportMeta = {
    id,
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
