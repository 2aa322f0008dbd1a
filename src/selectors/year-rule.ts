/**
 * The year rule, in one place. `?year=Y` keeps exactly what `periodMatchesYear(period, Y)` keeps
 * (see periods.ts): dated events in Y, figures for Y, stocks "as of" a date in Y. Five-year totals
 * (五年来), 近年来 and undated figures are never shown under a year. Every part of the page asks
 * these functions, never its own test: panels and counts (figures.ts), the key-figure cards, the
 * timeline, the filtered download and, through the panels, every export. The cards and the
 * timeline follow the theme filter too.
 */
import type { ArticleEvent, Period } from '../model/schema';
import type { FigureRecord } from '../model/validate';
import { matchesFilter, pickFigures, type FigureFilter } from './figures';
import { periodMatchesYear } from './periods';

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
  /** What the filter keeps, in the original order. */
  shown: T[];
  /** How many the filter hides (by year and by theme together). */
  hidden: number;
  /** What the year hides (whatever its theme). */
  hiddenByYear: T[];
  /** What the year keeps but the theme filter hides. */
  hiddenByTheme: T[];
}

/** A year alone (the old call) or a whole filter. */
type FilterArg = FigureFilter | number | null;
const asFilter = (f: FilterArg): FigureFilter =>
  typeof f === 'number' || f === null ? { themes: [], year: f } : f;
const themeKeeps = (f: FigureRecord, filter: FigureFilter) =>
  filter.themes.length === 0 || filter.themes.includes(f.theme);

function split<T>(
  all: readonly T[],
  byYear: (x: T) => boolean,
  byTheme: (x: T) => boolean,
): YearSelection<T> {
  const hiddenByYear = all.filter((x) => !byYear(x));
  const hiddenByTheme = all.filter((x) => byYear(x) && !byTheme(x));
  const shown = all.filter((x) => byYear(x) && byTheme(x));
  return { shown, hidden: all.length - shown.length, hiddenByYear, hiddenByTheme };
}

/**
 * The key figures (headline ids) a filter keeps: the year rule and the theme filter, as the panels
 * apply them, so a card never shows beside "0 figures"; with no filter, all of them.
 */
export function selectHeadline(
  figures: readonly FigureRecord[],
  ids: readonly string[],
  filterOrYear: FilterArg,
): YearSelection<FigureRecord> {
  const filter = asFilter(filterOrYear);
  return split(
    pickFigures(figures, ids),
    (f) => periodMatchesYear(f.period, filter.year),
    (f) => themeKeeps(f, filter),
  );
}

/**
 * The timeline events a filter keeps, each with the figures counted at it that the filter also
 * keeps. Under a theme filter an event stays only if one of its figures is of a chosen theme (an
 * event with no figure belongs to no theme, so it is hidden then, and the page says so).
 */
export function selectTimeline(
  events: readonly ArticleEvent[],
  figures: readonly FigureRecord[],
  filterOrYear: FilterArg,
): YearSelection<{ event: ArticleEvent; period: Period; figures: FigureRecord[] }> {
  const filter = asFilter(filterOrYear);
  const all = events.map((event) => {
    const counted = pickFigures(figures, event.figures);
    return { event, period: eventPeriod(event), counted };
  });
  const sel = split(
    all,
    (x) => periodMatchesYear(x.period, filter.year),
    (x) => filter.themes.length === 0 || x.counted.some((f) => themeKeeps(f, filter)),
  );
  const out = ({ event, period, counted }: (typeof all)[number]) => ({
    event,
    period,
    figures: counted.filter((f) => matchesFilter(f, filter)),
  });
  return {
    shown: sel.shown.map(out),
    hidden: sel.hidden,
    hiddenByYear: sel.hiddenByYear.map(out),
    hiddenByTheme: sel.hiddenByTheme.map(out),
  };
}

/** Every figure a filter keeps (theme and year), in dataset order: the filtered download. */
export function selectFilteredFigures(
  figures: readonly FigureRecord[],
  filter: FigureFilter,
): FigureRecord[] {
  return figures.filter((f) => matchesFilter(f, filter));
}

/** Why a year hides a figure, by the kind of its period (the key-figure note lists these). */
export type HiddenReason =
  | { kind: 'span'; years: number }
  | { kind: 'undated' }
  | { kind: 'stock' }
  | { kind: 'other-year' };

/** The distinct reasons a year hides these figures, in a fixed order (spans by length). */
export function hiddenReasons(figures: readonly FigureRecord[]): HiddenReason[] {
  const spans = new Set<number>();
  let undated = false;
  let stock = false;
  let other = false;
  for (const { period: p } of figures) {
    if (p.kind === 'span') spans.add(p.to - p.from);
    else if (p.kind === 'unspecified' || p.kind === 'recent') undated = true;
    else if (p.kind === 'as-of') stock = true;
    else other = true;
  }
  return [
    ...[...spans].sort((a, b) => a - b).map((years) => ({ kind: 'span' as const, years })),
    ...(undated ? [{ kind: 'undated' as const }] : []),
    ...(stock ? [{ kind: 'stock' as const }] : []),
    ...(other ? [{ kind: 'other-year' as const }] : []),
  ];
}
