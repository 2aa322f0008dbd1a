/**
 * A locale is data: one object per language with its UI strings, punctuation, number and date
 * rules, fonts and how it reads the data's `{zh, en}` texts. Code asks the locale (`localeOf(lang)`)
 * and never compares language ids; adding a language is a module in ./locales/ and its data.
 */
import type { MessageKey } from './locales/zh';

export type { MessageKey };
/** A locale's id, as the `lang` URL parameter writes it ('zh', 'en'). */
export type LocaleId = string;

/** A date-fns `lightFormat` pattern ('MMMM' is the locale's month name). */
type DatePattern = string;

/** How one kind of date range is written: `from` (null: the full single date) + sep + `to`. */
export interface RangePattern {
  from: DatePattern | null;
  sep: string;
  to: DatePattern;
}

/** How one qualifier reads: words around the number, what it means, how a bar shows it. */
export interface QualifierWord {
  before?: string;
  after?: string;
  /** What the article's word means for the true number (a footnote under the panel and image). */
  note: string;
  /** How a drawn bar shows it ('Dotted bars'), put before the note under a chart. */
  mark: string;
}

/** Words for each qualifier but exact and more_than (which uses `moreThan` and the stripes). */
export interface QualifierWords {
  nearly: QualifierWord;
  about: QualifierWord;
  less_than: QualifierWord;
  at_least: QualifierWord;
  range: Omit<QualifierWord, 'before' | 'after'>;
  /** Between a range's bounds: 至 / – . */
  rangeMark: string;
}

export interface Locale {
  id: LocaleId;
  /** BCP-47 tag for `lang` attributes and Intl (collator, segmenter, number format). */
  tag: string;
  dir: 'ltr' | 'rtl';
  /** The language's name in itself, on the language switch: '中文', 'English'. */
  name: string;
  /**
   * Which key of a data text (`{zh, en}` record) this locale reads, in order: its own first, then
   * the locale it falls back to. The last must be a key every data text has (zh or en).
   */
  textFrom: readonly string[];
  /** Every UI string (placeholders `{name}`). */
  strings: Readonly<Record<MessageKey, string>>;
  punct: {
    /** Between list items: 、 / ', '. */
    list: string;
    /** Between clauses: ； / '; '. */
    clause: string;
    /** After a label: ： / ': '. */
    colon: string;
    /** Ends a sentence: 。 / '.'. */
    stop: string;
    /** After a stop inside a text: '' / ' '. */
    afterStop: string;
    /** Around a gloss in another language: （ ） / ' (' ')'. */
    parenOpen: string;
    parenClose: string;
  };
  /** How the article is named: its Chinese title in 《》, or its English title as is. */
  articleTitle: { from: 'title' | 'englishTitle'; open: string; close: string };
  numbers: {
    /**
     * `myriad`: 万/亿 glued to ungrouped digits, the measure word after, 余 inside the number
     * ('1300余万元', '11.2万余人次'). `western`: grouped digits, a prefix or suffix symbol, scale
     * words and nouns after a space, '+' after the digits ('¥13+ million', '1,600+ events').
     */
    system: 'myriad' | 'western';
    /** Digit grouping (Intl.NumberFormat `useGrouping`). */
    grouping: boolean;
    /** Value scales, largest first: myriad marks (亿, 万) or western words (billion, million). */
    scales: readonly { factor: number; mark: string }[];
    /** Compact axis-tick marks, largest first (万/亿; K/M/B). */
    ticks: readonly { factor: number; mark: string }[];
    /** The "more than" mark: 余 / +. */
    moreThan: string;
    /**
     * How the other qualifiers read around a number (src/format/numbers.ts): words before and
     * after it, and the mark between a range's bounds. Absent: the system's default (zh for
     * myriad, en for western).
     */
    qualifiers?: QualifierWords;
    /** Show a figure as the article writes it (the article's own language) rather than reformatted. */
    asWritten: boolean;
  };
  dates: {
    /** Month names for 'MMMM' (unused by patterns without it). */
    months: readonly string[];
    day: DatePattern;
    month: DatePattern;
    /** Between two dates that share nothing, or when one end is not a date: — / –. */
    dash: string;
    range: {
      sameMonthDay: RangePattern;
      sameYearDay: RangePattern;
      sameYearMonth: RangePattern;
      otherYearDay: RangePattern;
      otherYearMonth: RangePattern;
    };
  };
  /** Period phrases; placeholders {year}, {label}, {date}, {count}, {unit}, {from}, {to}, {inferred}. */
  periods: {
    year: string;
    yearLabel: string;
    yearInferred: string;
    yearsInferred: string;
    asOfYearEnd: string;
    asOf: string;
    /** An as-of date that is the publication date standing in for the date of the count. */
    asOfInferred: string;
    span: string;
    /** {inferred} inside `span` when the span's years are inferred. */
    spanInferred: string;
    /** {unit} in `span`: one / other. */
    spanUnit: { one: string; other: string };
    recent: string;
    unspecified: string;
    shortYearEnd: string;
    shortSpan: string;
    /** The short label of an inferred as-of date ({date}: the short date). */
    shortDateInferred: string;
    shortRecent: string;
    shortUnspecified: string;
  };
  /** A small count in words for spans ('五', 'five'). */
  numberWord: (n: number) => string;
  /**
   * CSV column headers: the report columns of the corpus download (the figure columns' are the
   * fields' words, src/i18n/field-words.ts).
   */
  csv: {
    report: readonly string[];
    /** Headers of a panel's CSV extra columns: its notes, the source line, the article address. */
    panel: readonly string[];
    /** The qualifier in words (`exact` → 确数); a qualifier missing here is written as its code. */
    qualifiers: Readonly<Record<string, string>>;
  };
  /** Chart font stack (single-quoted names: ECharts writes it into a double-quoted attribute). */
  fontStack: string;
}

/** Fills `{name}` placeholders; a missing value leaves the placeholder visible. */
/**
 * Picks the plural branch of `{name, plural, one {…} other {…}}` by `Intl.PluralRules` for `tag`
 * (the value of `name` decides); a template without one is returned as it is.
 */
export function pluralize(
  template: string,
  vars: Record<string, string | number>,
  tag: string,
): string {
  return template.replace(
    /\{(\w+), plural,((?:\s*\w+ \{[^{}]*(?:\{\w+\}[^{}]*)*\})+)\s*\}/g,
    (m, name: string, body: string) => {
      const n = Number(vars[name]);
      if (!(name in vars) || Number.isNaN(n)) return m;
      const branches = new Map<string, string>();
      for (const b of body.matchAll(/(\w+) \{((?:[^{}]|\{\w+\})*)\}/g)) branches.set(b[1]!, b[2]!);
      const key = pluralRules(tag).select(n);
      return branches.get(key) ?? branches.get('other') ?? m;
    },
  );
}

/**
 * One `Intl` object per language tag, made on first use: making one costs more than the list or
 * message it formats.
 */
export function perTag<T>(make: (tag: string) => T): (tag: string) => T {
  const made = new Map<string, T>();
  return (tag) => {
    let value = made.get(tag);
    if (value === undefined) {
      value = make(tag);
      made.set(tag, value);
    }
    return value;
  };
}

const pluralRules = perTag((tag) => new Intl.PluralRules(tag));

export function fill(template: string, vars: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) =>
    name in vars ? String(vars[name]) : m,
  );
}
