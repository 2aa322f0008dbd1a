/**
 * Table sorting, pure. The value columns sort by the normalised base value (万元 and 亿元 both as
 * yuan), while the table keeps showing the value as written. Ties keep the panel's own order.
 */
import type { FigureRow } from './rows';
import type { UnitsTable } from '../model/units';
import { localeOf, type Lang } from '../i18n/locales';
import { TABLE_COLUMNS, type ColumnId } from './figure-columns';

/** The table's columns (figure-columns.ts): each sorts. */
export const SORT_COLUMNS: readonly ColumnId[] = TABLE_COLUMNS.map((c) => c.id);
export type SortColumn = ColumnId;
export type SortDirection = 'ascending' | 'descending';
export interface SortState {
  column: SortColumn;
  direction: SortDirection;
}

export function sortRows(
  rows: readonly FigureRow[],
  sort: SortState | null,
  lang: Lang,
  units: UnitsTable,
): FigureRow[] {
  const column = sort && TABLE_COLUMNS.find((c) => c.id === sort.column);
  if (!sort || !column) return [...rows];
  const key = column.table.sortKey ?? ((r: FigureRow) => column.text(r, { lang, units }) ?? '');
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
