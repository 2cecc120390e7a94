export { Catalog } from './catalog.js';
export { Dataset, Field, EnumValue, RecordCheck } from './dataset.js';
export type { FieldType, EnumField } from './dataset.js';
export { Indicator, Polarity, Thresholds, Unit, UNITS, Display } from './indicator.js';
export { Measure, Part, SubPart } from './measure.js';
export type { MeasureKind } from './measure.js';
export { Predicate, Operand, COMPARISON_OPS, MEMBERSHIP_OPS, NULL_OPS } from './predicate.js';
export type {
  LeafPredicate,
  AndPredicate,
  OrPredicate,
  NotPredicate,
  DaysOperand,
  Scalar,
  PredicateOp,
} from './predicate.js';
export { TimeRule, TimeRules, FlowRule, StockRule } from './time-rule.js';
export { Composite, CompositeChild, Normalisation, Aggregation } from './composite.js';
export {
  Report,
  ReportRow,
  Change,
  DatasetQuality,
  GroupValue,
  GroupLabels,
  REPORT_SCHEMA_ID,
  TOTAL,
  STATUSES,
  FLAGS,
  MAX_MAGNITUDE,
  COUNT_FIELDS,
  ReportRowSpc,
  ReportRowFunnel,
  ReportSpc,
  ReportFunnel,
} from './report.js';
export type { Status, Flag } from './report.js';
export { LocalizedText, TextInLanguages } from './primitives.js';
export { parseCatalog, parseDataset } from './parse.js';
export { parseReport } from './parse-report.js';
export { fieldsUsed, fieldsToRead } from './fields-used.js';
export { extendCatalog } from './extend-catalog.js';
export type { CatalogOverrides, Patch } from './extend-catalog.js';
export { jsonSchemas } from './json-schemas.js';
export { Mapping, DatasetMapping } from './mapping.js';
export { checkReportShape } from './check-report-shape.js';
export type { ReportIssue, ReportIssueCode } from './check-report-shape.js';
export type { ShapeIssueCode } from './issue-words.js';
