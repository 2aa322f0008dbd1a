/**
 * The model's types, in one module: what the data files hold (inferred from the zod schemas, type
 * imports only, so nothing of zod reaches the page) and what the loader derives from them.
 */
import type {
  ArticleEvent,
  BaseUnit,
  Entity,
  Exclusion,
  Figure,
  Localized,
  Panel,
  Period,
  ReportMeta,
  TextRange,
  Theme,
} from './schema.ts';

export type {
  ArticleEvent,
  BaseUnit,
  Entity,
  Exclusion,
  Figure,
  Localized,
  Panel,
  Period,
  ReportMeta,
  TextRange,
  Theme,
};
export type { ChartKind, PeriodKind, Section, Unit } from './schema.ts';
import type { GlossaryTerm } from './glossary.ts';
export type { GlossaryTerm };
import type { UnitsTable } from './units.ts';
export type { UnitsTable };

/** One problem in the data, naming the report (when it is a report's file), file, record and field. */
export interface Problem {
  /** The report id, or undefined for a shared file. */
  report?: string;
  /** Path from the repository root, e.g. `data/reports/xpcc-unions-2023/figures.json`. */
  file: string;
  /** e.g. `figure "grassroots-unions"`, `exclusion #3 ("第十三师")`, or undefined for the file itself. */
  record?: string;
  field?: string;
  message: string;
}

/** A figure with what the loader derives: base value, organisation, how it is written, where. */
export interface FigureRecord extends Omit<Figure, 'base'> {
  /**
   * The quote as the source view reads it (`共争取中央财政专项帮扶资金2.04亿元`): data keeps it as
   * the PDF extraction has it (`… 2.04 亿元`), which is what the validator finds at its range.
   */
  quote?: string;
  /** Normalised value: value × unit factor (computed, never stored). */
  base: {
    value: number;
    unit: BaseUnit;
    /** A range's upper bound, normalised. */ valueTo?: number;
  };
  /** The entity's name, for display. */
  organisation: Localized;
  /** The statement as printed, wraps and spaces removed: `1600余场`, `11.2万多人次`, `两个`. */
  written: string;
  /** Raw-article range of the numeral that this figure claims (an `article` report's figure). */
  numeralRange?: TextRange;
  /** Raw-article range from the numeral to the end of its unit: what the source view marks. */
  statementRange?: TextRange;
}

/** One validated report, with the shared themes and entities it uses. */
export interface Dataset {
  article: string;
  meta: ReportMeta;
  figures: FigureRecord[];
  themes: Theme[];
  entities: Entity[];
  panels: Panel[];
  exclusions: Exclusion[];
  /** Dated events, in date order. */
  events: ArticleEvent[];
  /** Union terms explained (shared by every report; src/model/glossary.ts). */
  glossary: GlossaryTerm[];
  /** The units table (data/units.json, shared by every report; the page installs it). */
  units: UnitsTable;
}

/**
 * What the page ships per report: the dataset without the article text (loaded with the source
 * view) and without the exclusion list (only the validator needs it).
 */
export type AppDataset = Omit<Dataset, 'article' | 'exclusions'>;

/** Every report, newest first, and the shared files. */
export interface Corpus {
  reports: Dataset[];
  themes: Theme[];
  entities: Entity[];
  glossary: GlossaryTerm[];
  units: UnitsTable;
}

/** What `virtual:dataset` serves: every report, newest first. */
export interface AppCorpus {
  reports: AppDataset[];
}

/** The files of one report folder, as text (undefined when missing). */
export interface RawReportFiles {
  article?: string;
  report?: string;
  figures?: string;
  exclusions?: string;
  panels?: string;
  events?: string;
  table?: string;
}

/** Every data file as read from disk (or built by a test). */
export interface RawCorpus {
  /** Shared files: `themes.json`, `entities.json`, `glossary.json` (optional: none is no terms). */
  themes?: string;
  entities?: string;
  glossary?: string;
  /** `units.json`: the units articles write and the base units they count. */
  units?: string;
  /** One entry per folder under data/reports/, sorted by id. */
  reports: { id: string; files: RawReportFiles }[];
  /** Files the reader refused (too large, not UTF-8): reported first, their text left undefined. */
  problems?: Problem[];
  /**
   * Files and folders under data/ that the loader does not read (`figures.backup.json`,
   * `data/extra.json`, `reports/README.md`), as `data/…` paths; `report` for one in a report folder.
   */
  strays?: { file: string; folder?: boolean; report?: string }[];
}
