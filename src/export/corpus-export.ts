/**
 * The whole dataset for download: every report, one row per figure, each row naming its report
 * (id and address), so rows from different reports never lose where they come from.
 */
import type { AppDataset } from '../model/types';
import type { Lang } from '../format';
import { figureCells, figureHeaders, toCsv } from './csv';
import { localeOf } from '../i18n/locales';

/**
 * The report's address: where it was (re)published, else where a cited or table report was read,
 * or '' when the data gives none.
 */
export function reportAddress(report: AppDataset): string {
  return report.meta.republication?.url ?? report.meta.address?.url ?? '';
}

export function corpusCsv(reports: readonly AppDataset[], lang: Lang): string {
  const rows = reports.flatMap((r) =>
    r.figures.map((f) => [
      r.meta.id,
      reportAddress(r),
      r.meta.date,
      ...figureCells(f, lang, r.themes, r.units),
    ]),
  );
  const { csv } = localeOf(lang);
  return toCsv([[...csv.report, ...figureHeaders(lang)], ...rows]);
}

export function corpusJson(reports: readonly AppDataset[]): string {
  const payload = {
    reports: reports.map((r) => ({
      id: r.meta.id,
      address: reportAddress(r),
      source: {
        title: r.meta.title,
        englishTitle: r.meta.englishTitle,
        byline: r.meta.byline,
        date: r.meta.date,
        sha256: r.meta.sha256,
      },
      figures: r.figures.map((f) => ({ report: r.meta.id, address: reportAddress(r), ...f })),
    })),
    themes: reports[0]?.themes ?? [],
  };
  return `${JSON.stringify(payload, null, 2)}\n`;
}
