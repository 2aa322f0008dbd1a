/**
 * Dates and periods for display. ISO dates are parsed with date-fns `parseISO`, which reads a
 * date-only string as a local calendar date, so output never depends on the time zone or the clock.
 * Chinese patterns are built by hand (2023年6月12日); English uses date-fns' default en-US month
 * names in day-month-year order (12 June 2023).
 */
import { isValid, lightFormat, parseISO } from 'date-fns';
import type { Period } from '../model/schema';
import type { Lang } from './lang';
import { enNumberWord, zhNumberWord } from './number-words';

const YEAR_INFERRED: Record<Lang, string> = { zh: '（年份推定）', en: ' (year inferred)' };
/** The same mark for a span whose years come from outside the text (五年来 → 2018–2023). */
const YEARS_INFERRED: Record<Lang, string> = { zh: '（年份推定）', en: ' (years inferred)' };
/** Range dashes: the Chinese 破折号 and the English en dash. */
const DASH: Record<Lang, string> = { zh: '—', en: '–' };

/** English month names (dates, citations). */
export const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/**
 * date-fns `lightFormat` plus English month names (`MMMM`). lightFormat needs no locale, which
 * keeps date-fns' whole formatter table and locale data out of the first-paint bundle.
 */
function format(date: Date, pattern: string): string {
  return pattern
    .split(/(MMMM)/)
    .map((part) =>
      part === 'MMMM' ? MONTHS_EN[date.getMonth()] : part ? lightFormat(date, part) : '',
    )
    .join('');
}

const PATTERNS = {
  zh: { day: "yyyy'年'M'月'd'日'", month: "yyyy'年'M'月'" },
  en: { day: 'd MMMM yyyy', month: 'MMMM yyyy' },
} as const;

/**
 * One ISO date (YYYY-MM-DD): zh '2023年6月12日' / en '12 June 2023'; with precision 'month'
 * zh '2018年12月' / en 'December 2018' (the day is ignored). Not a real date ('2023-02-30',
 * '', 'soon') → the input unchanged, never 'Invalid Date' and never a throw.
 */
export function formatDate(iso: string, lang: Lang, precision: 'day' | 'month' = 'day'): string {
  const date = parseIsoDate(iso);
  return date ? format(date, PATTERNS[lang][precision]) : iso;
}

/**
 * A figure's period in full.
 * - date: '2023年6月16日' / '16 June 2023'; a range shares what it can: '2023年6月12日—13日' /
 *   '12–13 June 2023', '2023年6月30日—7月2日' / '30 June – 2 July 2023', across years both
 *   dates in full; month precision '2018年12月' / 'December 2018' (end in the same month is
 *   ignored).
 * - year: '2018年“两节”期间' / '2018, New Year and Spring Festival'; without label '2018年' / '2018'.
 * - date and year with yearInferred: zh + '（年份推定）', en + ' (year inferred)'.
 * - as-of: 12-31 → '截至2022年底' / 'as of end-2022'; else '截至2022年6月30日' / 'as of 30 June 2022'.
 * - span: '五年来（2018—2023年）' / 'five years, 2018–2023' (the count is to − from; 1 →
 *   '一年来' / 'one year'; from = to → '2018年' / '2018'); with yearsInferred
 *   '五年来（2018—2023年，年份推定）' / 'five years, 2018–2023 (years inferred)'.
 * - recent: '近年来' / 'in recent years'; unspecified (and any unknown kind): '未注明时间' /
 *   'period not stated'.
 */
export function formatPeriod(period: Period, lang: Lang): string {
  const zh = lang === 'zh';
  switch (period.kind) {
    case 'date': {
      const text = formatDateRange(period.start, period.end, lang, period.precision);
      return period.yearInferred ? text + YEAR_INFERRED[lang] : text;
    }
    case 'year': {
      const label = period.label?.[lang];
      const text = zh
        ? `${period.year}年${label ?? ''}`
        : label
          ? `${period.year}, ${label}`
          : String(period.year);
      return period.yearInferred ? text + YEAR_INFERRED[lang] : text;
    }
    case 'as-of': {
      const endOfYear = /^\d{4}-12-31$/.test(period.date);
      const year = period.date.slice(0, 4);
      if (zh) return endOfYear ? `截至${year}年底` : `截至${formatDate(period.date, 'zh')}`;
      return endOfYear ? `as of end-${year}` : `as of ${formatDate(period.date, 'en')}`;
    }
    case 'span': {
      const years = period.to - period.from;
      const inferred = period.yearsInferred ? YEARS_INFERRED[lang] : '';
      if (years <= 0) return (zh ? `${period.from}年` : String(period.from)) + inferred;
      if (zh)
        return `${zhNumberWord(years)}年来（${period.from}${DASH.zh}${period.to}年${period.yearsInferred ? '，年份推定' : ''}）`;
      return `${enNumberWord(years)} ${years === 1 ? 'year' : 'years'}, ${period.from}${DASH.en}${period.to}${inferred}`;
    }
    case 'recent':
      return zh ? '近年来' : 'in recent years';
    default:
      return zh ? '未注明时间' : 'period not stated';
  }
}

/**
 * A short period label for chips and axis categories: date → its start, ISO ('2023-06-12', month
 * precision '2018-12'), no inferred-year mark; year → '2018'; as-of → zh '2022年底' / en
 * 'end-2022' at 12-31, else the ISO date; span → '2018—2023' / '2018–2023'; recent → '近年来' /
 * 'recent years'; unspecified (and any unknown kind) → '未注明' / 'not stated'.
 */
export function formatPeriodShort(period: Period, lang: Lang): string {
  const zh = lang === 'zh';
  switch (period.kind) {
    case 'date':
      return period.precision === 'month' ? period.start.slice(0, 7) : period.start;
    case 'year':
      return String(period.year);
    case 'as-of': {
      if (!/^\d{4}-12-31$/.test(period.date)) return period.date;
      const year = period.date.slice(0, 4);
      return zh ? `${year}年底` : `end-${year}`;
    }
    case 'span':
      return `${period.from}${DASH[lang]}${period.to}`;
    case 'recent':
      return zh ? '近年来' : 'recent years';
    default:
      return zh ? '未注明' : 'not stated';
  }
}

/** A date range, sharing the year (and month) the two ends have in common. */
function formatDateRange(
  start: string,
  end: string | undefined,
  lang: Lang,
  precision: 'day' | 'month',
): string {
  const from = parseIsoDate(start);
  const to = end === undefined ? undefined : parseIsoDate(end);
  const single = formatDate(start, lang, precision);
  if (!from || !to)
    return end === undefined || end === start ? single : `${single}${DASH[lang]}${end}`;

  const sameYear = from.getFullYear() === to.getFullYear();
  const sameMonth = sameYear && from.getMonth() === to.getMonth();
  if (precision === 'month' ? sameMonth : sameMonth && from.getDate() === to.getDate())
    return single;

  if (lang === 'zh') {
    const tail = !sameYear
      ? PATTERNS.zh[precision]
      : sameMonth
        ? "d'日'"
        : precision === 'day'
          ? "M'月'd'日'"
          : "M'月'";
    return `${single}${DASH.zh}${format(to, tail)}`;
  }
  if (!sameYear) return `${single} ${DASH.en} ${formatDate(end!, 'en', precision)}`;
  if (precision === 'month') return `${format(from, 'MMMM')}${DASH.en}${format(to, 'MMMM yyyy')}`;
  if (sameMonth) return `${format(from, 'd')}${DASH.en}${format(to, 'd MMMM yyyy')}`;
  return `${format(from, 'd MMMM')} ${DASH.en} ${format(to, 'd MMMM yyyy')}`;
}

/** A strict YYYY-MM-DD calendar date as a local Date, or undefined ('2023-02-30', '2023-6-1'). */
function parseIsoDate(iso: string): Date | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return undefined;
  const date = parseISO(iso);
  return isValid(date) && format(date, 'yyyy-MM-dd') === iso ? date : undefined;
}
