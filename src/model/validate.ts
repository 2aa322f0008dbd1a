/**
 * Validates the whole corpus (every report and the shared files) and reports every problem at
 * once, each naming the report, file, record and field. The checks are small functions
 * `(ctx) => Problem[]` in ./checks/; this module parses the files, runs the checks and, when
 * nothing is wrong, builds the dataset (derived values computed here, never stored).
 */
import {
  SOURCE_KINDS,
  cellExclusionSchema,
  type SourceKind,
  entitySchema,
  eventSchema,
  exclusionSchema,
  figureSchema,
  panelSchema,
  reportMetaSchema,
  themeSchema,
  unitsFileSchema,
} from './schema.ts';
import type { UnitsTable } from './units.ts';
import { glossaryTermSchema } from './glossary.ts';
import { reportTerms } from './glossary-terms.ts';
import { reportPath, sharedPath } from './paths.ts';
import { parseRecords, parseSingle } from './checks/parse.ts';
import { checkArticle, ReadProblem } from './strict-read.ts';
import {
  locateAll,
  type ReportCheck,
  type ReportContext,
  type SharedFiles,
} from './checks/context.ts';
import { FIGURE_CHECKS } from './checks/figures.ts';
import { KIND_CHECKS } from './checks/kinds.ts';
import { parseTable, cellAt } from './table.ts';
import { PANEL_CHECKS } from './checks/panels.ts';
import { COVERAGE_CHECKS } from './checks/coverage.ts';
import { REPORT_CHECKS } from './checks/report.ts';
import { CORPUS_CHECKS } from './checks/shared.ts';
import { strayFileProblems } from './checks/files.ts';
import { parseArticle, readableAt } from './article-document.ts';
import type {
  AppCorpus,
  AppDataset,
  Corpus,
  Dataset,
  Entity,
  FigureRecord,
  GlossaryTerm,
  Problem,
  RawCorpus,
} from './types.ts';

export type * from './types.ts';

/** Every check run on each report, in order. */
export const CHECKS: ReportCheck[] = [
  ...REPORT_CHECKS,
  ...FIGURE_CHECKS,
  ...PANEL_CHECKS,
  ...COVERAGE_CHECKS,
  ...KIND_CHECKS,
];

export function formatProblem(p: Problem): string {
  const where = [p.record, p.field].filter(Boolean).join(' ');
  return `${p.file}: ${where ? `${where}: ` : ''}${p.message}`;
}

export class DataError extends Error {
  constructor(readonly problems: Problem[]) {
    super(
      `The dataset has ${problems.length} problem(s):\n${problems.map(formatProblem).join('\n')}`,
    );
    this.name = 'DataError';
  }
}

export interface ValidationResult {
  problems: Problem[];
  corpus?: Corpus;
}

export interface ValidateOptions {
  /** Checks each article's sha256 when given (Node's crypto; the browser has no synchronous hash). */
  sha256?: (text: string) => string;
  /**
   * Today as YYYY-MM-DD: a report dated later is refused. Default: the latest calendar date
   * anywhere on Earth (UTC+14), so an article published today in any time zone passes.
   */
  today?: string;
}

/** The calendar date in the earliest time zone (UTC+14) at `now`: no place is a day further. */
export function latestToday(now: Date = new Date()): string {
  return new Date(now.getTime() + 14 * 3600_000).toISOString().slice(0, 10);
}

function parseShared(raw: RawCorpus, problems: Problem[]): SharedFiles {
  return {
    themes: parseRecords(
      raw.themes,
      { file: sharedPath('themes') },
      'theme',
      themeSchema,
      problems,
    ),
    entities: parseRecords(
      raw.entities,
      { file: sharedPath('entities') },
      'entity',
      entitySchema,
      problems,
    ),
    // Optional: a corpus without a glossary simply explains no terms.
    glossary:
      raw.glossary === undefined
        ? []
        : parseRecords(
            raw.glossary,
            { file: sharedPath('glossary') },
            'term',
            glossaryTermSchema,
            problems,
          ),
    units: parseSingle(raw.units, { file: sharedPath('units') }, unitsFileSchema, problems),
  };
}

function parseReport(
  id: string,
  files: RawCorpus['reports'][number]['files'],
  shared: SharedFiles,
  options: ValidateOptions,
  problems: Problem[],
): ReportContext {
  const at = (key: Parameters<typeof reportPath>[1]) => ({ report: id, file: reportPath(id, key) });
  const meta = parseSingle(files.report, at('report'), reportMetaSchema, problems);
  const kind = meta?.kind ?? declaredKind(files.report);
  // Which files a kind keeps is checked by checks/kinds.ts; only an article report reads its text.
  const article = kind === 'article' ? readableArticle(files.article, at('article'), problems) : '';
  const figures = parseRecords(files.figures, at('figures'), 'figure', figureSchema, problems);
  let table: ReportContext['table'];
  if (kind === 'table') {
    if (files.table === undefined) problems.push({ ...at('table'), message: 'is missing' });
    else {
      const parsed = parseTable(files.table);
      table = parsed.table;
      for (const p of parsed.problems)
        problems.push({
          ...at('table'),
          record: p.line === undefined ? undefined : `line ${p.line}`,
          message: p.message,
        });
    }
  }
  // A cited report has no text, so neither exclusions nor events: their files may be left out.
  const optional = (text: string | undefined) =>
    kind !== 'article' && text === undefined ? '[]' : text;
  return {
    report: id,
    kind,
    article: article ?? '',
    unreadableArticle: article === undefined,
    tableText: kind === 'table' ? files.table : undefined,
    table,
    meta,
    figures,
    panels: parseRecords(files.panels, at('panels'), 'panel', panelSchema, problems),
    exclusions:
      kind === 'table'
        ? []
        : parseRecords(
            optional(files.exclusions),
            at('exclusions'),
            'exclusion',
            exclusionSchema,
            problems,
          ),
    cellExclusions:
      kind === 'table'
        ? parseRecords(
            optional(files.exclusions),
            at('exclusions'),
            'exclusion',
            cellExclusionSchema,
            problems,
          )
        : undefined,
    events: parseRecords(optional(files.events), at('events'), 'event', eventSchema, problems),
    shared,
    located: locateAll(article ?? '', figures),
    present: (Object.keys(files) as (keyof typeof files)[]).filter((k) => files[k] !== undefined),
    sha256: options.sha256,
    today: options.today ?? latestToday(),
  };
}

/** The `kind` a report.json declares even when the file fails its schema (else `article`). */
function declaredKind(text: string | undefined): SourceKind {
  try {
    const kind = (JSON.parse(text ?? '') as { kind?: unknown }).kind;
    return (SOURCE_KINDS as readonly unknown[]).includes(kind) ? (kind as SourceKind) : 'article';
  } catch {
    return 'article';
  }
}

/** The article when it is there and passes the strict reader (LF only, no bidi or control). */
function readableArticle(
  text: string | undefined,
  where: { report: string; file: string },
  problems: Problem[],
): string | undefined {
  if (text === undefined) {
    problems.push({ ...where, message: 'is missing' });
    return undefined;
  }
  try {
    return checkArticle(text, where.file);
  } catch (error) {
    if (!(error instanceof ReadProblem)) throw error;
    problems.push({ ...where, message: error.message });
    return undefined;
  }
}

/**
 * Validates every file and every cross-reference. Never throws on bad input: a file that does not
 * parse is reported and the checks that depend on it are skipped, the rest still run.
 */
export function validateCorpus(raw: RawCorpus, options: ValidateOptions = {}): ValidationResult {
  // Files the reader refused come first; the same file is not then also called missing.
  const refused = raw.problems ?? [];
  const unread = new Set(refused.map((p) => p.file));
  const parsed: Problem[] = [];
  const shared = parseShared(raw, parsed);
  if (raw.reports.length === 0)
    parsed.push({ file: 'data/reports', message: 'holds no report folder' });
  const contexts = raw.reports.map(({ id, files }) =>
    parseReport(id, files, shared, options, parsed),
  );
  const problems = [
    ...refused,
    ...strayFileProblems(raw),
    ...parsed.filter((p) => !(p.message === 'is missing' && unread.has(p.file))),
  ];
  // Without its article a report's ranges, quotes and coverage cannot be checked: the article's
  // own problem is the one to fix, not hundreds of "quote not found" lines that follow from it.
  for (const ctx of contexts)
    if (!ctx.unreadableArticle) for (const check of CHECKS) problems.push(...check(ctx));
  for (const check of CORPUS_CHECKS) problems.push(...check(contexts, shared));
  if (
    problems.length > 0 ||
    !shared.themes ||
    !shared.entities ||
    !shared.glossary ||
    !shared.units
  )
    return { problems };
  const { themes, entities, glossary, units } = shared;
  const sortedThemes = [...themes].sort((a, b) => a.order - b.order);
  const reports = contexts
    .map((ctx) => buildDataset(ctx, sortedThemes, entities, glossary, units))
    .sort((a, b) => (a.meta.date === b.meta.date ? 0 : a.meta.date < b.meta.date ? 1 : -1));
  return { problems, corpus: { reports, themes: sortedThemes, entities, glossary, units } };
}

function buildDataset(
  ctx: ReportContext,
  themes: Corpus['themes'],
  entities: Entity[],
  glossary: GlossaryTerm[],
  units: UnitsTable,
): Dataset {
  const entityById = new Map(entities.map((e) => [e.id, e]));
  // Quotes are shown as the source view reads them, so the two never differ by the PDF's spaces.
  const doc = ctx.kind === 'article' ? parseArticle(ctx.article) : null;
  const figures: FigureRecord[] = ctx.figures!.map((f) => {
    const common = {
      ...f,
      base: {
        value: baseValue(f.value, units.written[f.unit]!.factor),
        unit: f.base.unit,
        ...(f.valueTo !== undefined
          ? { valueTo: baseValue(f.valueTo, units.written[f.unit]!.factor) }
          : {}),
      },
      organisation: entityById.get(f.entity)!.name,
    };
    if (ctx.kind === 'cited') return { ...common, written: f.asWritten! };
    if (ctx.kind === 'table')
      return { ...common, written: `${cellAt(ctx.table!, f.cell!.row, f.cell!.column)}${f.unit}` };
    const loc = ctx.located.get(f.id)!;
    const quote = f.quote !== undefined && f.range && doc ? readableAt(doc, f.range) : null;
    return {
      ...common,
      ...(quote !== null ? { quote } : {}),
      written: loc.written,
      numeralRange: loc.numeral,
      statementRange: loc.statement,
    };
  });
  const used = new Set(figures.map((f) => f.entity));
  return {
    article: ctx.article,
    meta: ctx.meta!,
    figures,
    themes,
    entities: entities.filter((e) => used.has(e.id)),
    panels: ctx.panels!,
    exclusions: ctx.exclusions!,
    events: [...ctx.events!].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0)),
    glossary,
    units,
  };
}

/**
 * The normalised value: value × the unit's factor (from units.json), rounded to 12 significant
 * digits so 1.5 × 10⁴ is 15000, not 15000.000000000002.
 */
export function baseValue(value: number, factor: number): number {
  return Number((value * factor).toPrecision(12));
}

/** Validates and returns the corpus, or throws a DataError listing every problem. */
export function loadCorpus(raw: RawCorpus, options?: ValidateOptions): Corpus {
  const { problems, corpus } = validateCorpus(raw, options);
  if (!corpus) throw new DataError(problems);
  return corpus;
}

export function toAppDataset({ article, exclusions: _exclusions, ...rest }: Dataset): AppDataset {
  // The glossary is the corpus's: a report ships the terms it (or its article) uses.
  return { ...rest, glossary: reportTerms(rest.glossary, rest, article ? [article] : []) };
}

export function toAppCorpus(corpus: Corpus): AppCorpus {
  return { reports: corpus.reports.map(toAppDataset) };
}
