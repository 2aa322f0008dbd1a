/** Which report the page shows: `?report=<id>` when it names one, else the default report. */
import { defaultReport } from '../model/loader';
import { localeOf, type Lang } from '../i18n/locales';
import { readParam } from '../state/url-state';

/**
 * The id of the report `?report=` names, else of the default one (the newest article, else the
 * newest: `defaultReport`); `reports` newest first. `?report=` is read by its PARAMS entry, as the
 * view state reads it.
 */
export function pickReportId(
  reports: readonly { meta: { id: string; kind?: string } }[],
  search: string,
): string {
  const wanted = readParam('report', search, { reportIds: reports.map((r) => r.meta.id) });
  return wanted ?? defaultReport(reports).meta.id;
}

/**
 * How a report is named in the selector and the indicator pages: date and title, plus its id when
 * another report has the same date and title (an excerpt of the same article, say).
 */
export function reportName(
  meta: { id: string; date: string; title: string; englishTitle: string },
  lang: Lang,
  all: readonly { meta: { id: string; date: string; title: string } }[],
): string {
  const { from, open, close } = localeOf(lang).articleTitle;
  const title = `${open}${meta[from]}${close}`;
  const twin = all.some(
    (r) => r.meta.id !== meta.id && r.meta.date === meta.date && r.meta.title === meta.title,
  );
  return `${meta.date} · ${title}${twin ? ` (${meta.id})` : ''}`;
}
