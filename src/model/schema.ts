/**
 * zod schemas for every file in data/ (shared files and each report's files). The types the app
 * uses are inferred from them and exported from types.ts; the page never imports this module.
 * `z.strictObject` everywhere: a misspelt key in a hand-edited JSON file must fail, not vanish.
 */
import { z } from 'zod';

const kebabId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9 and single hyphens)');

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date YYYY-MM-DD')
  // Date.parse rolls 2022-02-30 over to 2 March, so compare the round trip instead.
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'is not a real calendar date');

export const localizedSchema = z.strictObject({
  zh: z.string().min(1),
  en: z.string().min(1),
});
export type Localized = z.infer<typeof localizedSchema>;

export type { Unit, BaseUnit } from './units.ts';

/** A unit as written ('万元'); that it is in data/units.json is checked by checks/units.ts. */
export const unitSchema = z.string().min(1);
/** A base unit id ('yuan'); that it is in data/units.json is checked by checks/units.ts. */
export const baseUnitSchema = kebabId;

const unitPrintSchema = z.strictObject({
  unit: z.string().min(1).optional(),
  scaleFrom: z.number().positive().optional(),
  moreThanAfter: z.string().min(1).optional(),
  noun: z.string().min(1).optional(),
  one: z.string().optional(),
  other: z.string().optional(),
  prefix: z.string().optional(),
  suffix: z.string().optional(),
  scaleWords: z.boolean().optional(),
});

/** data/units.json: written units (factor, base units) and base units (names, print styles). */
export const unitsFileSchema = z.strictObject({
  written: z.record(
    z.string().min(1),
    z.strictObject({ factor: z.number().positive().finite(), base: z.array(kebabId).min(1) }),
  ),
  base: z.record(
    kebabId,
    z.strictObject({
      /** zh and en required; another locale may add its own name. */
      name: z.object({ zh: z.string().min(1), en: z.string().min(1) }).catchall(z.string().min(1)),
      tickSuffix: z.string().min(1).optional(),
      print: z.record(z.string().min(1), unitPrintSchema),
    }),
  ),
});

export const rangeSchema = z
  .strictObject({ start: z.number().int().nonnegative(), end: z.number().int().positive() })
  .refine((r) => r.end > r.start, 'end must be greater than start');
export type TextRange = z.infer<typeof rangeSchema>;

/**
 * When a figure holds. The article rarely dates things; each kind says how much it does say.
 * - `date`: a dated event (day or month precision); `yearInferred` when the year is not in the text.
 * - `year`: a figure for one calendar year (e.g. the 2018 两节 campaign).
 * - `as-of`: a stock at a date (截至2022年底).
 * - `span`: a cumulative figure over the five-year review (五年来 / 过去五年), 2018–2023;
 *   `yearsInferred` when the years are not in the text (they are not: the article says only 五年来).
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
    /** True when the years are not in the text (五年来 → 2018–2023 comes from outside it). */
    yearsInferred: z.boolean().optional(),
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
  /** What is counted; the base value is computed (value × unit factor), never stored. */
  base: z.strictObject({ unit: baseUnitSchema }),
  label: localizedSchema,
  theme: kebabId,
  period: periodSchema,
  /** What is measured, the same id in every report (`grassroots-unions`). */
  indicator: kebabId,
  /** Who: an id from data/entities.json. */
  entity: kebabId,
  section: kebabId,
  note: localizedSchema.optional(),
  /** Fields `npm run new-report` could not fill; a figure with drafts fails validation. */
  draft: z.array(z.string()).optional(),
});
export type Figure = z.infer<typeof figureSchema>;

export const themeSchema = z.strictObject({
  id: kebabId,
  name: localizedSchema,
  description: localizedSchema,
  order: z.number().int(),
});
export type Theme = z.infer<typeof themeSchema>;

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
  /** Set by `npm run new-report`: the curator must confirm the category and reason. */
  draft: z.literal(true).optional(),
});
export type Exclusion = z.infer<typeof exclusionSchema>;

export const CHART_KINDS = ['bar', 'bullet', 'cards'] as const;
export const chartKindSchema = z.enum(CHART_KINDS);
export type ChartKind = z.infer<typeof chartKindSchema>;

export const panelSchema = z.strictObject({
  id: kebabId,
  theme: kebabId,
  title: localizedSchema,
  chart: chartKindSchema,
  figures: z.array(kebabId).min(1),
  note: localizedSchema.optional(),
  /**
   * Notes about particular figures, named by id: each is shown (on screen, in exports, in the CSV)
   * only while every figure it names is shown, so a year filter never leaves a note about bars it
   * hid. `note` is for what holds whatever is shown.
   */
  caveats: z
    .array(z.strictObject({ figures: z.array(kebabId).min(1), text: localizedSchema }))
    .optional(),
});
export type Panel = z.infer<typeof panelSchema>;

/** data/reports/<id>/report.json: the report's own words and metadata. */
export const reportMetaSchema = z.strictObject({
  /** Must equal the folder name. */
  id: kebabId,
  /**
   * Names the report's downloads: `<fileStem>-figures-<lang>.csv`, `<fileStem>-<panel>-<lang>.png`
   * (src/export/file-names.ts). Optional: the report id when absent. Unique across reports.
   */
  fileStem: kebabId.optional(),
  /** The title as published (Chinese). */
  title: z.string().min(1),
  englishTitle: z.string().min(1),
  byline: localizedSchema,
  outlet: localizedSchema,
  /** Publication (or republication) date: orders the reports; the newest is the default. */
  date: isoDate,
  /**
   * The newspaper that printed the article, when the text does not name it (本报), with the basis
   * for naming it; citations name it apart from the site that republished it.
   */
  newspaper: z.strictObject({ name: localizedSchema, basis: localizedSchema }).optional(),
  republication: z
    .strictObject({
      site: localizedSchema,
      channel: localizedSchema,
      date: isoDate,
      url: z.url({ protocol: /^https?$/ }),
    })
    .optional(),
  lastChecked: isoDate.optional(),
  licence: localizedSchema.optional(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  sections: z.array(sectionSchema).min(1),
  headlineFigures: z.array(kebabId),
  /** One-paragraph summary under the title. */
  summary: localizedSchema,
  /** The source line under charts, exports and the page. */
  sourceLine: localizedSchema,
  /** Fields `npm run new-report` could not fill; a report with drafts fails validation. */
  draft: z.array(z.string()).optional(),
});
export type ReportMeta = z.infer<typeof reportMetaSchema>;
/** @deprecated the old name of ReportMeta. */
export const articleMetaSchema = reportMetaSchema;
export type ArticleMeta = ReportMeta;

export const ENTITY_KINDS = ['union', 'government', 'employer', 'joint', 'individual'] as const;
/** data/entities.json: who acts or is counted, shared by every report. */
export const entitySchema = z.strictObject({
  id: kebabId,
  name: localizedSchema,
  /** The body it belongs to, or null at the top. */
  parent: kebabId.nullable(),
  kind: z.enum(ENTITY_KINDS),
});
export type Entity = z.infer<typeof entitySchema>;

/** A dated event in the article (body text or photo caption), for the timeline. */
export const eventSchema = z.strictObject({
  id: kebabId,
  start: isoDate,
  end: isoDate.optional(),
  precision: z.enum(['day', 'month', 'year']),
  yearInferred: z.boolean(),
  label: localizedSchema,
  quote: z.string().min(2),
  range: rangeSchema,
  source: z.enum(['text', 'caption']),
  /** Figures counted at this event; empty for events the article only mentions. */
  figures: z.array(kebabId),
});
export type ArticleEvent = z.infer<typeof eventSchema>;
