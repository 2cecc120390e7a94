import * as z from 'zod/mini';
import { periodKeyParts } from '../time/period.js';
import { PERIOD_UNITS } from '../time/period-unit.js';
import { REPORT_ISSUE_WORDS } from './check-report-shape.js';
import { Display, Polarity, Thresholds, Unit } from './indicator.js';
import { CatalogId, FiniteNumber, Identifier, IsoDate, LocalizedText } from './primitives.js';

import { FLAGS, MAX_MAGNITUDE, REPORT_SCHEMA_ID, STATUSES } from './report-constants.js';

export { COUNT_FIELDS, FLAGS, MAX_MAGNITUDE, REPORT_SCHEMA_ID, STATUSES, TOTAL } from './report-constants.js';
export type { Flag, Status } from './report-constants.js';

/*
 * What a Report may hold beyond its shape is decided once, in check-report-shape.ts (the check the
 * widgets use, without zod): the words come from there, and so do the measure kind's rules
 * (`countIssues`, COUNT_FIELDS), which parseReport runs after this schema, as JSON Schema cannot
 * state a rule of one field that depends on another. test/model/report-shape.test.ts holds the
 * two checks to the same verdicts.
 */

/** A row's number or the target: finite, and within ±MAX_MAGNITUDE (counts and sums are exact up to it). */
const ReportNumber = z.number().check(
  z.refine(Number.isFinite, 'expected a finite number'),
  z.refine((x) => Math.abs(x) <= MAX_MAGNITUDE, REPORT_ISSUE_WORDS.magnitude),
);

/** A date that exists: `YYYY-MM-DD`, and no 2019-02-30. */
const CalendarDate = IsoDate.check(z.refine((text) => periodKeyParts(text)?.unit === 'day', REPORT_ISSUE_WORDS.date));

/** A period key naming a real period: 2019, 2019-Q1, 2019-03, 2019-W10, 2019-03-05 (no 2019-13, no markup). */
const PeriodKey = z
  .string()
  .check(z.refine((text) => periodKeyParts(text) !== undefined, REPORT_ISSUE_WORDS.period_key));

/** The value of a group field in a row; `"*"` in every group field marks the total row. */
export const GroupValue = z.union([z.string(), FiniteNumber, z.boolean(), z.null()]);
export type GroupValue = z.infer<typeof GroupValue>;

/**
 * Display names of group values, by group field and then value as the rows hold it (a number or
 * boolean as its JSON text): `{"district": {"黄浦区": {"zh-CN": "黄浦区", "en": "Huangpu"}}}`. Widgets
 * show a value not listed as it is.
 */
export const GroupLabels = z.record(Identifier, z.record(z.string(), LocalizedText));
export type GroupLabels = z.infer<typeof GroupLabels>;

/** A comparison with an earlier period. `delta` = value − earlier; `relative` = delta / |earlier| (null when earlier is 0). */
export const Change = z.strictObject({
  period: PeriodKey,
  value: ReportNumber,
  delta: ReportNumber,
  /** Unbounded: an earlier value close to 0 makes it as large as it likes. */
  relative: z.nullable(FiniteNumber),
});
export type Change = z.infer<typeof Change>;

export const ReportRow = z.strictObject({
  period: PeriodKey,
  start: CalendarDate,
  end: CalendarDate,
  group: z.record(Identifier, GroupValue),
  value: z.nullable(ReportNumber),
  numerator: z.nullable(ReportNumber),
  denominator: z.nullable(ReportNumber),
  /**
   * Records behind the value: the denominator's records for rates and ratios, the values for means.
   * Null on a `suppressed` row, like every other number there (for a count it is the count itself).
   */
  n: z.nullable(z.int().check(z.gte(0))),
  ci: z.nullable(z.strictObject({ low: ReportNumber, high: ReportNumber })),
  status: z.nullable(z.enum(STATUSES)),
  flag: z.nullable(z.enum(FLAGS)),
  change: z.strictObject({ previous: z.nullable(Change), yearAgo: z.nullable(Change) }),
  /** Composite rows only, when ranking was asked for: 1 = best. Rankings are opt-in. */
  rank: z.optional(z.nullable(z.int().check(z.gte(1)))),
  /** Composite rows only: each child's weighted contribution to the value, by child id. */
  components: z.optional(z.record(Identifier, z.nullable(ReportNumber))),
});
export type ReportRow = z.infer<typeof ReportRow>;

/**
 * A dataset's rows: read = used + quarantined + skipped. `skipped` counts blank and footer rows
 * (合计, Total, …) of spreadsheet exports; lawgauge always writes it, and a Report without it
 * (written before it existed) reads as none skipped.
 */
export const DatasetQuality = z.strictObject({
  read: z.int().check(z.gte(0)),
  used: z.int().check(z.gte(0)),
  quarantined: z.int().check(z.gte(0)),
  skipped: z.optional(z.int().check(z.gte(0))),
});
export type DatasetQuality = z.infer<typeof DatasetQuality>;

export const Report = z.strictObject({
  schema: z.literal(REPORT_SCHEMA_ID),
  indicator: z.strictObject({
    id: Identifier,
    label: LocalizedText,
    description: LocalizedText,
    unit: Unit,
    polarity: Polarity,
    target: z.nullable(ReportNumber),
    thresholds: z.nullable(Thresholds),
    minSample: z.nullable(z.int()),
    display: z.nullable(Display),
    methodology: z.nullable(LocalizedText),
    source: z.nullable(z.string()),
    measure: z.string(),
    dataset: Identifier,
    catalog: z.strictObject({ id: CatalogId, version: z.nullable(z.string()) }),
  }),
  period: z.strictObject({
    unit: z.enum(PERIOD_UNITS),
    from: CalendarDate,
    to: CalendarDate,
    toDate: z.boolean(),
  }),
  groupBy: z.array(Identifier),
  suppressBelow: z.nullable(z.int()),
  rows: z.array(ReportRow),
  quality: z.record(Identifier, DatasetQuality),
  /** Names of the group values in each language, for display; lawgauge itself writes none. */
  groupLabels: z.optional(GroupLabels),
});
export type Report = z.infer<typeof Report>;
