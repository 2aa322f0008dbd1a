/**
 * Numbers for display: a figure's value, a normalised base value, an axis tick, a unit name.
 * All pure; rounding goes through {@link tidy} so no float noise (0.30000000000000004) is printed.
 * How a number reads is the locale's (src/i18n/locales): its number system, scales, "more than"
 * mark and digits (Intl.NumberFormat); how a unit prints is data (units.json, unit-styles.ts).
 */
import type { BaseUnit, UnitsTable } from '../model/units';
import type { FigureRecord } from '../model/validate';
import { localeOf, type Lang } from '../i18n/locales';
import type { Locale, QualifierWords } from '../i18n/locale';
import { plainNumber, tidy } from './plain-number';
import { tickSuffix, unitName, unitPrint, type UnitPrint } from './unit-styles';

export { plainNumber } from './plain-number';

/** Printed for NaN and ±Infinity, which no formatter passes on as 'NaN' or 'Infinity'. */
export const NOT_A_NUMBER = '–';

const digitFormats = new Map<
  string,
  { grouped: Intl.NumberFormat; digits: string[]; decimal: string }
>();

/**
 * A plain decimal ('1234567.891') in the locale's digits, grouped when the locale groups (and
 * `group` allows): en '1,234,567.891', zh '1234567.891'. The integer part goes through
 * Intl.NumberFormat as a BigInt (exact); the fraction keeps every digit.
 */
export function localDigits(plain: string, lang: Lang, group = true): string {
  const locale = localeOf(lang);
  const key = `${locale.tag}|${locale.numbers.grouping && group}`;
  let f = digitFormats.get(key);
  if (!f) {
    const grouped = new Intl.NumberFormat(locale.tag, {
      useGrouping: locale.numbers.grouping && group,
      maximumFractionDigits: 0,
    });
    f = {
      grouped,
      digits: [...'0123456789'].map((d) => grouped.format(Number(d))),
      decimal:
        new Intl.NumberFormat(locale.tag).formatToParts(1.5).find((p) => p.type === 'decimal')
          ?.value ?? '.',
    };
    digitFormats.set(key, f);
  }
  const [int = '', frac] = plain.split('.');
  const head = f.grouped.format(BigInt(int)); // exact, however long
  return frac === undefined
    ? head
    : `${head}${f.decimal}${frac.replace(/\d/g, (d) => f.digits[Number(d)]!)}`;
}

/** What the article says of the number: exact, 余/多, 近, 约, 不足, 以上, or a range. */
export type Qualifier = FigureRecord['qualifier'];

/** How a value is qualified: `qualifier` (and a range's `valueTo`); `moreThan` is the old flag. */
export interface ValueOptions {
  moreThan?: boolean;
  qualifier?: Qualifier;
  /** A range's upper bound, in the same base unit as the value. */
  valueTo?: number;
  /** How the base units print (units.json: the dataset's `units`). */
  units: UnitsTable;
}

/** The locale's words for each qualifier (its own, or its number system's default). */
export function qualifierWords(lang: Lang): QualifierWords {
  const locale = localeOf(lang);
  // A locale without its own words borrows those of the built-in locale with its number system.
  return (
    locale.numbers.qualifiers ??
    localeOf(locale.numbers.system === 'myriad' ? 'zh' : 'en').numbers.qualifiers!
  );
}

/**
 * What a qualifier means, for a footnote under a panel or image: with how a drawn bar shows it
 * when `drawn` ('Dotted bars: the article says 近 …'). Undefined for exact and more_than (the
 * stripes' own legend says that one).
 */
export function qualifierNote(q: Qualifier, lang: Lang, drawn: boolean): string | undefined {
  if (q === 'exact' || q === 'more_than') return undefined;
  const w = qualifierWords(lang)[q];
  const { colon } = localeOf(lang).punct;
  return drawn ? `${w.mark}${colon}${w.note}` : w.note;
}

function qualifierOf(opts: ValueOptions): Qualifier {
  return opts.qualifier ?? (opts.moreThan ? 'more_than' : 'exact');
}

/**
 * THE entry point for showing a figure's value, with its qualifier, on every surface (cards,
 * tables, tooltips, bar labels, the indicator pages, CSV, image captions).
 * - zh (a locale that shows figures as written): exactly as the article prints it, qualifier
 *   words included (`figure.written`): '2412万元', '1600余场', '近700位', '约300户', '30家左右',
 *   '3至5场', '两个'. Without `written` (should not happen after validation): numeral (or value) +
 *   unit with the qualifier placed as {@link formatBaseValue} places it.
 * - en: the base value through {@link formatBaseValue}: '¥24.12 million', '1,600+ events',
 *   'nearly 700 people', 'about 300 households', 'under 10,000 people', 'at least 98.5%',
 *   '3–5 events', '¥30–50 million'.
 */
export function formatFigureValue(figure: FigureRecord, lang: Lang, units: UnitsTable): string {
  const qualifier = figure.qualifier;
  const moreThan = qualifier === 'more_than';
  const { numbers } = localeOf(lang);
  if (numbers.asWritten) {
    if (figure.written) return figure.written;
    const words = qualifierWords(lang);
    const numeral = figure.numeral ?? plainNumber(figure.value);
    if (qualifier === 'range' && figure.valueTo !== undefined)
      return `${numeral}${figure.numeral ? '' : `${words.rangeMark}${plainNumber(figure.valueTo)}`}${figure.unit}`;
    if (qualifier !== 'exact' && qualifier !== 'more_than' && qualifier !== 'range') {
      const w = words[qualifier];
      return `${w.before ?? ''}${numeral}${figure.unit}${w.after ?? ''}`;
    }
    if (!moreThan) return numeral + figure.unit;
    const mark = numbers.scales.find((s) => figure.unit.startsWith(s.mark))?.mark;
    const afterMark = mark !== undefined && !Number.isInteger(figure.value);
    return afterMark
      ? `${numeral}${mark}${numbers.moreThan}${figure.unit.slice(mark.length)}`
      : `${numeral}${numbers.moreThan}${figure.unit}`;
  }
  return formatBaseValue(figure.base.value, figure.base.unit, lang, {
    qualifier,
    ...(figure.base.valueTo !== undefined ? { valueTo: figure.base.valueTo } : {}),
    units,
  });
}

/**
 * A normalised value in its base unit, for table cells and tooltips, with its qualifier.
 * - zh: ungrouped digits; yuan from 1万 and other counts from 10万 take 万, anything from 1亿
 *   takes 亿 (percent never): 204000000 → '2.04亿元', 24120000 → '2412万元', 4928 → '4928元',
 *   266000 → '26.6万人次', 649700 → '64.97万人', 35173 → '35173人', 1.5 → '1.5吨', 95.88 → '95.88%'.
 *   more_than adds 余 as the article places it: after whole numbers ('1600余场', '1300余万元'),
 *   after the 万 of a decimal ('11.2万余人次'); for percent '以上' after the unit ('95.88%以上').
 *   nearly '近700人', about '约300户', less_than '不足1万人', at_least '98.5%以上', range '3至5场'.
 * - en: grouped digits and the English noun, singular only for exactly 1 and exact
 *   ('1 studio', '0 studios', '1.5 tonnes', '1+ studios'); yuan from 1e6 in million/billion
 *   ('¥24.12 million', '¥73,000'); more_than adds '+' after the number ('¥13+ million', '95.88%+');
 *   'nearly 700 people', 'about 300 households', 'under 10,000 people', 'at least 98.5%',
 *   '3–5 events', '¥30–50 million' (a range is scaled by its upper bound).
 * - Decimals keep every digit up to 10 significant digits (19158000 → '¥19.158 million'); 0 → '0元'
 *   / '¥0'; negatives get a leading '-'; NaN / ±Infinity → '–'; an unknown unit is printed as given.
 */
export function formatBaseValue(
  value: number,
  unit: BaseUnit,
  lang: Lang,
  opts: ValueOptions,
): string {
  const v = tidy(value);
  if (!Number.isFinite(v)) return NOT_A_NUMBER;
  const locale = localeOf(lang);
  const sign = v < 0 ? '-' : '';
  const abs = Math.abs(v);
  const q = qualifierOf(opts);
  const words = qualifierWords(lang);
  const print = unitPrint(unit, locale, opts.units);
  if (q === 'range' && opts.valueTo !== undefined && Number.isFinite(opts.valueTo)) {
    return locale.numbers.system === 'myriad'
      ? myriadRange(abs, Math.abs(tidy(opts.valueTo)), print, locale, words.rangeMark)
      : westernRange(abs, Math.abs(tidy(opts.valueTo)), print, locale, words.rangeMark);
  }
  const more = q === 'more_than';
  const plain =
    locale.numbers.system === 'myriad'
      ? myriad(sign, abs, more, print, locale)
      : western(sign, abs, more, print, locale, more);
  if (q === 'exact' || q === 'more_than' || q === 'range') return plain;
  const w = words[q];
  return `${w.before ?? ''}${plain}${w.after ?? ''}`;
}

/** 万/亿 glued to the digits, then the measure word; 余 inside the number. */
function myriad(
  sign: string,
  abs: number,
  more: boolean,
  print: UnitPrint,
  locale: Locale,
): string {
  const { unit: word = '', moreThanAfter } = print;
  const { moreThan } = locale.numbers;
  const { digits, mark, scaled } = myriadDigits(abs, print, locale);
  if (!more) return `${sign}${digits}${mark}${word}`;
  if (moreThanAfter) return `${sign}${digits}${mark}${word}${moreThanAfter}`;
  // 余 follows a whole number of 万 (1300余万元) but a decimal one's 万 (11.2万余人次).
  return Number.isInteger(scaled)
    ? `${sign}${digits}${moreThan}${mark}${word}`
    : `${sign}${digits}${mark}${moreThan}${word}`;
}

function myriadDigits(abs: number, print: UnitPrint, locale: Locale, scaleBy = abs) {
  const { scaleFrom } = print;
  const scale =
    scaleFrom !== undefined && scaleBy >= scaleFrom
      ? locale.numbers.scales.find((s) => scaleBy >= s.factor)
      : undefined;
  const scaled = tidy(scale ? abs / scale.factor : abs);
  return { digits: localDigits(plainNumber(scaled), locale), mark: scale?.mark ?? '', scaled };
}

/** 3至5场, 300万至500万元, 5000至1.2万人: each bound scaled on its own, the word once. */
function myriadRange(
  lo: number,
  hi: number,
  print: UnitPrint,
  locale: Locale,
  sep: string,
): string {
  const { unit: word = '' } = print;
  const a = myriadDigits(lo, print, locale);
  const b = myriadDigits(hi, print, locale);
  return `${a.digits}${a.mark === b.mark ? '' : a.mark}${sep}${b.digits}${b.mark}${word}`;
}

/** Grouped digits between prefix and suffix symbols, '+', then scale word and noun. */
function western(
  sign: string,
  abs: number,
  plural: boolean,
  print: UnitPrint,
  locale: Locale,
  plus = plural,
): string {
  const { prefix = '', suffix = '', scaleWords, one = '', other = '' } = print;
  const scale = scaleWords ? locale.numbers.scales.find((s) => abs >= s.factor) : undefined;
  const digits = localDigits(plainNumber(scale ? abs / scale.factor : abs), locale);
  const noun = abs === 1 && !plural ? one : other;
  const words = [scale?.mark, noun].filter(Boolean).join(' ');
  const mark = plus ? locale.numbers.moreThan : '';
  return `${sign}${prefix}${digits}${suffix}${mark}${words ? ` ${words}` : ''}`;
}

/** '3–5 events', '¥30–50 million', '95–98%': both bounds in the upper bound's scale. */
function westernRange(
  lo: number,
  hi: number,
  print: UnitPrint,
  locale: Locale,
  sep: string,
): string {
  const { prefix = '', suffix = '', scaleWords, other = '' } = print;
  const scale = scaleWords ? locale.numbers.scales.find((s) => hi >= s.factor) : undefined;
  const d = (n: number) => localDigits(plainNumber(tidy(scale ? n / scale.factor : n)), locale);
  const words = [scale?.mark, other].filter(Boolean).join(' ');
  return `${prefix}${d(lo)}${sep}${d(hi)}${suffix}${words ? ` ${words}` : ''}`;
}

/**
 * A compact axis tick, the unit left to the axis title: zh 20000000 → '2000万', 200000000 → '2亿',
 * 15000 → '1.5万', 5000 → '5000'; en 20000000 → '20M', 200000000 → '200M', 1500 → '1.5K',
 * 2e9 → '2B', 500 → '500'. Percent ticks keep '%' ('50%'). 0 → '0'; decimals as given
 * (0.1 + 0.2 → '0.3'); negatives '-20M'. Never empty: NaN / ±Infinity → '–'.
 */
export function formatAxisTick(
  value: number,
  unit: BaseUnit,
  lang: Lang,
  units: UnitsTable,
): string {
  const v = tidy(value);
  if (!Number.isFinite(v)) return NOT_A_NUMBER;
  const locale = localeOf(lang);
  const abs = Math.abs(v);
  const scale = locale.numbers.ticks.find((s) => abs >= s.factor);
  const digits = localDigits(plainNumber(scale ? abs / scale.factor : abs), locale, false);
  return `${v < 0 ? '-' : ''}${digits}${scale?.mark ?? ''}${tickSuffix(unit, units)}`;
}

/**
 * The base unit's name for axis titles and subtitles, from units.json: zh '元', '户', '人次',
 * '个（家）组织'; en 'yuan', 'households', 'people', 'divisions' (always the plural).
 * An unknown unit is returned as given.
 */
export function baseUnitName(unit: BaseUnit, lang: Lang, units: UnitsTable): string {
  return unitName(unit, lang, units);
}
