/** Where each data file lives, relative to the repository root. */
export const SHARED_FILES = {
  themes: 'themes.json',
  entities: 'entities.json',
  glossary: 'glossary.json',
  units: 'units.json',
} as const;
export const REPORT_FILES = {
  article: 'article.txt',
  report: 'report.json',
  figures: 'figures.json',
  exclusions: 'exclusions.json',
  panels: 'panels.json',
  events: 'events.json',
  /** A `table` report's table, as published. */
  table: 'table.csv',
} as const;
export type ReportFileKey = keyof typeof REPORT_FILES;

export const sharedPath = (key: keyof typeof SHARED_FILES): string => `data/${SHARED_FILES[key]}`;
export const reportPath = (report: string, key: ReportFileKey): string =>
  `data/reports/${report}/${REPORT_FILES[key]}`;
