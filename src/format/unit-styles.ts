/**
 * How each base unit is printed after (or around) a number, in both languages: one registry,
 * keyed by BaseUnit, instead of a switch in every formatter.
 */
import type { BaseUnit } from '../model/schema';

export interface UnitStyle {
  en: {
    /** Noun after the number, separated by a space: '1 studio'. Empty for symbol units. */
    one: string;
    /** Noun for every count that is not exactly 1 (0, 2, 1.5, 1+): '2 studios'. */
    other: string;
    /** Symbol before the digits ('¥'). */
    prefix?: string;
    /** Symbol glued after the digits ('%'). */
    suffix?: string;
    /** Write ≥ 1e6 as 'million' / 'billion' ('¥24.12 million'); otherwise always full digits. */
    scaleWords?: boolean;
  };
  zh: {
    /** Measure word or symbol after the number: 元, 户, 人, 个, %. */
    unit: string;
    /** Smallest value written with 万 (and from 1亿 with 亿). Infinity: never scaled. */
    scaleFrom: number;
    /** How "more than" reads when 余 before the unit would be wrong: '95.88%以上'. */
    moreThanAfter?: string;
  };
}

/**
 * Money takes 万 from 1万 (7.3万元), counts from 10万 (35173人 but 64.97万人), as the article does.
 * Chinese measure words follow the article's usage; the full noun is in BASE_UNITS.
 */
const COUNTS = 1e5;

export const UNIT_STYLES = {
  yuan: {
    en: { one: '', other: '', prefix: '¥', scaleWords: true },
    zh: { unit: '元', scaleFrom: 1e4 },
  },
  households: {
    en: { one: 'household', other: 'households' },
    zh: { unit: '户', scaleFrom: COUNTS },
  },
  persons: { en: { one: 'person', other: 'people' }, zh: { unit: '人', scaleFrom: COUNTS } },
  'person-visits': {
    en: { one: 'person-visit', other: 'person-visits' },
    zh: { unit: '人次', scaleFrom: COUNTS },
  },
  'person-times': {
    en: { one: 'person-time', other: 'person-times' },
    zh: { unit: '人次', scaleFrom: COUNTS },
  },
  tonnes: { en: { one: 'tonne', other: 'tonnes' }, zh: { unit: '吨', scaleFrom: COUNTS } },
  percent: {
    en: { one: '', other: '', suffix: '%' },
    zh: { unit: '%', scaleFrom: Infinity, moreThanAfter: '以上' },
  },
  years: { en: { one: 'year', other: 'years' }, zh: { unit: '年', scaleFrom: COUNTS } },
  organisations: {
    en: { one: 'organisation', other: 'organisations' },
    zh: { unit: '个', scaleFrom: COUNTS },
  },
  enterprises: {
    en: { one: 'enterprise', other: 'enterprises' },
    zh: { unit: '家', scaleFrom: COUNTS },
  },
  sites: { en: { one: 'site', other: 'sites' }, zh: { unit: '个', scaleFrom: COUNTS } },
  studios: { en: { one: 'studio', other: 'studios' }, zh: { unit: '家', scaleFrom: COUNTS } },
  projects: { en: { one: 'project', other: 'projects' }, zh: { unit: '个', scaleFrom: COUNTS } },
  teams: { en: { one: 'team', other: 'teams' }, zh: { unit: '支', scaleFrom: COUNTS } },
  prizes: { en: { one: 'prize', other: 'prizes' }, zh: { unit: '个', scaleFrom: COUNTS } },
  events: { en: { one: 'event', other: 'events' }, zh: { unit: '场', scaleFrom: COUNTS } },
  cities: {
    en: { one: 'division or city', other: 'divisions or cities' },
    zh: { unit: '个', scaleFrom: COUNTS },
  },
} as const satisfies Record<BaseUnit, UnitStyle>;

/**
 * The style of a base unit. An unknown unit (a string from outside the schema) is printed as
 * itself after the number in both languages, never scaled: `unitStyle('bales')` → '3 bales'.
 */
export function unitStyle(unit: BaseUnit | string): UnitStyle {
  if (Object.hasOwn(UNIT_STYLES, unit)) return UNIT_STYLES[unit as BaseUnit];
  return { en: { one: unit, other: unit }, zh: { unit, scaleFrom: Infinity } };
}
