/**
 * Dates and periods for display. ISO dates are parsed with date-fns `parseISO`, which reads a
 * date-only string as a local calendar date, so output never depends on the time zone or the clock.
 * Patterns, month names and period phrases are the locale's (src/i18n/locales): zh 2023年6月12日,
 * en 12 June 2023.
 */
import { isValid, lightFormat, parseISO } from 'date-fns';
import type { Period } from '../model/schema';
import { fill, type Locale, type RangePattern } from '../i18n/locale';
import { localeOf, pickText, type Lang } from '../i18n/locales';
import { MONTHS_EN } from '../i18n/locales/en';

/** English month names (dates, citations). */
export { MONTHS_EN };

/**
 * date-fns `lightFormat` plus the locale's month names (`MMMM`). lightFormat needs no locale,
 * which keeps date-fns' whole formatter table and locale data out of the first-paint bundle.
 */
function format(date: Date, pattern: string, months: readonly string[] = MONTHS_EN): string {
  return pattern
    .split(/(MMMM)/)
    .map((part) =>
      part === 'MMMM' ? (months[date.getMonth()] ?? '') : part ? lightFormat(date, part) : '',
    )
    .join('');
}

/**
 * One ISO date (YYYY-MM-DD): zh '2023年6月12日' / en '12 June 2023'; with precision 'month'
 * zh '2018年12月' / en 'December 2018' (the day is ignored). Not a real date ('2023-02-30',
 * '', 'soon') → the input unchanged, never 'Invalid Date' and never a throw.
 */
export function formatDate(iso: string, lang: Lang, precision: 'day' | 'month' = 'day'): string {
  const date = parseIsoDate(iso);
  const { dates } = localeOf(lang);
  return date ? format(date, dates[precision], dates.months) : iso;
}

/**
 * A figure's period in full.
 * - date: '2023年6月16日' / '16 June 2023'; a range shares what it can: '2023年6月12日—13日' /
 *   '12–13 June 2023', '2023年6月30日—7月2日' / '30 June – 2 July 2023', across years both
 *   dates in full; month precision '2018年12月' / 'December 2018' (end in the same month is
 *   ignored).
 * - year: '2018年“两节”期间' / 'New Year and Spring Festival 2018'; without label '2018年' / '2018'.
 * - date and year with yearInferred: zh + '（年份推定）', en + ' (year inferred)'.
 * - as-of: 12-31 → '截至2022年底' / 'as of end-2022'; else '截至2022年6月30日' / 'as of 30 June 2022';
 *   precision 'month' → '截至2023年12月' / 'as of December 2023'; dateInferred (the publication
 *   date standing in) → '截至2023年12月（按发布日期）' / 'by December 2023 (publication date)'.
 * - span: '五年来（2018—2023年）' / 'five years, 2018–2023' (the count is to − from; 1 →
 *   '一年来' / 'one year'; from = to → '2018年' / '2018'); with yearsInferred
 *   '五年来（2018—2023年，年份推定）' / 'five years, 2018–2023 (years inferred)'.
 * - recent: '近年来' / 'in recent years'; unspecified (and any unknown kind): '未注明时间' /
 *   'period not stated'.
 */
export function formatPeriod(period: Period, lang: Lang): string {
  const locale = localeOf(lang);
  const p = locale.periods;
  switch (period.kind) {
    case 'date': {
      const range = formatDateRange(period.start, period.end, locale, period.precision);
      return period.yearInferred ? range + p.yearInferred : range;
    }
    case 'year': {
      const label = period.label && pickText(period.label, locale);
      const phrase = fill(label ? p.yearLabel : p.year, { year: period.year, label: label ?? '' });
      return period.yearInferred ? phrase + p.yearInferred : phrase;
    }
    case 'as-of': {
      const year = period.date.slice(0, 4);
      const precision = period.precision ?? 'day';
      if (period.dateInferred)
        return fill(p.asOfInferred, { date: formatDate(period.date, locale, precision) });
      return precision === 'day' && /^\d{4}-12-31$/.test(period.date)
        ? fill(p.asOfYearEnd, { year })
        : fill(p.asOf, { date: formatDate(period.date, locale, precision) });
    }
    case 'span': {
      const years = period.to - period.from;
      if (years <= 0)
        return fill(p.year, { year: period.from }) + (period.yearsInferred ? p.yearsInferred : '');
      return fill(p.span, {
        count: locale.numberWord(years),
        unit: years === 1 ? p.spanUnit.one : p.spanUnit.other,
        from: period.from,
        to: period.to,
        inferred: period.yearsInferred ? p.spanInferred : '',
      });
    }
    case 'recent':
      return p.recent;
    default:
      return p.unspecified;
  }
}

/**
 * A short period label for chips and axis categories: date → its start, ISO ('2023-06-12', month
 * precision '2018-12'), no inferred-year mark; year → '2018'; as-of → zh '2022年底' / en
 * 'end-2022' at 12-31, else the ISO date (month precision '2023-12'); an inferred as-of date is
 * marked: '2023-12（发布日期）' / '2023-12 (pub. date)'; span → '2018—2023' / '2018–2023'; recent → '近年来' /
 * 'recent years'; unspecified (and any unknown kind) → '未注明' / 'not stated'.
 */
export function formatPeriodShort(period: Period, lang: Lang): string {
  const p = localeOf(lang).periods;
  switch (period.kind) {
    case 'date':
      return period.precision === 'month' ? period.start.slice(0, 7) : period.start;
    case 'year':
      return String(period.year);
    case 'as-of': {
      const precision = period.precision ?? 'day';
      const date =
        precision === 'month'
          ? period.date.slice(0, 7)
          : !period.dateInferred && /^\d{4}-12-31$/.test(period.date)
            ? fill(p.shortYearEnd, { year: period.date.slice(0, 4) })
            : period.date;
      return period.dateInferred ? fill(p.shortDateInferred, { date }) : date;
    }
    case 'span':
      return fill(p.shortSpan, { from: period.from, to: period.to });
    case 'recent':
      return p.shortRecent;
    default:
      return p.shortUnspecified;
  }
}

/** A date range, sharing the year (and month) the two ends have in common. */
function formatDateRange(
  start: string,
  end: string | undefined,
  locale: Locale,
  precision: 'day' | 'month',
): string {
  const { dates } = locale;
  const from = parseIsoDate(start);
  const to = end === undefined ? undefined : parseIsoDate(end);
  const single = formatDate(start, locale, precision);
  if (!from || !to)
    return end === undefined || end === start ? single : `${single}${dates.dash}${end}`;

  const sameYear = from.getFullYear() === to.getFullYear();
  const sameMonth = sameYear && from.getMonth() === to.getMonth();
  if (precision === 'month' ? sameMonth : sameMonth && from.getDate() === to.getDate())
    return single;

  const { range } = dates;
  const pattern: RangePattern =
    precision === 'month'
      ? sameYear
        ? range.sameYearMonth
        : range.otherYearMonth
      : sameMonth
        ? range.sameMonthDay
        : sameYear
          ? range.sameYearDay
          : range.otherYearDay;
  const head = pattern.from === null ? single : format(from, pattern.from, dates.months);
  return `${head}${pattern.sep}${format(to, pattern.to, dates.months)}`;
}

/** A strict YYYY-MM-DD calendar date as a local Date, or undefined ('2023-02-30', '2023-6-1'). */
function parseIsoDate(iso: string): Date | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return undefined;
  const date = parseISO(iso);
  return isValid(date) && format(date, 'yyyy-MM-dd') === iso ? date : undefined;
}
