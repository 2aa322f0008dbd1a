/**
 * The year rule, in one place. `?year=Y` keeps exactly what `periodMatchesYear(period, Y)` keeps
 * (see periods.ts): dated events in Y, figures for Y, stocks "as of" a date in Y. Five-year totals
 * (五年来), 近年来 and undated figures are never shown under a year. Every part of the page asks
 * these functions, never its own test: panels and counts (figures.ts), the key-figure cards, the
 * timeline, the filtered download and, through the panels, every export.
 */
import type { ArticleEvent, Period } from '../model/schema';
import type { FigureRecord } from '../model/validate';
import { matchesFilter, pickFigures, type FigureFilter } from './figures';
import { periodMatchesYear } from './periods';

export { periodMatchesYear as yearKeeps } from './periods';

/** An event's date as a period, so the timeline both says and filters dates as panels do. */
export function eventPeriod(e: ArticleEvent): Period {
  return e.precision === 'year'
    ? { kind: 'year', year: Number(e.start.slice(0, 4)), yearInferred: e.yearInferred }
    : {
        kind: 'date',
        start: e.start,
        end: e.end,
        precision: e.precision,
        yearInferred: e.yearInferred,
      };
}

export interface YearSelection<T> {
  /** What the year keeps, in the original order. */
  shown: T[];
  /** How many the year hides. */
  hidden: number;
}

/** The key figures (headline ids) a year keeps; with no year, all of them. */
export function selectHeadline(
  figures: readonly FigureRecord[],
  ids: readonly string[],
  year: number | null,
): YearSelection<FigureRecord> {
  const all = pickFigures(figures, ids);
  const shown = all.filter((f) => periodMatchesYear(f.period, year));
  return { shown, hidden: all.length - shown.length };
}

/**
 * The timeline events a year keeps, each with the figures counted at it that the year also keeps
 * (an event's figures share its date, so in practice all of them).
 */
export function selectTimeline(
  events: readonly ArticleEvent[],
  figures: readonly FigureRecord[],
  year: number | null,
): YearSelection<{ event: ArticleEvent; period: Period; figures: FigureRecord[] }> {
  const shown = events
    .map((event) => ({ event, period: eventPeriod(event) }))
    .filter(({ period }) => periodMatchesYear(period, year))
    .map((item) => ({
      ...item,
      figures: pickFigures(figures, item.event.figures).filter((f) =>
        periodMatchesYear(f.period, year),
      ),
    }));
  return { shown, hidden: events.length - shown.length };
}

/** Every figure a filter keeps (theme and year), in dataset order: the filtered download. */
export function selectFilteredFigures(
  figures: readonly FigureRecord[],
  filter: FigureFilter,
): FigureRecord[] {
  return figures.filter((f) => matchesFilter(f, filter));
}
