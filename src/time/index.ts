export {
  dayFromCivil,
  civilFromDay,
  formatDay,
  parseIsoDay,
  isoWeekday,
  isValidCivilDate,
  daysInMonth,
} from './civil-day.js';
export type { CivilDate } from './civil-day.js';
export { shanghaiDayFromEpochMs, SHANGHAI_OFFSET_MINUTES } from './shanghai.js';
export { PERIOD_UNITS } from './period-unit.js';
export type { PeriodUnit } from './period-unit.js';
export {
  periodStartOf,
  periodEnd,
  nextPeriodStart,
  periodKey,
  parsePeriodKey,
  periodKeyParts,
  yearAgoStart,
} from './period.js';
export type { ParsedPeriod, PeriodKeyParts } from './period.js';
