import { nextSort, sortRows } from '../../src/selectors/sort-rows';
import type { FigureRow } from '../../src/selectors/rows';
import { figureRow } from './figure-row';
import { UNITS } from '../fixtures/units';

const row = (id: string, label: string, value: number, written: string): FigureRow =>
  figureRow(id, label, value, written);

// 1.2亿元 is more than 2412万元 although 1.2 < 2412: sorting uses the base value.
const rows = [
  row('a', '乙', 24_120_000, '2412万元'),
  row('b', '甲', 120_000_000, '1.2亿元'),
  row('c', '丙', 5_000, '5000元'),
];

describe('sortRows', () => {
  it.each<[string, Parameters<typeof sortRows>[1], string[]]>([
    ['no sort keeps the panel order', null, ['a', 'b', 'c']],
    [
      'value ascending by the normalised value',
      { column: 'value', direction: 'ascending' },
      ['c', 'a', 'b'],
    ],
    ['value descending', { column: 'value', direction: 'descending' }, ['b', 'a', 'c']],
    ['label in pinyin order', { column: 'label', direction: 'ascending' }, ['c', 'b', 'a']],
    [
      'equal keys keep the panel order',
      { column: 'period', direction: 'descending' },
      ['a', 'b', 'c'],
    ],
  ])('%s', (_, sort, ids) => {
    const sorted = sortRows(rows, sort, 'zh', UNITS);
    expect(sorted.map((r) => r.id)).toEqual(ids);
    // The value as written travels with its row.
    expect(sorted.find((r) => r.id === 'b')?.written).toBe('1.2亿元');
  });

  it('does not mutate its input', () => {
    const before = rows.map((r) => r.id);
    sortRows(rows, { column: 'value', direction: 'ascending' }, 'zh', UNITS);
    expect(rows.map((r) => r.id)).toEqual(before);
  });

  it('nextSort: a new column ascends, the same column toggles', () => {
    expect(nextSort(null, 'value')).toEqual({ column: 'value', direction: 'ascending' });
    const asc = nextSort(null, 'value');
    expect(nextSort(asc, 'value')).toEqual({ column: 'value', direction: 'descending' });
    expect(nextSort(nextSort(asc, 'value'), 'value').direction).toBe('ascending');
    expect(nextSort(asc, 'label')).toEqual({ column: 'label', direction: 'ascending' });
  });
});
