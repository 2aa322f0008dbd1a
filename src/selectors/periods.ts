/**
 * How periods behave under the year filter, and how they sort.
 *
 * A year filter shows only figures the article ties to that calendar year: dated events in it,
 * annual figures, and "as of" stocks dated in it. Five-year spans (五年来), "recent years" and
 * unspecified periods are hidden while a year is selected: a five-year total is not a 2019 figure,
 * and showing it under every year would count it five times.
 */
import type { Period } from '../model/schema';

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
