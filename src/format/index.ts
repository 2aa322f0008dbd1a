/** Display formatting: pure functions from numbers, units, dates and periods to strings. */
export type { Lang } from './lang';
export { LANGS } from './lang';
export {
  formatFigureValue,
  formatBaseValue,
  qualifierWords,
  qualifierNote,
  type Qualifier,
  type ValueOptions,
  formatAxisTick,
  baseUnitName,
  localDigits,
  plainNumber,
  NOT_A_NUMBER,
} from './numbers';
export { tidy } from './plain-number';
export { unitPrint, unitName, tickSuffix, type UnitPrint } from './unit-styles';
export { zhNumberWord, enNumberWord } from '../i18n/number-words';
export { formatDate, formatPeriod, formatPeriodShort } from './dates';
