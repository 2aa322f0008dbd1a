/**
 * Checks the whole dataset at once and reports every problem, each naming the file, the record and
 * the field. The CLI (`npm run validate-data`), the build and the app all go through here.
 */
import type { z } from 'zod';
import {
  BASE_UNITS,
  UNIT_FACTORS,
  articleMetaSchema,
  eventSchema,
  exclusionSchema,
  figureSchema,
  panelSchema,
  themeSchema,
  type ArticleEvent,
  type ArticleMeta,
  type Exclusion,
  type Figure,
  type Panel,
  type TextRange,
  type Theme,
} from './schema.ts';
import {
  chineseNumeralValue,
  locateValue,
  textAt,
  tokenizeNumerals,
  unwrap,
  type ValueLocation,
} from './numerals.ts';
import { checkGlossary, glossaryTermSchema, type GlossaryTerm } from './glossary.ts';

export const DATA_FILES = {
  article: 'data/article.txt',
  meta: 'data/article.json',
  figures: 'data/figures.json',
  themes: 'data/themes.json',
  panels: 'data/panels.json',
  exclusions: 'data/exclusions.json',
  events: 'data/events.json',
  glossary: 'data/glossary.json',
} as const;
export type DataFileKey = keyof typeof DATA_FILES;

/** The raw contents of every data file, as read from disk or bundled. */
export type RawDataFiles = Record<DataFileKey, string>;

export interface Problem {
  file: string;
  /** e.g. `figure "grassroots-unions"`, `exclusion #3 ("第十三师")`, or undefined for the file itself. */
  record?: string;
  field?: string;
  message: string;
}

export function formatProblem(p: Problem): string {
  const where = [p.record, p.field].filter(Boolean).join(' ');
  return `${p.file}: ${where ? `${where}: ` : ''}${p.message}`;
}

/** A figure with what the model derives from the article: how it is written, where its number is. */
export interface FigureRecord extends Figure {
  /** The statement as printed, wraps and spaces removed: `1600余场`, `11.2万多人次`, `两个`. */
  written: string;
  /** Raw-article range of the numeral that this figure claims. */
  numeralRange: TextRange;
  /** Raw-article range from the numeral to the end of its unit: what the source view marks. */
  statementRange: TextRange;
}

export interface Dataset {
  article: string;
  meta: ArticleMeta;
  figures: FigureRecord[];
  themes: Theme[];
  panels: Panel[];
  exclusions: Exclusion[];
  /** Dated events, in date order. */
  events: ArticleEvent[];
  /** Union terms explained (src/model/glossary.ts). */
  glossary: GlossaryTerm[];
}

/**
 * What the page ships: the dataset without the article text (loaded with the source view) and
 * without the exclusion list (only the validator needs it).
 */
export type AppDataset = Omit<Dataset, 'article' | 'exclusions'>;

export function toAppDataset({
  article: _article,
  exclusions: _exclusions,
  ...rest
}: Dataset): AppDataset {
  return rest;
}

export class DataError extends Error {
  constructor(readonly problems: Problem[]) {
    super(
      `The dataset has ${problems.length} problem(s):\n${problems.map(formatProblem).join('\n')}`,
    );
    this.name = 'DataError';
  }
}

const RELATIVE_TOLERANCE = 1e-9; // base values are products of decimals; compare without float noise

export interface ValidationResult {
  problems: Problem[];
  dataset?: Dataset;
}

/**
 * Validates every file and every cross-reference. Never throws on bad input: a file that does not
 * parse is reported and the checks that depend on it are skipped, the rest still run.
 * `sha256` is optional so the browser, which has no synchronous hash, can skip that one check.
 */
export function validateDataset(
  raw: RawDataFiles,
  options: { sha256?: (text: string) => string } = {},
): ValidationResult {
  const problems: Problem[] = [];
  const article = raw.article;

  const meta = parseSingle(raw.meta, DATA_FILES.meta, articleMetaSchema, problems);
  const themes = parseRecords(raw.themes, DATA_FILES.themes, 'theme', themeSchema, problems);
  const figures = parseRecords(raw.figures, DATA_FILES.figures, 'figure', figureSchema, problems);
  const panels = parseRecords(raw.panels, DATA_FILES.panels, 'panel', panelSchema, problems);
  const exclusions = parseRecords(
    raw.exclusions,
    DATA_FILES.exclusions,
    'exclusion',
    exclusionSchema,
    problems,
  );

  if (meta && options.sha256) {
    const actual = options.sha256(article);
    if (actual !== meta.sha256) {
      problems.push({
        file: DATA_FILES.article,
        message: `sha256 ${actual} differs from ${meta.sha256} in ${DATA_FILES.meta}; the article must stay byte for byte as published`,
      });
    }
  }

  const themeIds = new Set(themes?.map((t) => t.id));
  if (themes) checkUnique(themes, (t) => t.id, DATA_FILES.themes, 'theme', 'id', problems);
  if (themes)
    checkUnique(themes, (t) => String(t.order), DATA_FILES.themes, 'theme', 'order', problems);

  const located = new Map<string, ValueLocation>();
  if (figures) {
    checkUnique(figures, (f) => f.id, DATA_FILES.figures, 'figure', 'id', problems);
    const sectionIds = new Set(meta?.sections.map((s) => s.id));
    for (const f of figures) {
      const loc = checkFigure(
        f,
        article,
        themes ? themeIds : undefined,
        meta ? sectionIds : undefined,
        problems,
      );
      if (loc) located.set(f.id, loc);
    }
  }

  if (panels && figures)
    checkPanels(panels, figures, themes ? themeIds : undefined, meta, problems);
  if (exclusions) checkExclusions(exclusions, article, problems);
  if (figures && exclusions) checkCoverage(article, figures, located, exclusions, problems);

  const events = parseRecords(raw.events, DATA_FILES.events, 'event', eventSchema, problems);
  if (events) checkEvents(events, article, figures, problems);

  const glossary = parseRecords(
    raw.glossary,
    DATA_FILES.glossary,
    'term',
    glossaryTermSchema,
    problems,
  );
  if (glossary)
    checkGlossary(
      glossary,
      { figures, panels, themes, events, sections: meta?.sections },
      problems,
    );

  if (
    problems.length > 0 ||
    !meta ||
    !themes ||
    !figures ||
    !panels ||
    !exclusions ||
    !events ||
    !glossary
  ) {
    return { problems };
  }
  const records: FigureRecord[] = figures.map((f) => {
    const loc = located.get(f.id)!;
    return { ...f, written: loc.written, numeralRange: loc.numeral, statementRange: loc.statement };
  });
  return {
    problems,
    dataset: {
      article,
      meta,
      figures: records,
      themes: [...themes].sort((a, b) => a.order - b.order),
      panels,
      exclusions,
      events: [...events].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0)),
      glossary,
    },
  };
}

/** Validates and returns the dataset, or throws a DataError listing every problem. */
export function loadDataset(
  raw: RawDataFiles,
  options?: { sha256?: (text: string) => string },
): Dataset {
  const { problems, dataset } = validateDataset(raw, options);
  if (!dataset) throw new DataError(problems);
  return dataset;
}

function parseJson(text: string, file: string, problems: Problem[]): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    problems.push({ file, message: `is not valid JSON: ${(error as Error).message}` });
    return undefined;
  }
}

function parseSingle<T>(
  text: string,
  file: string,
  schema: z.ZodType<T>,
  problems: Problem[],
): T | undefined {
  const json = parseJson(text, file, problems);
  if (json === undefined) return undefined;
  const result = schema.safeParse(json);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    problems.push({ file, field: issue.path.join('.') || undefined, message: issue.message });
  }
  return undefined;
}

/**
 * Parses an array file record by record, so one bad record does not hide the others and each
 * problem can name the record by its id. Returns undefined when any record is invalid.
 */
function parseRecords<T>(
  text: string,
  file: string,
  kind: string,
  schema: z.ZodType<T>,
  problems: Problem[],
): T[] | undefined {
  const json = parseJson(text, file, problems);
  if (json === undefined) return undefined;
  if (!Array.isArray(json)) {
    problems.push({ file, message: `must be a JSON array of ${kind} records` });
    return undefined;
  }
  const out: T[] = [];
  let ok = true;
  json.forEach((item: unknown, index) => {
    const result = schema.safeParse(item);
    if (result.success) {
      out.push(result.data);
      return;
    }
    ok = false;
    const record = describeRecord(kind, item, index);
    for (const issue of result.error.issues) {
      const keys = issue.code === 'unrecognized_keys' ? ` (${issue.keys.join(', ')})` : '';
      problems.push({
        file,
        record,
        field: issue.path.join('.') || undefined,
        message: `${issue.message}${keys}`,
      });
    }
  });
  return ok ? out : undefined;
}

function describeRecord(kind: string, item: unknown, index: number): string {
  if (item && typeof item === 'object') {
    const rec = item as Record<string, unknown>;
    if (typeof rec.id === 'string' && rec.id) return `${kind} "${rec.id}"`;
    if (typeof rec.text === 'string') return `${kind} #${index} ("${rec.text}")`;
  }
  return `${kind} #${index}`;
}

function checkUnique<T>(
  items: T[],
  key: (item: T) => string,
  file: string,
  kind: string,
  field: string,
  problems: Problem[],
): void {
  const seen = new Set<string>();
  for (const item of items) {
    const k = key(item);
    if (seen.has(k))
      problems.push({
        file,
        record: `${kind} "${k}"`,
        field,
        message: `duplicate ${field} "${k}"`,
      });
    seen.add(k);
  }
}

function checkFigure(
  f: Figure,
  article: string,
  themeIds: Set<string> | undefined,
  sectionIds: Set<string> | undefined,
  problems: Problem[],
): ValueLocation | undefined {
  const file = DATA_FILES.figures;
  const record = `figure "${f.id}"`;
  const add = (field: string, message: string) => problems.push({ file, record, field, message });

  if (themeIds && !themeIds.has(f.theme))
    add('theme', `unknown theme "${f.theme}" (not in ${DATA_FILES.themes})`);
  if (sectionIds && !sectionIds.has(f.section)) {
    add('section', `unknown section "${f.section}" (not in ${DATA_FILES.meta} sections)`);
  }

  const factor = UNIT_FACTORS[f.unit];
  const expected = f.value * factor;
  if (Math.abs(f.base.value - expected) > Math.abs(expected) * RELATIVE_TOLERANCE) {
    add(
      'base.value',
      `is ${f.base.value} but value × unit factor = ${f.value} × ${factor} = ${expected}`,
    );
  }
  const allowed: readonly string[] = BASE_UNITS[f.base.unit].units;
  if (!allowed.includes(f.unit)) {
    add(
      'base.unit',
      `"${f.base.unit}" cannot be counted in ${f.unit} (allowed units: ${allowed.join(' ')})`,
    );
  }
  if (f.numeral !== undefined && /^\d/.test(f.numeral)) {
    add('numeral', 'is only for numbers not written in Arabic digits; remove it');
  } else if (f.numeral !== undefined && chineseNumeralValue(f.numeral) !== f.value) {
    const worth = chineseNumeralValue(f.numeral);
    add(
      'value',
      `is ${f.value} but the numeral "${f.numeral}" is worth ${worth ?? 'nothing this validator can read'}`,
    );
  }
  if (f.period.kind === 'span' && f.period.from > f.period.to)
    add('period', 'span "from" is after "to"');
  if (f.period.kind === 'date' && f.period.end && f.period.end < f.period.start) {
    add('period', 'date "end" is before "start"');
  }

  if (f.range.end > article.length) {
    add(
      'range',
      `${f.range.start}..${f.range.end} runs past the end of ${DATA_FILES.article} (${article.length} characters)`,
    );
    return undefined;
  }
  const actual = textAt(article, f.range);
  if (actual !== f.quote) {
    add(
      'range',
      `quote "${f.quote}" not found at ${f.range.start}..${f.range.end} (the text there is "${actual}")`,
    );
    return undefined;
  }
  const loc = locateValue(article, f);
  if (!loc) {
    add('quote', `does not state the value ${f.numeral ?? f.value} followed by its unit ${f.unit}`);
    return undefined;
  }
  const saysMore = loc.moreThan;
  if (saysMore !== (f.qualifier === 'more_than')) {
    add(
      'qualifier',
      saysMore
        ? `is "${f.qualifier}" but the text says 余/多 ("${loc.written}"): use "more_than"`
        : `is "${f.qualifier}" but the text has no 余/多 ("${loc.written}"): use "exact"`,
    );
  }
  return loc;
}

function checkPanels(
  panels: Panel[],
  figures: Figure[],
  themeIds: Set<string> | undefined,
  meta: ArticleMeta | undefined,
  problems: Problem[],
): void {
  const file = DATA_FILES.panels;
  checkUnique(panels, (p) => p.id, file, 'panel', 'id', problems);
  const byId = new Map(figures.map((f) => [f.id, f]));
  const shown = new Set<string>(meta?.headlineFigures ?? []);
  for (const id of meta?.headlineFigures ?? []) {
    if (!byId.has(id)) {
      problems.push({
        file: DATA_FILES.meta,
        field: 'headlineFigures',
        message: `unknown figure "${id}"`,
      });
    }
  }
  for (const p of panels) {
    const record = `panel "${p.id}"`;
    const add = (field: string, message: string) => problems.push({ file, record, field, message });
    if (themeIds && !themeIds.has(p.theme)) add('theme', `unknown theme "${p.theme}"`);
    const members: Figure[] = [];
    for (const id of p.figures) {
      const f = byId.get(id);
      if (!f) {
        add('figures', `unknown figure "${id}"`);
        continue;
      }
      if (f.theme !== p.theme)
        add('figures', `figure "${id}" belongs to theme "${f.theme}", not "${p.theme}"`);
      shown.add(id);
      members.push(f);
    }
    if (new Set(p.figures).size !== p.figures.length) add('figures', 'lists a figure twice');
    const baseUnits = new Set(members.map((f) => f.base.unit));
    if (p.chart !== 'cards' && baseUnits.size > 1) {
      add(
        'chart',
        `a ${p.chart} chart shares one axis, but its figures are counted in ${[...baseUnits].join(', ')}`,
      );
    }
    if (p.chart === 'bullet' && members.some((f) => f.base.unit !== 'percent')) {
      add(
        'chart',
        'a bullet chart shows rates on a 0–100% scale; every figure must be a percentage',
      );
    }
  }
  for (const f of figures) {
    if (!shown.has(f.id)) {
      problems.push({
        file,
        record: `figure "${f.id}"`,
        field: 'figures',
        message: 'appears in no panel and no headline card',
      });
    }
  }
}

function checkExclusions(exclusions: Exclusion[], article: string, problems: Problem[]): void {
  exclusions.forEach((e, index) => {
    const record = `exclusion #${index} ("${e.text}")`;
    if (e.range.end > article.length || textAt(article, e.range) !== e.text) {
      const actual =
        e.range.end > article.length ? '(past the end)' : `"${textAt(article, e.range)}"`;
      problems.push({
        file: DATA_FILES.exclusions,
        record,
        field: 'range',
        message: `text "${e.text}" not found at ${e.range.start}..${e.range.end} (the text there is ${actual})`,
      });
    } else if (tokenizeNumerals(article.slice(e.range.start, e.range.end)).length === 0) {
      problems.push({
        file: DATA_FILES.exclusions,
        record,
        field: 'text',
        message: 'contains no numeral',
      });
    }
  });
}

function checkEvents(
  events: ArticleEvent[],
  article: string,
  figures: Figure[] | undefined,
  problems: Problem[],
): void {
  const file = DATA_FILES.events;
  checkUnique(events, (e) => e.id, file, 'event', 'id', problems);
  const figureIds = new Set(figures?.map((f) => f.id));
  for (const e of events) {
    const record = `event "${e.id}"`;
    const actual =
      e.range.end > article.length ? '(past the end)' : `"${textAt(article, e.range)}"`;
    if (actual !== `"${e.quote}"`) {
      problems.push({
        file,
        record,
        field: 'range',
        message: `quote "${e.quote}" not found at ${e.range.start}..${e.range.end} (the text there is ${actual})`,
      });
    }
    if (e.end && e.end < e.start)
      problems.push({ file, record, field: 'end', message: 'is before start' });
    for (const id of e.figures) {
      if (figures && !figureIds.has(id))
        problems.push({ file, record, field: 'figures', message: `unknown figure "${id}"` });
    }
  }
}

/**
 * Every numeral token in the article must be claimed exactly once: as the value of one figure, or
 * inside one exclusion. Other numerals inside a figure's quote (一等奖 in the prizes quote) are not
 * claimed by that figure and need their own exclusion.
 */
function checkCoverage(
  article: string,
  figures: Figure[],
  located: Map<string, ValueLocation>,
  exclusions: Exclusion[],
  problems: Problem[],
): void {
  for (const token of tokenizeNumerals(article)) {
    const claims: string[] = [];
    for (const f of figures) {
      const loc = located.get(f.id);
      if (loc && loc.numeral.start === token.start) claims.push(`figure "${f.id}"`);
    }
    exclusions.forEach((e, i) => {
      if (e.range.start <= token.start && token.end <= e.range.end)
        claims.push(`exclusion #${i} ("${e.text}")`);
    });
    const where = `"${unwrap(token.text)}" at ${token.start}..${token.end} (…${unwrap(article.slice(Math.max(0, token.start - 8), token.end + 8))}…)`;
    if (claims.length === 0) {
      problems.push({
        file: DATA_FILES.exclusions,
        field: 'coverage',
        message: `numeral ${where} is neither a figure's value in ${DATA_FILES.figures} nor listed in ${DATA_FILES.exclusions}`,
      });
    } else if (claims.length > 1) {
      problems.push({
        file: DATA_FILES.exclusions,
        field: 'coverage',
        message: `numeral ${where} is claimed more than once: ${claims.join(', ')}`,
      });
    }
  }
}
