/**
 * Table sorting, pure. The value columns sort by the normalised base value (万元 and 亿元 both as
 * yuan), while the table keeps showing the value as written. Ties keep the panel's own order.
 */
import type { FigureRow } from './rows';
import { localeOf, type Lang } from '../i18n/locales';

export const SORT_COLUMNS = ['label', 'value', 'normalised', 'period', 'organisation'] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];
export type SortDirection = 'ascending' | 'descending';
export interface SortState {
  column: SortColumn;
  direction: SortDirection;
}

const KEY: Record<SortColumn, (r: FigureRow) => string | number> = {
  label: (r) => r.label,
  value: (r) => r.value,
  normalised: (r) => r.value,
  period: (r) => r.period,
  organisation: (r) => r.organisation,
};

export function sortRows(
  rows: readonly FigureRow[],
  sort: SortState | null,
  lang: Lang,
): FigureRow[] {
  if (!sort) return [...rows];
  const key = KEY[sort.column];
  const collator = new Intl.Collator(localeOf(lang).tag, { numeric: true });
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => {
      const x = key(a.row);
      const y = key(b.row);
      const c =
        typeof x === 'number' && typeof y === 'number'
          ? x - y
          : collator.compare(String(x), String(y));
      return c !== 0 ? sign * c : a.index - b.index;
    })
    .map(({ row }) => row);
}

/** The next sort after clicking a column header: ascending, then descending, then ascending… */
export function nextSort(current: SortState | null, column: SortColumn): SortState {
  if (current?.column === column && current.direction === 'ascending')
    return { column, direction: 'descending' };
  return { column, direction: 'ascending' };
}
