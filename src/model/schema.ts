/**
 * zod schemas for every file in data/ (shared files and each report's files). The types the app
 * uses are inferred from them and exported from types.ts; the page never imports this module.
 * `z.strictObject` everywhere: a misspelt key in a hand-edited JSON file must fail, not vanish.
 */
import { z } from 'zod';
import { CHART_KINDS, type ChartKind } from './chart-kinds.ts';
import { DATA_LANGUAGES, REQUIRED_DATA_LANGUAGES, type DataLanguage } from './languages.ts';
import { KEBAB_ID, KEBAB_ID_RULE } from './ids.ts';

const kebabId = z.string().regex(KEBAB_ID, KEBAB_ID_RULE);

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date YYYY-MM-DD')
  // Date.parse rolls 2022-02-30 over to 2 March, so compare the round trip instead.
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'is not a real calendar date');

/**
 * What an address may hold: the characters RFC 3986 allows, and `%` only as a `%XX` escape. A URL
 * parser accepts far more (it percent-encodes `"`, `<`, `>`, spaces on its own), but citations and
 * the JSON download print the address as written, so it must already be the clean form.
 */
const URL_CHAR = /[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]/;

/** Why `url` is not a clean address (naming the character and its place), or undefined. */
export function urlCharProblem(url: string): string | undefined {
  const chars = Array.from(url);
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const at = `at character ${i + 1}`;
    if (!URL_CHAR.test(ch)) {
      const code = `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
      const what = /\s/u.test(ch) ? `a space (${code})` : `"${ch}" (${code})`;
      return `has ${what} ${at}; a plain http(s) address has none: percent-encode it (${encodeURIComponent(ch)})`;
    }
    if (ch === '%' && !/^[0-9A-Fa-f]{2}$/.test(chars.slice(i + 1, i + 3).join('')))
      return `has a "%" ${at} that is not a %XX escape`;
  }
  return undefined;
}

/** An http(s) address, clean as written (see urlCharProblem). */
const httpUrl = z.url({ protocol: /^https?$/ }).superRefine((url, ctx) => {
  const problem = urlCharProblem(url);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

/**
 * A data text keyed by language: zh and en required, any other data language optional (a locale
 * without its own text reads the one its `textFrom` falls back to, English), any other key an
 * error naming it. Exported for tests, which check a language list of their own.
 */
export function localizedSchemaFor(languages: readonly string[]) {
  const text = z.string().min(1);
  const shape: Record<string, z.ZodOptional<typeof text> | typeof text> = {};
  for (const l of languages)
    shape[l] = (REQUIRED_DATA_LANGUAGES as readonly string[]).includes(l) ? text : text.optional();
  for (const l of REQUIRED_DATA_LANGUAGES) shape[l] = text;
  const known = Object.keys(shape).join(', ');
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `has a text in ${issue.keys.map((k) => `"${k}"`).join(', ')}, which is not a data language (${known}: src/model/languages.ts)`
        : undefined,
  }) as unknown as z.ZodType<Localized>;
}

/** A data text: `{ zh, en }` and, optionally, one per other data language (languages.ts). */
export type Localized = Record<(typeof REQUIRED_DATA_LANGUAGES)[number], string> &
  Partial<Record<DataLanguage, string>>;

export const localizedSchema = localizedSchemaFor(DATA_LANGUAGES);

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
export const unitsFileSchema = z
  .strictObject({
    written: z.record(
      z.string().min(1),
      z.strictObject({
        factor: z.number().positive().finite(),
        base: z.array(kebabId).min(1),
        /** The same unit in other characters (個 for 个, 萬元 for 万元): the same factor and bases. */
        aliases: z.array(z.string().min(1)).optional(),
      }),
    ),
    base: z.record(
      kebabId,
      z.strictObject({
        /** zh and en required; another locale may add its own name. */
        name: z
          .object({ zh: z.string().min(1), en: z.string().min(1) })
          .catchall(z.string().min(1)),
        tickSuffix: z.string().min(1).optional(),
        print: z.record(z.string().min(1), unitPrintSchema),
      }),
    ),
  })
  .superRefine((file, ctx) => {
    for (const [unit, w] of Object.entries(file.written))
      for (const alias of w.aliases ?? [])
        if (Object.hasOwn(file.written, alias) || alias === unit)
          ctx.addIssue({
            code: 'custom',
            path: ['written', unit, 'aliases'],
            message: `alias "${alias}" is also a unit of its own; keep one`,
          });
  })
  // Each alias becomes a written unit of its own, so every tool reads 個 as it reads 个.
  .transform((file) => {
    const written = { ...file.written };
    for (const w of Object.values(file.written))
      for (const alias of w.aliases ?? []) written[alias] = { factor: w.factor, base: w.base };
    return { ...file, written };
  });

export const rangeSchema = z
  .strictObject({ start: z.number().int().nonnegative(), end: z.number().int().positive() })
  .refine((r) => r.end > r.start, 'end must be greater than start');
export type TextRange = z.infer<typeof rangeSchema>;

/**
 * When a figure holds. The article rarely dates things; each kind says how much it does say.
 * - `date`: a dated event (day or month precision); `yearInferred` when the year is not in the text.
 * - `year`: a figure for one calendar year (e.g. the 2018 两节 campaign).
 * - `as-of`: a stock at a date (截至2022年底); `precision: 'month'` when only the month is known,
 *   `dateInferred` when the publication date stands in for the date of the count.
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
  z.strictObject({
    kind: z.literal('as-of'),
    date: isoDate,
    /** 'month' when the source gives only the month (截至2023年12月); default 'day'. */
    precision: z.enum(['day', 'month']).optional(),
    /**
     * True when the source gives no date for the count and the publication date stands in for
     * it: shown everywhere as such (截至2023年12月（按发布日期）).
     */
    dateInferred: z.boolean().optional(),
  }),
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
  qualifier: z.enum(['exact', 'more_than', 'nearly', 'about', 'less_than', 'at_least', 'range']),
  /** A range's upper bound as written (3 for `3至5个` is value, 5 is valueTo); iff qualifier is range. */
  valueTo: z.number().finite().nonnegative().optional(),
  /** An `article` report's figure: the exact words and where they are in article.txt. */
  quote: z.string().min(2).optional(),
  range: rangeSchema.optional(),
  /** A `cited` report's figure: where in the publication (headline, paragraph 3 …), our words. */
  locator: localizedSchema.optional(),
  /** A `cited` report's figure: the numeral and unit as written (`2.12亿人`), never a passage. */
  asWritten: z.string().min(1).optional(),
  /** A `cited` report's figure: what the source says, in our own words. */
  description: localizedSchema.optional(),
  /** A `table` report's figure: its cell in table.csv, by row and column header as published. */
  cell: z.strictObject({ row: z.string().min(1), column: z.string().min(1) }).optional(),
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

const EXCLUSION_CATEGORIES = [
  'date',
  'period',
  'ordinal',
  'name',
  'slogan',
  'phrase',
  'position',
  'not-a-statistic',
] as const;
/** A numeral of an `article` report's text that is not a statistic. */
export const textExclusionSchema = z.strictObject({
  text: z.string().min(1),
  range: rangeSchema,
  category: z.enum(EXCLUSION_CATEGORIES),
  reason: z.string().min(3),
  /** Set by `npm run new-report`: the curator must confirm the category and reason. */
  draft: z.literal(true).optional(),
});
/**
 * Cells of a `table` report's table.csv that are not figures: one cell (`row` and `column`), or
 * every cell of a row (`row` only) or of a column (`column` only).
 */
export const cellExclusionSchema = z
  .strictObject({
    cell: z.strictObject({
      row: z.string().min(1).optional(),
      column: z.string().min(1).optional(),
    }),
    category: z.enum(EXCLUSION_CATEGORIES),
    reason: z.string().min(3),
  })
  .refine((e) => e.cell.row !== undefined || e.cell.column !== undefined, {
    message: 'cell needs a row, a column or both',
    path: ['cell'],
  });
/** exclusions.json of an `article` report. */
export const exclusionSchema = textExclusionSchema;
export type Exclusion = z.infer<typeof exclusionSchema>;
/** exclusions.json of a `table` report. */
export type CellExclusion = z.infer<typeof cellExclusionSchema>;

/** The kinds' names come from their rules (chart-kinds.ts), which the builders share. */
export { CHART_KINDS, type ChartKind };
export const chartKindSchema = z.enum(CHART_KINDS);

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

export const SOURCE_KINDS = ['article', 'cited', 'table'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** data/reports/<id>/report.json: the report's own words and metadata. */
export const reportMetaSchema = z.strictObject({
  /** Must equal the folder name. */
  id: kebabId,
  /**
   * Names the report's downloads: `<fileStem>-figures-<lang>.csv`, `<fileStem>-<panel>-<lang>.png`
   * (src/export/file-names.ts). Optional: the report id when absent. Unique across reports.
   */
  fileStem: kebabId.optional(),
  /**
   * What kind of source: `article` (the text kept byte for byte in article.txt; the default),
   * `cited` (the text is not ours to keep: only numbers, units, locators and our own words),
   * `table` (a published statistical table kept as table.csv).
   */
  kind: z.enum(SOURCE_KINDS).optional(),
  /**
   * The language the source is written in (`zh`): its title, quotes, table cells and numerals as
   * written are shown in it (`lang` from its locale). One of DATA_LANGUAGES (languages.ts).
   */
  language: z.enum(DATA_LANGUAGES, {
    error: (issue) =>
      `must be the language of the source, one of ${DATA_LANGUAGES.join(', ')} (a language with a locale in src/i18n/locales); got ${JSON.stringify(issue.input)}`,
  }),
  /** The title as published (in the source's language). */
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
      url: httpUrl,
    })
    .optional(),
  lastChecked: isoDate.optional(),
  /**
   * `cited` and `table`: where the source was read. `url` the page, `read` the day it was read,
   * `site` the page's site when it is not the outlet (a mirror or a republisher).
   */
  address: z
    .strictObject({
      url: httpUrl,
      read: isoDate,
      site: localizedSchema.optional(),
    })
    .optional(),
  /** `table`: the table's title and its unit line as published (`16-11 工会、妇联基本情况`, `个`). */
  table: z
    .strictObject({ title: z.string().min(1), unit: z.string().min(1).optional() })
    .optional(),
  licence: localizedSchema.optional(),
  /** sha256 of article.txt (`article`) or table.csv (`table`); none for `cited`. */
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
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
  /** Shown under the event: e.g. where its year comes from when the date has none. */
  note: localizedSchema.optional(),
});
export type ArticleEvent = z.infer<typeof eventSchema>;
