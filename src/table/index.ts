export type {
  Table,
  TableQuality,
  QuarantinedValue,
  SkipReason,
  SkippedRow,
  SkippedRows,
  RuleWithoutColumn,
  RecordPlaceRuns,
} from './table.js';
export { tableByteLength } from './table.js';
export type { Column, IntegerColumn, NumberColumn, DayColumn, BooleanColumn, DictionaryColumn } from './column.js';
export type { Validity } from './validity.js';
export { isValid } from './validity.js';
