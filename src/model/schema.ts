/**
 * zod schemas for every file in data/, and the types the app uses, inferred from them.
 * `z.strictObject` everywhere: a misspelt key in a hand-edited JSON file must fail, not vanish.
 */
import { z } from 'zod';

const kebabId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9 and single hyphens)');

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), 'is not a real calendar date');

export const localizedSchema = z.strictObject({
  zh: z.string().min(1),
  en: z.string().min(1),
});
export type Localized = z.infer<typeof localizedSchema>;

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
export const unitSchema = z.enum(Object.keys(UNIT_FACTORS) as [Unit, ...Unit[]]);

/**
 * Base units: what is being counted. Two figures share a chart axis only when their base units
 * agree, so 户 (households) never stands beside 人 (people), while 万元 and 亿元 both become yuan.
 */
export const BASE_UNITS = {
  yuan: { zh: '元', en: 'yuan', units: ['元', '万元', '亿元'] },
  households: { zh: '户', en: 'households', units: ['户'] },
  persons: { zh: '人', en: 'people', units: ['人', '万人', '名', '位'] },
  'person-visits': { zh: '人次', en: 'person-visits', units: ['人次', '万人次'] },
  tonnes: { zh: '吨', en: 'tonnes', units: ['吨'] },
  percent: { zh: '%', en: 'percent', units: ['%'] },
  years: { zh: '年', en: 'years', units: ['年'] },
  organisations: { zh: '个（家）组织', en: 'organisations', units: ['个', '家'] },
  enterprises: { zh: '家企业', en: 'enterprises', units: ['个', '家'] },
  sites: { zh: '个站点', en: 'sites', units: ['个', '家'] },
  studios: { zh: '个工作室', en: 'studios', units: ['个', '家'] },
  projects: { zh: '个项目', en: 'projects', units: ['个'] },
  teams: { zh: '支队伍', en: 'teams', units: ['支'] },
  prizes: { zh: '个奖项', en: 'prizes', units: ['个'] },
  events: { zh: '场', en: 'events', units: ['场', '场次'] },
  cities: { zh: '个师市/地市', en: 'divisions or cities', units: ['个'] },
} as const satisfies Record<string, { zh: string; en: string; units: readonly Unit[] }>;
export type BaseUnit = keyof typeof BASE_UNITS;
export const baseUnitSchema = z.enum(Object.keys(BASE_UNITS) as [BaseUnit, ...BaseUnit[]]);

export const rangeSchema = z
  .strictObject({ start: z.number().int().nonnegative(), end: z.number().int().positive() })
  .refine((r) => r.end > r.start, 'end must be greater than start');
export type TextRange = z.infer<typeof rangeSchema>;

/**
 * When a figure holds. The article rarely dates things; each kind says how much it does say.
 * - `date`: a dated event (day or month precision); `yearInferred` when the year is not in the text.
 * - `year`: a figure for one calendar year (e.g. the 2018 两节 campaign).
 * - `as-of`: a stock at a date (截至2022年底).
 * - `span`: a cumulative figure over the five-year review (五年来 / 过去五年), 2018–2023.
 * - `recent`: 近年来, no years given.
 * - `unspecified`: the article gives no period.
 */
export const periodSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('date'),
    start: isoDate,
    end: isoDate.optional(),
    precision: z.enum(['day', 'month']),
    yearInferred: z.boolean(),
  }),
  z.strictObject({
    kind: z.literal('year'),
    year: z.number().int().min(1949).max(2100),
    yearInferred: z.boolean(),
    label: localizedSchema.optional(),
  }),
  z.strictObject({ kind: z.literal('as-of'), date: isoDate }),
  z.strictObject({
    kind: z.literal('span'),
    from: z.number().int().min(1949).max(2100),
    to: z.number().int().min(1949).max(2100),
  }),
  z.strictObject({ kind: z.literal('recent') }),
  z.strictObject({ kind: z.literal('unspecified') }),
]);
export type Period = z.infer<typeof periodSchema>;
export type PeriodKind = Period['kind'];

export const figureSchema = z.strictObject({
  id: kebabId,
  /** The number as written: 2412 for 2412万元, 2 for 两个. */
  value: z.number().finite().nonnegative(),
  /** How the number is written when it is not in Arabic digits (两 for 两个). */
  numeral: z.string().min(1).optional(),
  unit: unitSchema,
  qualifier: z.enum(['exact', 'more_than']),
  quote: z.string().min(2),
  range: rangeSchema,
  base: z.strictObject({ value: z.number().finite().nonnegative(), unit: baseUnitSchema }),
  label: localizedSchema,
  theme: kebabId,
  period: periodSchema,
  organisation: localizedSchema,
  section: kebabId,
  note: localizedSchema.optional(),
});
export type Figure = z.infer<typeof figureSchema>;
export const figuresFileSchema = z.array(figureSchema);

export const themeSchema = z.strictObject({
  id: kebabId,
  name: localizedSchema,
  description: localizedSchema,
  order: z.number().int(),
});
export type Theme = z.infer<typeof themeSchema>;
export const themesFileSchema = z.array(themeSchema);

export const sectionSchema = z.strictObject({
  id: kebabId,
  heading: localizedSchema,
  order: z.number().int(),
});
export type Section = z.infer<typeof sectionSchema>;

export const exclusionSchema = z.strictObject({
  text: z.string().min(1),
  range: rangeSchema,
  category: z.enum([
    'date',
    'period',
    'ordinal',
    'name',
    'slogan',
    'phrase',
    'position',
    'not-a-statistic',
  ]),
  reason: z.string().min(3),
});
export type Exclusion = z.infer<typeof exclusionSchema>;
export const exclusionsFileSchema = z.array(exclusionSchema);

export const CHART_KINDS = ['bar', 'grouped-bar', 'gauge', 'cards'] as const;
export const chartKindSchema = z.enum(CHART_KINDS);
export type ChartKind = z.infer<typeof chartKindSchema>;

export const panelSchema = z.strictObject({
  id: kebabId,
  theme: kebabId,
  title: localizedSchema,
  chart: chartKindSchema,
  figures: z.array(kebabId).min(1),
  note: localizedSchema.optional(),
});
export type Panel = z.infer<typeof panelSchema>;
export const panelsFileSchema = z.array(panelSchema);

export const articleMetaSchema = z.strictObject({
  title: z.string().min(1),
  byline: localizedSchema,
  outlet: localizedSchema,
  date: isoDate,
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  sections: z.array(sectionSchema).min(1),
  headlineFigures: z.array(kebabId).min(1),
});
export type ArticleMeta = z.infer<typeof articleMetaSchema>;
