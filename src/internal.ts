/**
 * lawgauge/internal — UNSTABLE. The building blocks under the public API (`lawgauge`): the table
 * builder and tokenizers, value parsers, calendar arithmetic, statistics, the SQL compiler's
 * intermediate program, the dashboard's worker protocol. lawgauge's own tests, benchmarks, scripts
 * and widgets use them; anything here may change or go in any release, without a note. Not in the
 * API report (etc/) and not in the API pages. If you need one of these, open an issue so it can
 * become public.
 *
 * @packageDocumentation
 * @module lawgauge/internal
 */

// Errors, and the words of a data file's rows the CLI and the dashboard's worker share.
export { invalidArgument } from './errors/index.js';
export { checkOptionKeys } from './model/option-keys.js';
export type { OptionKeys } from './model/option-keys.js';
export { EN_QUALITY_WORDS } from './errors/messages/en.js';
export { ZH_CN_QUALITY_WORDS } from './errors/messages/zh-CN.js';
export type { QualityWords, RowCountWords } from './errors/messages/quality-words.js';

// Ingest: value parsers, the table builder, tokenizers and streaming readers.
export {
  parseShanghaiDay,
  parseNumber,
  parseBoolean,
  isEmptyValue,
  compileDatePattern,
  EXCEL_SERIAL,
} from './ingest/index.js';
export type { DayReader } from './ingest/index.js';
export {
  TableBuilder,
  ByteCsvIngest,
  ingestCsvBytesInParts,
  RecordIngest,
  XlsxIngest,
  recordKeys,
  planColumns,
  mappingEntries,
  readXlsxRows,
  readCsvStream,
} from './ingest/index.js';
export type {
  TableBuilderOptions,
  ColumnPlan,
  PlanColumnsOptions,
  XlsxRow,
  CsvStreamOptions,
  CsvStreamResult,
  OpenBytes,
} from './ingest/index.js';
export { tableByteLength } from './table/index.js';
// The fields a run reads of each dataset: what its indicators use, and its groups.
export { fieldsToRead } from './model/fields-used.js';
// An indicator id a catalog lacks, worded with the nearest one (a dashboard panel's `compute.indicator`).
export { unknownIndicator } from './evaluate/options.js';

// Calendar arithmetic on day numbers and periods.
export {
  dayFromCivil,
  civilFromDay,
  isoWeekday,
  isValidCivilDate,
  daysInMonth,
  shanghaiDayFromEpochMs,
  SHANGHAI_OFFSET_MINUTES,
} from './time/index.js';
export type { CivilDate } from './time/index.js';
export { periodStartOf, periodEnd, nextPeriodStart, periodKey, periodKeyParts, yearAgoStart } from './time/index.js';
export type { PeriodKeyParts } from './time/index.js';

// Evaluation: statistics and status.
export { wilsonInterval, Z_95, quantileSorted, statusOf } from './evaluate/index.js';

// Composite steps and the seeded generator of the uncertainty analysis.
export { normalise, aggregate, contributions, seededRandom } from './composite/index.js';

// Reform: progress on a parsed programme, and its semantic check.
export { progressOn, checkProgramme } from './reform/index.js';

// The contracts' problems (Report, ReformReport, dashboard) in the widgets' languages.
export { shapeIssueText } from './model/issue-words.js';
// Values and CSV as formatValue() and toCsv() give them, for callers whose options are their own
// (the widgets): without the options check, so a widget bundle carries none of its words.
export { formattedValue, csvText } from './format/index.js';
// spc() and funnel() for callers that build their options themselves (the widgets): values checked, keys not.
export { computeSpc } from './compare/spc-report.js';
export { computeFunnel } from './compare/funnel-report.js';

// The widgets' checks: the contracts' verdicts without their explaining, loaded on demand.
export { validReport } from './model/valid-report.js';
export { validReformReport } from './reform/valid-reform-report.js';
export { validDashboard } from './dashboard/valid-dashboard.js';
export { ShapeFailure } from './shape/valid-checker.js';
export type { ShapeIssueLang, WordedIssue } from './model/issue-words.js';

// The dashboard's compute-worker protocol.
export type { PanelRequest, WorkerMessage, WorkerRequest } from './dashboard/index.js';

// SQL: the compiled program, the dialects and the finishing step.
export { compileSql, compileRangeQueries, DIALECTS, finishReports } from './sql/index.js';
export type { SqlProgram, SqlDialect } from './sql/index.js';
