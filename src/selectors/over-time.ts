/**
 * Indicators across reports: for every indicator that more than one report states, its values
 * on a time axis by period. A stock "as of" a date and a flow over a period are different
 * measures, so they form separate series and are never joined; undated values are listed apart.
 */
import type { AppDataset, FigureRecord } from '../model/types';
import type { Period } from '../model/schema';

/** `stock`: as of a date; `flow`: over a day, month, year or span; `undated`: no period given. */
export type Measure = 'stock' | 'flow' | 'undated';

export interface OverTimePoint {
  report: { id: string; date: string; title: string; englishTitle: string };
  figure: FigureRecord;
  /** ISO dates the value covers ([date, date] for a stock); null when undated. */
  at: { from: string; to: string } | null;
  /** The year(s) come from outside the text. */
  inferred: boolean;
}

export interface OverTimeSeries {
  measure: Measure;
  points: OverTimePoint[];
}

export interface IndicatorOverTime {
  indicator: string;
  /** The newest report's figure, for the label and unit. */
  latest: FigureRecord;
  /** How many reports state it. */
  reports: number;
  series: OverTimeSeries[];
}

export function measureOf(period: Period): Measure {
  if (period.kind === 'as-of') return 'stock';
  if (period.kind === 'recent' || period.kind === 'unspecified') return 'undated';
  return 'flow';
}

/** The dates a period covers, or null when it gives none. */
export function timeOf(period: Period): { from: string; to: string } | null {
  switch (period.kind) {
    case 'date':
      return { from: period.start, to: period.end ?? period.start };
    case 'year':
      return { from: `${period.year}-01-01`, to: `${period.year}-12-31` };
    case 'as-of':
      return { from: period.date, to: period.date };
    case 'span':
      return { from: `${period.from}-01-01`, to: `${period.to}-12-31` };
    default:
      return null;
  }
}

export function yearsInferred(period: Period): boolean {
  const p = period as Period & { yearInferred?: boolean; yearsInferred?: boolean };
  return Boolean(p.yearInferred ?? p.yearsInferred);
}

const MEASURE_ORDER: Measure[] = ['stock', 'flow', 'undated'];

/** Reports in any order; indicators stated by at least `minReports` reports (default 2). */
export function indicatorsOverTime(
  reports: readonly Pick<AppDataset, 'meta' | 'figures'>[],
  minReports = 2,
): IndicatorOverTime[] {
  const byIndicator = new Map<string, OverTimePoint[]>();
  for (const r of reports) {
    const report = {
      id: r.meta.id,
      date: r.meta.date,
      title: r.meta.title,
      englishTitle: r.meta.englishTitle,
    };
    for (const figure of r.figures) {
      const points = byIndicator.get(figure.indicator) ?? [];
      points.push({
        report,
        figure,
        at: timeOf(figure.period),
        inferred: yearsInferred(figure.period),
      });
      byIndicator.set(figure.indicator, points);
    }
  }
  const out: IndicatorOverTime[] = [];
  for (const [indicator, points] of byIndicator) {
    const reportCount = new Set(points.map((p) => p.report.id)).size;
    if (reportCount < minReports) continue;
    const series = MEASURE_ORDER.map((measure) => ({
      measure,
      points: points
        .filter((p) => measureOf(p.figure.period) === measure)
        .sort(
          (a, b) =>
            (a.at?.to ?? '').localeCompare(b.at?.to ?? '') ||
            (a.at?.from ?? '').localeCompare(b.at?.from ?? '') ||
            a.report.date.localeCompare(b.report.date),
        ),
    })).filter((s) => s.points.length > 0);
    const latest = [...points].sort((a, b) => b.report.date.localeCompare(a.report.date))[0]!;
    out.push({ indicator, latest: latest.figure, reports: reportCount, series });
  }
  return out.sort((a, b) => a.indicator.localeCompare(b.indicator));
}
