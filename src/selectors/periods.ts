/**
 * How periods behave under the year filter, and how they sort.
 *
 * A year filter shows only figures the article ties to that calendar year: dated events in it,
 * annual figures, and "as of" stocks dated in it. Five-year spans (五年来), "recent years" and
 * unspecified periods are hidden while a year is selected: a five-year total is not a 2019 figure,
 * and showing it under every year would count it five times.
 */
import type { Period, PeriodKind } from '../model/schema';

/** Display and sorting order of period kinds: dated first, open-ended last. */
export const PERIOD_KIND_ORDER: Record<PeriodKind, number> = {
  date: 0,
  year: 1,
  'as-of': 2,
  span: 3,
  recent: 4,
  unspecified: 5,
};

/** The calendar years a period falls in: [] for spans, recent and unspecified periods. */
export function yearsOfPeriod(period: Period): number[] {
  switch (period.kind) {
    case 'date': {
      const from = Number(period.start.slice(0, 4));
      const to = Number((period.end ?? period.start).slice(0, 4));
      return Array.from({ length: to - from + 1 }, (_, i) => from + i);
    }
    case 'year':
      return [period.year];
    case 'as-of':
      return [Number(period.date.slice(0, 4))];
    default:
      return [];
  }
}

/** Whether a period passes a year filter; `null` (all years) passes everything. */
export function periodMatchesYear(period: Period, year: number | null): boolean {
  return year === null || yearsOfPeriod(period).includes(year);
}

/** A sortable key: kind first, then the start date, so 2018 comes before 2023 within a kind. */
export function periodSortKey(period: Period): string {
  const kind = PERIOD_KIND_ORDER[period.kind];
  const start =
    period.kind === 'date'
      ? period.start
      : period.kind === 'year'
        ? `${period.year}`
        : period.kind === 'as-of'
          ? period.date
          : period.kind === 'span'
            ? `${period.from}`
            : '';
  return `${kind}:${start}`;
}

export function comparePeriods(a: Period, b: Period): number {
  const ka = periodSortKey(a);
  const kb = periodSortKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/** Two periods are the same when every field agrees. */
export function samePeriod(a: Period, b: Period): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
