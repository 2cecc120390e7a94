/**
 * lawgauge core: indicator definitions as data, ingest into columnar tables, evaluation into
 * Reports. Browser-safe: no DOM and no Node APIs.
 *
 * The public API: every name is listed here on purpose, and `etc/lawgauge.api.md` (`npm run api`)
 * records its shape, so a change to it is a visible diff. Building blocks that tests, benchmarks
 * and the widgets use but users should not rely on are in `lawgauge/internal` (src/internal.ts),
 * which may change in any release.
 *
 * @packageDocumentation
 * @module lawgauge
 */

// Errors: everything lawgauge refuses is a LawGaugeError with its issues, one interface per code
// (narrow a LawGaugeIssue by `code`), worded in English and Chinese by the message tables.
export { LawGaugeError, formatPath, wordIssue, EN_ISSUES, ZH_CN_ISSUES } from './errors/index.js';
export type {
  LawGaugeErrorCode,
  DefinitionIssue,
  IssueParams,
  IssuePath,
  IssueMessages,
  WordableProblem,
  GotParams,
  IssueBase,
  InvalidTypeIssue,
  InvalidValueIssue,
  SizeLimitParams,
  TooSmallIssue,
  TooBigIssue,
  FormatRule,
  InvalidFormatIssue,
  NotMultipleOfIssue,
  CustomIssue,
  UnknownKeyIssue,
  ForbiddenKeyIssue,
  ReferenceKind,
  DuplicateIdIssue,
  UnknownReferenceIssue,
  InvalidReferenceIssue,
  InvalidTimeRuleIssue,
  InvalidKeyIssue,
  CycleIssue,
  InvalidRangeIssue,
  InvalidThresholdsIssue,
  InvalidChildIssue,
  NoDirectionIssue,
  InvalidFieldTypeIssue,
  NonBooleanFilterIssue,
  InvalidOperatorIssue,
  InvalidComparisonIssue,
  IncompatibleOperandsIssue,
  InvalidConstantIssue,
  UnknownEnumValueIssue,
  OptionalKeyFieldIssue,
  PeriodDependentCheckIssue,
  InvalidDateIssue,
  MissingTableIssue,
  IncompatibleTableIssue,
  InvalidGroupIssue,
  MissingRangeIssue,
  UnexpectedResultIssue,
  UnrepresentableInSqlIssue,
  TotalMarkerValueIssue,
  InvalidCompareOptionIssue,
  NeedsRateIssue,
  UnknownPeriodIssue,
  InvalidArgumentIssue,
  MissingReportIssue,
  MixedGroupingIssue,
  CompositePlace,
  ConstantValuesIssue,
  NonPositiveValueIssue,
  ZeroValueIssue,
  NegativeValueIssue,
  DueBeforeStartIssue,
  VerifiedNotCompletedIssue,
  VerifiedBeforeCompletedIssue,
  RequiredIssue,
  UnreadableNumberParams,
  InvalidNumberIssue,
  InvalidIntegerIssue,
  InvalidBooleanIssue,
  InvalidStringIssue,
  OutOfRangeIssue,
  WrongFieldCountIssue,
  UnterminatedQuoteIssue,
  InvalidEncodingIssue,
  InvalidRecordIssue,
  InvalidJsonIssue,
  DuplicateKeyIssue,
  CheckFailedIssue,
  UnknownParentIssue,
  UnknownTaskIssue,
  HeaderBelowIssue,
  Utf16FileIssue,
  RecordTooLongIssue,
  KeyTextsTooLargeIssue,
  NoHeaderIssue,
  BlankHeaderIssue,
  DuplicateHeaderIssue,
  MissingColumnIssue,
  AmbiguousColumnIssue,
  ColumnUsedTwiceIssue,
  RequiredFieldAbsentIssue,
  OtherSheetsIssue,
  WorkbookOnStdinIssue,
  TabSeparatedIssue,
  UnreadableFileIssue,
  XlsNotSupportedIssue,
  NotXlsxIssue,
  EncryptedIssue,
  CorruptZipIssue,
  UnsupportedZipIssue,
  CorruptXlsxIssue,
  NoSheetIssue,
  UnknownSheetIssue,
  NotAWorksheetIssue,
  TypedIssue,
  LawGaugeIssueCode,
  LawGaugeIssue,
  IssueParamsOf,
  QuarantineCode,
  Unplaced,
  QuarantineProblem,
} from './errors/index.js';

// Catalogs: definitions as data (zod/mini schemas and their types), parsing and extending them.
export {
  Catalog,
  Dataset,
  Field,
  EnumValue,
  RecordCheck,
  Indicator,
  Polarity,
  Thresholds,
  Unit,
  UNITS,
  Display,
} from './model/index.js';
export type { FieldType, EnumField } from './model/index.js';
export { Measure, Part, SubPart } from './model/index.js';
export type { MeasureKind } from './model/index.js';
export { Predicate, Operand, COMPARISON_OPS, MEMBERSHIP_OPS, NULL_OPS } from './model/index.js';
export type {
  LeafPredicate,
  AndPredicate,
  OrPredicate,
  NotPredicate,
  DaysOperand,
  Scalar,
  PredicateOp,
} from './model/index.js';
export type { ComparisonOp, MembershipOp, NullOp } from './model/predicate.js';
export { TimeRule, TimeRules, FlowRule, StockRule } from './model/index.js';
export { Composite, CompositeChild, Normalisation, Aggregation } from './model/index.js';
export { LocalizedText, TextInLanguages, Mapping, DatasetMapping } from './model/index.js';
export { parseCatalog, parseDataset, fieldsUsed, extendCatalog, jsonSchemas } from './model/index.js';
export type { CatalogOverrides, Patch } from './model/index.js';
export { builtInCatalog, BUILT_IN_CATALOGS } from './catalogs/index.js';
export type { BuiltInCatalogName } from './catalogs/index.js';

// Reports: the lawgauge/report@1 contract, its full (zod) and zod-free checks.
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
} from './model/index.js';
export type { Status, Flag } from './model/index.js';
export { parseReport, checkReportShape } from './model/index.js';
export type { ReportIssue, ReportIssueCode, ShapeIssueCode } from './model/index.js';

// Ingest: records, CSV text or bytes, JSON records and Excel workbooks into tables.
export {
  ingest,
  ingestCsv,
  CsvIngest,
  ingestCsvBytes,
  ingestJsonRecords,
  ingestXlsx,
  xlsxSheetNames,
  parseMapping,
} from './ingest/index.js';
export type {
  IngestOptions,
  SourceIngestOptions,
  SourceIngestResult,
  XlsxIngestOptions,
  XlsxSource,
  ReadXlsxOptions,
  RandomAccessBytes,
} from './ingest/index.js';

// Tables: what ingest returns and evaluate reads.
export { isValid } from './table/index.js';
export type {
  Table,
  TableQuality,
  QuarantinedValue,
  SkipReason,
  SkippedRow,
  SkippedRows,
  RuleWithoutColumn,
  RecordPlaceRuns,
  Column,
  IntegerColumn,
  NumberColumn,
  DayColumn,
  BooleanColumn,
  DictionaryColumn,
  Validity,
} from './table/index.js';

// Days and periods: day numbers (days since 1970-01-01) and the period keys of Report rows.
export { formatDay, parseIsoDay, PERIOD_UNITS, parsePeriodKey } from './time/index.js';
export type { PeriodUnit, ParsedPeriod } from './time/index.js';

// Evaluation: in process, or compiled to SQL and run in an engine.
export { evaluate, EVALUATE_DEFAULTS } from './evaluate/index.js';
export type { EvaluateOptions } from './evaluate/index.js';
export { evaluateSql, toSql, SQL_DIALECTS } from './sql/index.js';
export type {
  SqlConnection,
  SqlRow,
  EvaluateSqlOptions,
  SqlOptions,
  SqlQuery,
  SqlTables,
  SqlColumns,
  SqlDialectName,
} from './sql/index.js';

// Composite indices.
export { compositeReport, compositeUncertainty } from './composite/index.js';
export type { CompositeOptions, UncertaintyOptions, UnitRankInterval } from './composite/index.js';

// Reform programmes and their progress (lawgauge/reform-report@1).
export {
  Programme,
  ReformTask,
  ReformArea,
  ReformOwner,
  Milestone,
  parseProgramme,
  programmeFromTables,
  quarantineOrphanTasks,
  quarantineUnknownMilestones,
  REFORM_TASKS_DATASET,
  REFORM_MILESTONES_DATASET,
} from './reform/index.js';
export type { ProgrammeTables } from './reform/index.js';
export { progress, reformReportAsOf, AT_RISK_GAP, DUE_SOON_DAYS, PACE_WINDOW_DAYS } from './reform/index.js';
export {
  REFORM_REPORT_SCHEMA_ID,
  TASK_STATUSES,
  LIGHTS,
  checkReformReportShape,
  reformTaskTable,
} from './reform/index.js';
export type {
  ReformReport,
  TaskProgress,
  TaskMilestone,
  TaskStatus,
  Light,
  Rollup,
  BurnupPoint,
  Projection,
} from './reform/index.js';

// Dashboards: the configuration of <lawgauge-dashboard>.
export {
  Dashboard,
  DashboardSection,
  Panel,
  PanelCompute,
  PANEL_WIDGETS,
  PANEL_OPTIONS,
  PANEL_OPTIONS_OF,
  checkDashboardShape,
} from './dashboard/index.js';
export type { PanelWidget, PanelOption } from './dashboard/index.js';

// Honest comparisons (DOMAIN.md, "Comparing honestly"): process-behaviour charts of each series and
// funnel plots of the groups in a period, computed from Report rows of either engine, carried by a
// Report (withSpc, withFunnel; the CLI's --spc and --funnel) and read back in one shape.
export {
  spc,
  funnel,
  withSpc,
  withFunnel,
  carriedSpc,
  carriedFunnel,
  funnelLimits,
  SPC_CHARTS,
  SPC_RULES,
  VARIATIONS,
  ASSURANCES,
  SPC_SERIES_FLAGS,
  FUNNEL_POSITIONS,
} from './compare/index.js';
export type {
  SpcChart,
  SpcRule,
  Variation,
  Assurance,
  SpcSeriesFlag,
  FunnelPosition,
  SpcOptions,
  SpcResult,
  RowSpc,
  SpcPhase,
  SpcSeries,
  FunnelOptions,
  FunnelResult,
  RowFunnel,
  FunnelPeriod,
  FunnelLimits,
} from './compare/index.js';

// Formatting, as the widgets show values (zh-CN and en), and CSV text.
export { formatValue, formatNumber, formatPercent, toCsv, csvCell } from './format/index.js';
export type { Lang, CsvCell } from './format/index.js';
