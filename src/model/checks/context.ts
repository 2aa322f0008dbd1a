/**
 * What a check sees: one report's parsed files (undefined where a file did not parse), the shared
 * files, and where each figure's value sits in the article. Checks are `(ctx) => Problem[]`.
 */
import { locateValue, textAt, type ValueLocation } from '../numerals.ts';
import { reportPath, type ReportFileKey } from '../paths.ts';
import type { UnitsTable } from '../units.ts';
import type { CellExclusion, SourceKind } from '../schema.ts';
import type { PublishedTable } from '../table.ts';
import type {
  ArticleEvent,
  Entity,
  Exclusion,
  Figure,
  GlossaryTerm,
  Panel,
  Problem,
  ReportMeta,
  Theme,
} from '../types.ts';

export interface SharedFiles {
  themes?: Theme[];
  entities?: Entity[];
  glossary?: GlossaryTerm[];
  units?: UnitsTable;
}

export interface ReportContext {
  /** The report id (its folder name). */
  report: string;
  /** What kind of source (report.json `kind`; `article` when absent). */
  kind: SourceKind;
  /** article.txt (an `article` report), else ''. */
  article: string;
  /** table.csv as text and parsed (a `table` report). */
  tableText?: string;
  table?: PublishedTable;
  /** exclusions.json of a `table` report: cells that are not figures. */
  cellExclusions?: CellExclusion[];
  /** The article is missing or was refused by the strict reader (its checks are skipped). */
  unreadableArticle?: boolean;
  meta?: ReportMeta;
  figures?: Figure[];
  panels?: Panel[];
  exclusions?: Exclusion[];
  events?: ArticleEvent[];
  shared: SharedFiles;
  /** Where each figure whose quote is at its range states its value. */
  located: Map<string, ValueLocation>;
  sha256?: (text: string) => string;
  /** Today as YYYY-MM-DD: no date of the report may be later (ValidateOptions.today). */
  today?: string;
  /** Which of the report's files exist. */
  present?: ReportFileKey[];
}

export type ReportCheck = (ctx: ReportContext) => Problem[];
export type CorpusCheck = (reports: readonly ReportContext[], shared: SharedFiles) => Problem[];

/** A problem in one of the report's files. */
export function problemIn(
  ctx: Pick<ReportContext, 'report'>,
  key: ReportFileKey,
  rest: Omit<Problem, 'report' | 'file'>,
): Problem {
  return { report: ctx.report, file: reportPath(ctx.report, key), ...rest };
}

export function locateAll(article: string, figures: Figure[] | undefined) {
  const located = new Map<string, ValueLocation>();
  for (const f of figures ?? []) {
    const range = f.range;
    if (!range || range.end > article.length || textAt(article, range) !== f.quote) continue;
    const loc = locateValue(article, { ...f, range });
    if (loc) located.set(f.id, loc);
  }
  return located;
}
