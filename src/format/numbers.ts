/**
 * Numbers for display: a figure's value, a normalised base value, an axis tick, a unit name.
 * All pure; rounding goes through {@link tidy} so no float noise (0.30000000000000004) is printed.
 * How a number reads is the locale's (src/i18n/locales): its number system, scales, "more than"
 * mark and digits (Intl.NumberFormat); how a unit prints is data (units.json, unit-styles.ts).
 */
import type { BaseUnit } from '../model/units';
import type { FigureRecord } from '../model/validate';
import { localeOf, type Lang } from '../i18n/locales';
import type { Locale } from '../i18n/locale';
import { plainNumber, tidy } from './plain-number';
import { tickSuffix, unitName, unitPrint } from './unit-styles';

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

/**
 * The figure's value for display.
 * - zh (a locale that shows figures as written): exactly as the article prints it
 *   (`figure.written`): '2412万元', '1600余场', '11.2万多人次', '两个', '95.88%'. A record without
 *   `written` (should not happen after validation) falls back to numeral (or value) + unit, 余
 *   placed as formatBaseValue places it: '1300余万元', '11.2万余人次', '两个'.
 * - en: the base value through {@link formatBaseValue}: '¥24.12 million', '¥7,000+',
 *   '¥13+ million', '649,700 people', '1,600+ events', '95.88%', '1 studio', '2 organisations'.
 *   '+' appears iff the qualifier is more_than.
 */
export function formatFigureValue(figure: FigureRecord, lang: Lang): string {
  const moreThan = figure.qualifier === 'more_than';
  const { numbers } = localeOf(lang);
  if (numbers.asWritten) {
    if (figure.written) return figure.written;
    const numeral = figure.numeral ?? plainNumber(figure.value);
    if (!moreThan) return numeral + figure.unit;
    const mark = numbers.scales.find((s) => figure.unit.startsWith(s.mark))?.mark;
    const afterMark = mark !== undefined && !Number.isInteger(figure.value);
    return afterMark
      ? `${numeral}${mark}${numbers.moreThan}${figure.unit.slice(mark.length)}`
      : `${numeral}${numbers.moreThan}${figure.unit}`;
  }
  return formatBaseValue(figure.base.value, figure.base.unit, lang, { moreThan });
}

/**
 * A normalised value in its base unit, for table cells and tooltips.
 * - zh: ungrouped digits; yuan from 1万 and other counts from 10万 take 万, anything from 1亿
 *   takes 亿 (percent never): 204000000 → '2.04亿元', 24120000 → '2412万元', 4928 → '4928元',
 *   266000 → '26.6万人次', 649700 → '64.97万人', 35173 → '35173人', 1.5 → '1.5吨', 95.88 → '95.88%'.
 *   moreThan adds 余 as the article places it: after whole numbers ('1600余场', '1300余万元'),
 *   after the 万 of a decimal ('11.2万余人次'); for percent '以上' after the unit ('95.88%以上').
 * - en: grouped digits and the English noun, singular only for exactly 1 without moreThan
 *   ('1 studio', '0 studios', '1.5 tonnes', '1+ studios'); yuan from 1e6 in million/billion
 *   ('¥24.12 million', '¥73,000'); moreThan adds '+' after the number ('¥13+ million', '95.88%+').
 * - Decimals keep every digit up to 10 significant digits (19158000 → '¥19.158 million'); 0 → '0元'
 *   / '¥0'; negatives get a leading '-'; NaN / ±Infinity → '–'; an unknown unit is printed as given.
 */
export function formatBaseValue(
  value: number,
  unit: BaseUnit,
  lang: Lang,
  opts: { moreThan?: boolean } = {},
): string {
  const v = tidy(value);
  if (!Number.isFinite(v)) return NOT_A_NUMBER;
  const locale = localeOf(lang);
  const sign = v < 0 ? '-' : '';
  const abs = Math.abs(v);
  const more = opts.moreThan === true;
  return locale.numbers.system === 'myriad'
    ? myriad(sign, abs, more, unit, locale)
    : western(sign, abs, more, unit, locale);
}

/** 万/亿 glued to the digits, then the measure word; 余 inside the number. */
function myriad(sign: string, abs: number, more: boolean, unit: BaseUnit, locale: Locale): string {
  const { unit: word = '', scaleFrom, moreThanAfter } = unitPrint(unit, locale);
  const { scales, moreThan } = locale.numbers;
  const scale =
    scaleFrom !== undefined && abs >= scaleFrom ? scales.find((s) => abs >= s.factor) : undefined;
  const scaled = tidy(scale ? abs / scale.factor : abs);
  const mark = scale?.mark ?? '';
  const digits = localDigits(plainNumber(scaled), locale);
  if (!more) return `${sign}${digits}${mark}${word}`;
  if (moreThanAfter) return `${sign}${digits}${mark}${word}${moreThanAfter}`;
  // 余 follows a whole number of 万 (1300余万元) but a decimal one's 万 (11.2万余人次).
  return Number.isInteger(scaled)
    ? `${sign}${digits}${moreThan}${mark}${word}`
    : `${sign}${digits}${mark}${moreThan}${word}`;
}

/** Grouped digits between prefix and suffix symbols, '+', then scale word and noun. */
function western(sign: string, abs: number, more: boolean, unit: BaseUnit, locale: Locale): string {
  const { prefix = '', suffix = '', scaleWords, one = '', other = '' } = unitPrint(unit, locale);
  const scale = scaleWords ? locale.numbers.scales.find((s) => abs >= s.factor) : undefined;
  const digits = localDigits(plainNumber(scale ? abs / scale.factor : abs), locale);
  const noun = abs === 1 && !more ? one : other;
  const words = [scale?.mark, noun].filter(Boolean).join(' ');
  const plus = more ? locale.numbers.moreThan : '';
  return `${sign}${prefix}${digits}${suffix}${plus}${words ? ` ${words}` : ''}`;
}

/**
 * A compact axis tick, the unit left to the axis title: zh 20000000 → '2000万', 200000000 → '2亿',
 * 15000 → '1.5万', 5000 → '5000'; en 20000000 → '20M', 200000000 → '200M', 1500 → '1.5K',
 * 2e9 → '2B', 500 → '500'. Percent ticks keep '%' ('50%'). 0 → '0'; decimals as given
 * (0.1 + 0.2 → '0.3'); negatives '-20M'. Never empty: NaN / ±Infinity → '–'.
 */
export function formatAxisTick(value: number, unit: BaseUnit, lang: Lang): string {
  const v = tidy(value);
  if (!Number.isFinite(v)) return NOT_A_NUMBER;
  const locale = localeOf(lang);
  const abs = Math.abs(v);
  const scale = locale.numbers.ticks.find((s) => abs >= s.factor);
  const digits = localDigits(plainNumber(scale ? abs / scale.factor : abs), locale, false);
  return `${v < 0 ? '-' : ''}${digits}${scale?.mark ?? ''}${tickSuffix(unit)}`;
}

/**
 * The base unit's name for axis titles and subtitles, from units.json: zh '元', '户', '人次',
 * '个（家）组织'; en 'yuan', 'households', 'people', 'divisions' (always the plural).
 * An unknown unit is returned as given.
 */
export function baseUnitName(unit: BaseUnit, lang: Lang): string {
  return unitName(unit, lang);
}
