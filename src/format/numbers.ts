/**
 * Numbers for display: a figure's value, a normalised base value, an axis tick, a unit name.
 * All pure; rounding goes through {@link tidy} so no float noise (0.30000000000000004) is printed.
 */
import { BASE_UNITS, type BaseUnit } from '../model/units';
import type { FigureRecord } from '../model/validate';
import type { Lang } from './lang';
import { groupDigits, plainNumber, tidy } from './plain-number';
import { unitStyle } from './unit-styles';

export { plainNumber } from './plain-number';

/** Printed for NaN and ±Infinity, which no formatter passes on as 'NaN' or 'Infinity'. */
export const NOT_A_NUMBER = '–';

/** Chinese myriad scales, largest first. */
const ZH_SCALES = [
  { factor: 1e8, mark: '亿' },
  { factor: 1e4, mark: '万' },
] as const;
/** English scale words for yuan, largest first. */
const EN_SCALES = [
  { factor: 1e9, word: 'billion' },
  { factor: 1e6, word: 'million' },
] as const;
/** English axis-tick suffixes, largest first. */
const EN_TICKS = [
  { factor: 1e9, mark: 'B' },
  { factor: 1e6, mark: 'M' },
  { factor: 1e3, mark: 'K' },
] as const;

/**
 * The figure's value for display.
 * - zh: exactly as the article prints it (`figure.written`): '2412万元', '1600余场',
 *   '11.2万多人次', '两个', '95.88%'. A record without `written` (should not happen after
 *   validation) falls back to numeral (or value) + unit, 余 placed as formatBaseValue places it:
 *   '1300余万元', '11.2万余人次', '两个'.
 * - en: the base value through {@link formatBaseValue}: '¥24.12 million', '¥7,000+',
 *   '¥13+ million', '649,700 people', '1,600+ events', '95.88%', '1 studio', '2 organisations'.
 *   '+' appears iff the qualifier is more_than.
 */
export function formatFigureValue(figure: FigureRecord, lang: Lang): string {
  const moreThan = figure.qualifier === 'more_than';
  if (lang === 'zh') {
    if (figure.written) return figure.written;
    const numeral = figure.numeral ?? plainNumber(figure.value);
    if (!moreThan) return numeral + figure.unit;
    const afterMark = /^[万亿]/.test(figure.unit) && !Number.isInteger(figure.value);
    return afterMark
      ? `${numeral}${figure.unit[0]}余${figure.unit.slice(1)}`
      : `${numeral}余${figure.unit}`;
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
  const style = unitStyle(unit);
  const sign = v < 0 ? '-' : '';
  const abs = Math.abs(v);
  const more = opts.moreThan === true;

  if (lang === 'zh') {
    const { unit: word, scaleFrom, moreThanAfter } = style.zh;
    const scale = abs >= scaleFrom ? ZH_SCALES.find((s) => abs >= s.factor) : undefined;
    const scaled = tidy(scale ? abs / scale.factor : abs);
    const mark = scale?.mark ?? '';
    const digits = plainNumber(scaled);
    if (!more) return `${sign}${digits}${mark}${word}`;
    if (moreThanAfter) return `${sign}${digits}${mark}${word}${moreThanAfter}`;
    // 余 follows a whole number of 万 (1300余万元) but a decimal one's 万 (11.2万余人次).
    return Number.isInteger(scaled)
      ? `${sign}${digits}余${mark}${word}`
      : `${sign}${digits}${mark}余${word}`;
  }

  const { prefix = '', suffix = '', scaleWords, one, other } = style.en;
  const scale = scaleWords ? EN_SCALES.find((s) => abs >= s.factor) : undefined;
  const digits = groupDigits(plainNumber(scale ? abs / scale.factor : abs));
  const noun = abs === 1 && !more ? one : other;
  const words = [scale?.word, noun].filter(Boolean).join(' ');
  return `${sign}${prefix}${digits}${suffix}${more ? '+' : ''}${words ? ` ${words}` : ''}`;
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
  const abs = Math.abs(v);
  const scales = lang === 'zh' ? ZH_SCALES : EN_TICKS;
  const scale = scales.find((s) => abs >= s.factor);
  const digits = plainNumber(scale ? abs / scale.factor : abs);
  const symbol = unitStyle(unit).en.suffix ?? '';
  return `${v < 0 ? '-' : ''}${digits}${scale?.mark ?? ''}${symbol}`;
}

/**
 * The base unit's name for axis titles and subtitles, from BASE_UNITS: zh '元', '户', '人次',
 * '个（家）组织'; en 'yuan', 'households', 'people', 'divisions or cities' (always the plural).
 * An unknown unit is returned as given.
 */
export function baseUnitName(unit: BaseUnit, lang: Lang): string {
  return Object.hasOwn(BASE_UNITS, unit) ? BASE_UNITS[unit][lang] : String(unit);
}
