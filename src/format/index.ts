/** Display formatting: pure functions from numbers, units, dates and periods to strings. */
export type { Lang } from './lang';
export { LANGS } from './lang';
export {
  formatFigureValue,
  formatBaseValue,
  formatAxisTick,
  baseUnitName,
  plainNumber,
  NOT_A_NUMBER,
} from './numbers';
export { tidy, groupDigits } from './plain-number';
export { UNIT_STYLES, unitStyle, type UnitStyle } from './unit-styles';
export { zhNumberWord, enNumberWord } from './number-words';
export { formatDate, formatPeriod, formatPeriodShort } from './dates';
