/**
 * Layout of an indicator's dated values on a time axis (pure): a stock "as of" a date is a dot,
 * a count over a period is a bar spanning it; one row per value, and no line ever joins two
 * values. Undated values have no place on the axis and are left to the table.
 */
import type { IndicatorOverTime, Measure } from '../selectors/over-time';

export interface TimeMark {
  key: string;
  measure: Exclude<Measure, 'undated'>;
  /** x of the start and end (equal for a stock), in px. */
  x1: number;
  x2: number;
  y: number;
  inferred: boolean;
  /** What the mark says: value as written and the report's date. */
  text: string;
}

export interface TimeAxisLayout {
  width: number;
  height: number;
  ticks: { x: number; year: number }[];
  marks: TimeMark[];
}

const ROW = 24;
const AXIS = 22;
const DAY = 86_400_000;

export function timeAxisLayout(
  indicator: IndicatorOverTime,
  width: number,
  text: (point: IndicatorOverTime['series'][number]['points'][number]) => string,
): TimeAxisLayout | null {
  const dated = indicator.series.flatMap((s) =>
    s.measure === 'undated' ? [] : s.points.filter((p) => p.at).map((p) => ({ s, p })),
  );
  if (dated.length === 0) return null;
  const years = dated.flatMap(({ p }) => [
    Number(p.at!.from.slice(0, 4)),
    Number(p.at!.to.slice(0, 4)),
  ]);
  const first = Math.min(...years);
  const last = Math.max(...years) + 1;
  const t0 = Date.UTC(first, 0, 1);
  const t1 = Date.UTC(last, 0, 1);
  const x = (iso: string, end = false) =>
    ((Date.parse(`${iso}T00:00:00Z`) + (end ? DAY : 0) - t0) / (t1 - t0)) * width;
  const marks = dated.map(({ s, p }, i) => ({
    key: `${p.report.id}/${p.figure.id}`,
    measure: s.measure as TimeMark['measure'],
    x1: x(p.at!.from),
    x2: s.measure === 'stock' ? x(p.at!.to) : x(p.at!.to, true),
    y: i * ROW + ROW / 2,
    inferred: p.inferred,
    text: text(p),
  }));
  const ticks = Array.from({ length: last - first + 1 }, (_, i) => ({
    year: first + i,
    x: ((Date.UTC(first + i, 0, 1) - t0) / (t1 - t0)) * width,
  }));
  return { width, height: dated.length * ROW + AXIS, ticks, marks };
}
