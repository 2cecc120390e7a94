import * as z from 'zod/mini';
import { PERIOD_UNITS } from '../time/period-unit.js';
import { Display, Polarity, Thresholds, Unit } from './indicator.js';
import {
  CalendarDate,
  CatalogId,
  FiniteNumber,
  Identifier,
  LocalizedText,
  PeriodKey,
  TextInLanguages,
} from './primitives.js';

import { FLAGS, MAX_MAGNITUDE, REPORT_SCHEMA_ID, STATUSES } from './report-constants.js';
import { GroupValue } from './group-value.js';
import { ReportFunnel, ReportRowFunnel, ReportRowSpc, ReportSpc } from './report-comparisons.js';
import { FORMAT_RULE_WORDS } from '../errors/messages/en.js';
import { comparesOnlyWhatTakesPart, isFunnelUnit } from './contract-rules.js';

export { ReportFunnel, ReportRowFunnel, ReportRowSpc, ReportSpc } from './report-comparisons.js';
export { COUNT_FIELDS, FLAGS, MAX_MAGNITUDE, REPORT_SCHEMA_ID, STATUSES, TOTAL } from './report-constants.js';
export type { Flag, Status } from './report-constants.js';

/*
 * The Report contract. The widgets' zod-free check (checkReportShape) is generated from this
 * schema (src/shape/generated/report-shape.ts, `npm run schema`), and so is
 * schema/report.schema.json. The measure kind's rules (COUNT_FIELDS) and those tying the rows'
 * comparisons to the Report's `spc` and `funnel` (report-rules.ts), which JSON Schema cannot state
 * as they tie one field to another, run after it in parseReport and in checkReportShape alike.
 */

/** A row's number or the target: within ±MAX_MAGNITUDE (counts and sums are exact up to it). */
const ReportNumber = z.number().check(z.gte(-MAX_MAGNITUDE), z.lte(MAX_MAGNITUDE));

export { GroupValue } from './group-value.js';

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

export const ReportRow = z
  .strictObject({
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
    /** The row's place on its series' process-behaviour chart, when asked (`withSpc`, `--spc`). */
    spc: z.optional(ReportRowSpc),
    /** A group row's place in its period's funnel, when asked (`withFunnel`, `--funnel`). */
    funnel: z.optional(ReportRowFunnel),
  })
  .check(
    z.refine(comparesOnlyWhatTakesPart, FORMAT_RULE_WORDS.compared_row),
    z.refine(isFunnelUnit, FORMAT_RULE_WORDS.funnel_unit),
  );
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
  /**
   * Records of the reported periods that the Report's measure left out because a field it needs is
   * empty, by field (only fields leaving some out). A measure needs the fields its filters test
   * `notNull` (at the top or in nested `and`s) and those its value cannot be computed without (a
   * mean's, median's or sum's `value`, a ratio's `sum`; both dates of `{days}`). Counted are the
   * records meeting the part's time rule and its other conditions with the field empty: left out of
   * the measure (a count, a denominator, the averaged values: `{"time_limit_days": 2}`: two closed
   * cases without 审限天数 are not in on_time_closure_rate), or, for a field only a rate's or ratio's
   * numerator needs, in the denominator but not in the numerator. A record missing two needed fields
   * is counted under each; a stock counts a record in each reported period it stands in.
   */
  excluded: z.optional(z.record(Identifier, z.int().check(z.gte(0)))),
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
    /** The catalog's `source`: localized, or one string for both languages. */
    source: z.nullable(TextInLanguages),
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
  /** How the rows' `spc` were computed, and each series' phases and assurance (`withSpc`, `--spc`). */
  spc: z.optional(ReportSpc),
  /** How the rows' `funnel` were computed, and each period's overdispersion (`withFunnel`, `--funnel`). */
  funnel: z.optional(ReportFunnel),
});

export type Report = z.infer<typeof Report>;
