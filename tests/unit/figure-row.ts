import type { FigureRow } from '../../src/selectors/rows';

/** A small inline figure row (yuan, exact, 五年来), for tests of what is drawn or sorted from rows. */
export const figureRow = (
  id: string,
  label: string,
  value: number,
  written: string,
  extra: Partial<FigureRow> = {},
): FigureRow => ({
  id,
  label,
  valueText: written,
  written,
  measure: '元',
  value,
  unit: 'yuan',
  unitName: '元',
  normalisedText: String(value),
  moreThan: false,
  qualifier: 'exact',
  period: '五年来',
  periodShort: '',
  organisation: '兵团总工会',
  quote: '',
  cited: null,
  cell: null,
  note: null,
  theme: 'hardship-aid',
  ...extra,
});
