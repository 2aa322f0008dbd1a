/**
 * Units as the article writes them and the base units they normalise to. Plain constants, no zod,
 * so formatters can use them without pulling the schema library into the page bundle.
 */
/** Units exactly as the article writes them, each with its factor to the base value. */
export const UNIT_FACTORS = {
  元: 1,
  万元: 1e4,
  亿元: 1e8,
  户: 1,
  人: 1,
  万人: 1e4,
  名: 1,
  位: 1,
  人次: 1,
  万人次: 1e4,
  个: 1,
  家: 1,
  支: 1,
  场: 1,
  场次: 1,
  吨: 1,
  '%': 1,
  年: 1,
} as const;
export type Unit = keyof typeof UNIT_FACTORS;

/**
 * Base units: what is being counted. Two figures share a chart axis only when their base units
 * agree, so 户 (households) never stands beside 人 (people), while 万元 and 亿元 both become yuan.
 */
export const BASE_UNITS = {
  yuan: { zh: '元', en: 'yuan', units: ['元', '万元', '亿元'] },
  households: { zh: '户', en: 'households', units: ['户'] },
  persons: { zh: '人', en: 'people', units: ['人', '万人', '名', '位'] },
  'person-visits': { zh: '人次', en: 'person-visits', units: ['人次', '万人次'] },
  /** 人次 counting instances of help (1649人次 helped to claim back wages), not visits. */
  'person-times': { zh: '人次', en: 'person-times', units: ['人次', '万人次'] },
  tonnes: { zh: '吨', en: 'tonnes', units: ['吨'] },
  percent: { zh: '%', en: 'percent', units: ['%'] },
  years: { zh: '年', en: 'years', units: ['年'] },
  organisations: { zh: '个（家）组织', en: 'organisations', units: ['个', '家'] },
  enterprises: { zh: '家企业', en: 'enterprises', units: ['个', '家'] },
  sites: { zh: '个站点', en: 'sites', units: ['个', '家'] },
  studios: { zh: '家工作室', en: 'studios', units: ['个', '家'] },
  projects: { zh: '个项目', en: 'projects', units: ['个'] },
  teams: { zh: '支队伍', en: 'teams', units: ['支'] },
  prizes: { zh: '个奖项', en: 'prizes', units: ['个'] },
  events: { zh: '场', en: 'events', units: ['场', '场次'] },
  cities: { zh: '个师市/地市', en: 'divisions or cities', units: ['个'] },
} as const satisfies Record<string, { zh: string; en: string; units: readonly Unit[] }>;
export type BaseUnit = keyof typeof BASE_UNITS;
