import type { GotParams } from './described.js';
import type { IssuePath } from './issue.js';

/*
 * Every problem lawgauge reports, one interface per code (zod v4's `$ZodIssue*` are the model):
 * `code` says what is wrong, `params` what the wording names, `message` is the English wording and
 * `path` where, from the root the error names. One code per meaning; a problem that differs only
 * in the kind of thing it names (a dataset, an indicator, a field) says so in a param.
 * src/errors/messages/{en,zh-CN}.ts word each code from its params alone.
 */

/** What every issue has. */
export interface IssueBase {
  /** Where the problem is, from the root named by the error (e.g. `catalog`). */
  readonly path: IssuePath;
  /** The English wording (src/errors/messages/en.ts words it from `code` and `params`). */
  readonly message: string;
}

// ——— zod's own codes (src/model/zod-issues.ts): the shape of a definition, an option or a Report.

/** A value of the wrong JSON type, or a required one missing. */
export interface InvalidTypeIssue extends IssueBase {
  readonly code: 'invalid_type';
  /** `expected`: zod's type names (`string`, `number`, `int`, `object`, `array`, `boolean`, …). */
  readonly params: GotParams & { readonly expected: readonly string[]; readonly required: boolean };
}

/** A value outside a fixed set (`allowed`: each as JSON, e.g. `"month"`). */
export interface InvalidValueIssue extends IssueBase {
  readonly code: 'invalid_value';
  readonly params: GotParams & { readonly allowed: readonly string[] };
}

/** A number, text or list below (`too_small`) or above (`too_big`) its bound. */
export type SizeLimitParams = GotParams & {
  /** `number`, `int`, `string` (characters), `array` (items), … */
  readonly origin: string;
  readonly limit: string;
  readonly inclusive: boolean;
};
export interface TooSmallIssue extends IssueBase {
  readonly code: 'too_small';
  readonly params: SizeLimitParams;
}
export interface TooBigIssue extends IssueBase {
  readonly code: 'too_big';
  readonly params: SizeLimitParams;
}

/** The named checks a schema words itself (a pattern's or a refinement's message). */
export type FormatRule =
  | 'identifier'
  | 'catalog_id'
  | 'iso_date'
  | 'lower_id'
  | 'table_name'
  | 'reserved_name'
  | 'finite_number'
  | 'not_blank'
  | 'src_or_compute'
  | 'total_marker'
  | 'period_key'
  | 'panel_options'
  | 'panel_phases'
  | 'panel_drill'
  | 'spc_rules_order'
  | 'spc_variation'
  | 'spc_lines_order'
  | 'funnel_limits_order'
  | 'compared_row'
  | 'funnel_unit'
  | 'comparison_summary'
  | 'comparison_of_rate'
  | 'comparison_periods'
  | 'value_of_parts';

/**
 * Text that does not fit its format: a schema's pattern (`format`, and `rule` naming the check, or
 * `detail` a schema's own words), or a mapping's date pattern (`format: 'date_pattern'`).
 */
export interface InvalidFormatIssue extends IssueBase {
  readonly code: 'invalid_format';
  readonly params:
    | (GotParams & { readonly format: string; readonly rule?: FormatRule; readonly detail?: string })
    | {
        readonly format: 'date_pattern';
        readonly problem: 'repeated_part' | 'incomplete';
        readonly pattern: string;
        /** The repeated part (`Y`, `M`, `D`, …). */
        readonly part?: string;
        readonly field: string;
      };
}

export interface NotMultipleOfIssue extends IssueBase {
  readonly code: 'not_multiple_of';
  readonly params: { readonly divisor: string };
}

/** A refinement of a schema: a named `rule`, or the schema's own English `detail`. */
export interface CustomIssue extends IssueBase {
  readonly code: 'custom';
  readonly params: { readonly rule: FormatRule } | { readonly detail: string };
}

/**
 * A key the object does not allow: one its schema lacks (zod's `unrecognized_keys`), or one its
 * schema has but not here (`owner`: a filter whose `op` takes no such key, a composite child).
 * `suggestion`: the allowed key it most likely misspells (an option's, `overdisperson` →
 * `overdispersion`), when one is close.
 */
export interface UnknownKeyIssue extends IssueBase {
  readonly code: 'unknown_key';
  readonly params:
    | { readonly key: string; readonly suggestion?: string }
    | { readonly key: string; readonly owner: 'filter'; readonly op: string }
    | { readonly key: string; readonly owner: 'composite_child' };
}

/** A record's key that its key schema refuses (a group field's name that is not an identifier). */
export interface InvalidKeyIssue extends IssueBase {
  readonly code: 'invalid_key';
  readonly params: { readonly key: string; readonly rule?: FormatRule; readonly detail?: string };
}

/** `__proto__`, `constructor` or `prototype` anywhere in user JSON. */
export interface ForbiddenKeyIssue extends IssueBase {
  readonly code: 'forbidden_key';
  readonly params: { readonly key: string };
}

// ——— References and ids (catalogs, mappings, options, programmes, overrides).

/** What an id names, in `duplicate_id` and `unknown_reference`. */
export type ReferenceKind = 'dataset' | 'indicator' | 'composite' | 'field' | 'check' | 'area' | 'task';

/**
 * An id given twice: of a `kind` (`key_field`: a field twice in a dataset's key;
 * `composite_indicator`: a composite with an indicator's id; `spelling`: an enum spelling meaning
 * two values, `first` and `second`).
 */
export interface DuplicateIdIssue extends IssueBase {
  readonly code: 'duplicate_id';
  readonly params: {
    readonly kind: ReferenceKind | 'key_field' | 'composite_indicator' | 'spelling';
    readonly id: string;
    /** The dataset of a field, key field or check. */
    readonly dataset?: string;
    readonly first?: string;
    readonly second?: string;
    /** The index of the task that has the id first. */
    readonly also?: number;
  };
}

/**
 * An id that names nothing: of a `kind`, with the ids that exist (`known`) when the message lists
 * them. `dataset`: the dataset a field was looked for in; `catalog`: the catalog a dataset was
 * looked for in; `base`: looked for in the base catalog of `extendCatalog`; `remove`: named by
 * `removeIndicators`; `task`: the task that names it (`parent`: as its parent); `row` and `title`:
 * the milestone row that names it.
 */
export interface UnknownReferenceIssue extends IssueBase {
  readonly code: 'unknown_reference';
  readonly params: {
    readonly kind: ReferenceKind;
    readonly id: string;
    readonly known?: readonly string[];
    readonly dataset?: string;
    readonly catalog?: string;
    readonly base?: boolean;
    readonly remove?: boolean;
    readonly task?: string;
    readonly parent?: boolean;
    readonly row?: number;
    readonly title?: string;
    /** The known id nearest `id` by edit distance, when one is close (a mapping's misspelt field). */
    readonly suggestion?: string;
  };
}

/** A complement's `of` names an indicator that is not a rate (`measure`) or reads another dataset. */
export interface InvalidReferenceIssue extends IssueBase {
  readonly code: 'invalid_reference';
  readonly params:
    | { readonly id: string; readonly measure: string }
    | { readonly id: string; readonly dataset: string; readonly expected: string };
}

/**
 * A turnoverDays measure whose stock takes flow rules or whose flow takes stock rules (`expected`
 * names what the side takes), or whose flow rules disagree on `toDate` (`expected: 'toDate'`).
 */
export interface InvalidTimeRuleIssue extends IssueBase {
  readonly code: 'invalid_time_rule';
  readonly params: { readonly side: 'stock' | 'flow'; readonly expected: 'flow' | 'pending' | 'toDate' };
}

/** Composites that contain themselves, or tasks that are their own ancestors. */
export interface CycleIssue extends IssueBase {
  readonly code: 'cycle';
  readonly params: { readonly composites: readonly string[] } | { readonly tasks: readonly string[] };
}

// ——— A catalog's meaning.

/** A range whose ends are reversed or equal. */
export interface InvalidRangeIssue extends IssueBase {
  readonly code: 'invalid_range';
  readonly params:
    | { readonly kind: 'band'; readonly low: number; readonly high: number }
    | { readonly kind: 'min_max'; readonly min: number; readonly max: number }
    | { readonly kind: 'empty_from' }
    | { readonly kind: 'from_after_to'; readonly from: string; readonly to: string };
}

/** Thresholds that contradict the polarity. */
export interface InvalidThresholdsIssue extends IssueBase {
  readonly code: 'invalid_thresholds';
  readonly params:
    | { readonly kind: 'higher_better' | 'lower_better'; readonly good: number; readonly warning: number }
    | { readonly kind: 'needs_direction' | 'needs_band' }
    | {
        readonly kind: 'band_outside';
        readonly warning_low: number;
        readonly warning_high: number;
        readonly low: number;
        readonly high: number;
      };
}

/** A composite child naming neither or both of `indicator` and `composite`. */
export interface InvalidChildIssue extends IssueBase {
  readonly code: 'invalid_child';
  readonly params: Readonly<Record<string, never>>;
}

/** A composite child with a neutral polarity. */
export interface NoDirectionIssue extends IssueBase {
  readonly code: 'no_direction';
  readonly params: { readonly id: string };
}

/**
 * A field of the wrong type for its use: `expected` a date or a number field, a numeric operand, a
 * key that tells records apart (not a datetime), or a date field for a mapping's `formats`.
 */
export interface InvalidFieldTypeIssue extends IssueBase {
  readonly code: 'invalid_field_type';
  readonly params: {
    readonly expected: 'date' | 'number' | 'numeric_operand' | 'exact_key' | 'date_format';
    readonly type: string;
    readonly field?: string;
    readonly dataset?: string;
  };
}

/** A filter without `op` on something that is not a boolean field. */
export interface NonBooleanFilterIssue extends IssueBase {
  readonly code: 'non_boolean_filter';
  readonly params: { readonly type: string; readonly field?: string };
}

/** An ordering operator (`lt`, `gte`, …) on a field that is not a number or a date. */
export interface InvalidOperatorIssue extends IssueBase {
  readonly code: 'invalid_operator';
  readonly params: { readonly op: string; readonly field: string; readonly type: string };
}

/**
 * A comparison written wrong for its operator: `needs` exactly one of `value` and `other`, a
 * list (`in`, `notIn`) or one constant.
 */
export interface InvalidComparisonIssue extends IssueBase {
  readonly code: 'invalid_comparison';
  readonly params: { readonly op: string; readonly needs: 'value_or_other' | 'list' | 'one' };
}

/** `other` of another kind than `field`. */
export interface IncompatibleOperandsIssue extends IssueBase {
  readonly code: 'incompatible_operands';
  readonly params: { readonly left: string; readonly right: string };
}

/** A filter's constant of the wrong kind (`value` as JSON). */
export interface InvalidConstantIssue extends IssueBase {
  readonly code: 'invalid_constant';
  readonly params: { readonly expected: 'number' | 'boolean' | 'date' | 'string'; readonly value: string };
}

/** A value (a record's, or a filter's constant with its `field`) that is none of an enum's values. */
export interface UnknownEnumValueIssue extends IssueBase {
  readonly code: 'unknown_enum_value';
  readonly params: {
    readonly value: string;
    readonly allowed: readonly string[];
    readonly field?: string;
    /** The header (or JSON key) the value was read from, when the caller names it (the CLI does): worded beside the field. */
    readonly column?: string;
    /**
     * For each of `allowed`, its other accepted spellings (the catalog's synonyms: `民事` for
     * `civil`) joined by `/`, `""` for none; absent when no value has one.
     */
    readonly synonyms?: readonly string[];
    /** The accepted spelling nearest to the value, when one is close (`民时` → `民事`). */
    readonly suggestion?: string;
  };
}

/** A key field that is not required. */
export interface OptionalKeyFieldIssue extends IssueBase {
  readonly code: 'optional_key_field';
  readonly params: { readonly field: string; readonly dataset: string };
}

/** A record check reading `age`, which depends on the period. */
export interface PeriodDependentCheckIssue extends IssueBase {
  readonly code: 'period_dependent_check';
  readonly params: { readonly check: string };
}

// ——— Evaluation options and engines.

/**
 * Text that is not a date: a record's value (`type` date or datetime, `format` the mapping's
 * pattern or `''` for the built-in spellings, `serial` when it looks like an Excel serial number),
 * or a definition's or option's `YYYY-MM-DD` naming no real day (of a programme's `task`).
 */
export interface InvalidDateIssue extends IssueBase {
  readonly code: 'invalid_date';
  readonly params:
    | {
        readonly value: string;
        readonly field: string;
        readonly type: 'date' | 'datetime';
        readonly format: string;
        readonly serial: boolean;
      }
    | { readonly value: string; readonly format: 'YYYY-MM-DD'; readonly task?: string };
}

/** A definition's, Report's or option's `YYYY-MM-DD` (of a programme's `task`) naming no day of the calendar. */
export type RealDayParams = Exclude<InvalidDateIssue['params'], { readonly type: 'date' | 'datetime' }>;

/** No table for a dataset the chosen indicators read. */
export interface MissingTableIssue extends IssueBase {
  readonly code: 'missing_table';
  readonly params: { readonly dataset: string };
}

/** A table whose column has another type than the catalog's field (`got`: a type, or `missing`). */
export interface IncompatibleTableIssue extends IssueBase {
  readonly code: 'incompatible_table';
  readonly params: { readonly field: string; readonly dataset: string; readonly type: string; readonly got: string };
}

/** `by` naming a field that cannot group (a number, a date). */
export interface InvalidGroupIssue extends IssueBase {
  readonly code: 'invalid_group';
  readonly params: { readonly field: string; readonly type: string };
}

/** The period range cannot be known: no dated records to infer it from, or SQL needs it given. */
export interface MissingRangeIssue extends IssueBase {
  readonly code: 'missing_range';
  readonly params: { readonly reason: 'no_dates' | 'sql' };
}

/** A SQL engine's answer lawgauge cannot read: not a number, or a period position out of range. */
export interface UnexpectedResultIssue extends IssueBase {
  readonly code: 'unexpected_result';
  readonly params:
    | { readonly kind: 'not_a_number'; readonly column: string; readonly value: string }
    | { readonly kind: 'period_out_of_range'; readonly period: number; readonly last: number };
}

/** Text or a number a SQL statement cannot hold: a NUL character, a number that is not finite. */
export interface UnrepresentableInSqlIssue extends IssueBase {
  readonly code: 'unrepresentable_in_sql';
  readonly params:
    | { readonly reason: 'nul'; readonly what: string; readonly value: string }
    | { readonly reason: 'not_finite'; readonly value: string };
}

/** Group values equal to the total marker `*` (held by `records` records, when known). */
export interface TotalMarkerValueIssue extends IssueBase {
  readonly code: 'total_marker_value';
  readonly params: { readonly dataset: string; readonly field: string; readonly records?: number };
}

// ——— Comparisons (spc, funnel): options that do not fit the Report.

/**
 * An option of `spc()` or `funnel()` outside what it takes, `value` as given (a string quoted):
 * a chart not in `charts`, a baseline that is no whole number ≥ `minimum`, a target that is not a
 * finite number (in [0, 1] when `proportion`).
 */
export interface InvalidCompareOptionIssue extends IssueBase {
  readonly code: 'invalid_compare_option';
  readonly params:
    | { readonly option: 'chart'; readonly value: string; readonly charts: readonly string[] }
    | { readonly option: 'baseline'; readonly value: string; readonly minimum: number }
    | { readonly option: 'target'; readonly value: string; readonly proportion: boolean };
}

/** A comparison of proportions (a p′ chart, a funnel plot) asked of an indicator that is no rate. */
export interface NeedsRateIssue extends IssueBase {
  readonly code: 'needs_rate';
  readonly params: {
    readonly comparison: 'pprime' | 'funnel';
    readonly indicator: string;
    readonly measure: string;
    /** The measures that give a proportion. */
    readonly measures: readonly string[];
  };
}

/** A period the Report has no row for (`value` as given); `known`: its periods, the middle of a long list as `…`. */
export interface UnknownPeriodIssue extends IssueBase {
  readonly code: 'unknown_period';
  readonly params: { readonly value: string; readonly known: readonly string[] };
}

/** API misuse (a wrong argument in code), worded in English only: `detail`. */
export interface InvalidArgumentIssue extends IssueBase {
  readonly code: 'invalid_argument';
  readonly params: { readonly detail: string };
}

// ——— Composites.

/** No Report for indicators a composite needs. */
export interface MissingReportIssue extends IssueBase {
  readonly code: 'missing_report';
  readonly params: { readonly ids: readonly string[] };
}

/** Reports grouped differently. */
export interface MixedGroupingIssue extends IssueBase {
  readonly code: 'mixed_grouping';
  readonly params: { readonly by: readonly string[]; readonly first: string; readonly first_by: readonly string[] };
}

/** Where in a composite a calculation failed: an indicator's values, or a unit's, in a period. */
export type CompositePlace =
  { readonly indicator: string; readonly period: string } | { readonly unit: string; readonly period: string };

/** Distance to target undefined: the target equals the lowest value. */
export interface ConstantValuesIssue extends IssueBase {
  readonly code: 'constant_values';
  readonly params: CompositePlace & { readonly value: number };
}
/** A geometric mean over a value ≤ 0. */
export interface NonPositiveValueIssue extends IssueBase {
  readonly code: 'non_positive_value';
  readonly params: CompositePlace & { readonly value: number };
}
/** A harmonic or power mean (p < 0) over a value of 0. */
export interface ZeroValueIssue extends IssueBase {
  readonly code: 'zero_value';
  readonly params: CompositePlace & { readonly p: number };
}
/** A power mean over a negative value. */
export interface NegativeValueIssue extends IssueBase {
  readonly code: 'negative_value';
  readonly params: CompositePlace & { readonly p: number; readonly value: number };
}

// ——— Reform programmes.

export interface DueBeforeStartIssue extends IssueBase {
  readonly code: 'due_before_start';
  readonly params: { readonly task: string; readonly due: string; readonly start: string };
}
export interface VerifiedNotCompletedIssue extends IssueBase {
  readonly code: 'verified_not_completed';
  readonly params: { readonly task: string; readonly verified: string };
}
export interface VerifiedBeforeCompletedIssue extends IssueBase {
  readonly code: 'verified_before_completed';
  readonly params: { readonly task: string; readonly verified: string; readonly completed: string };
}

// ——— A value of a record (quarantined; `value` as shown, quoted when text).

export interface RequiredIssue extends IssueBase {
  readonly code: 'required';
  readonly params: {
    readonly field: string;
    /** The header (or JSON key) the value was read from, when the caller names it (the CLI does): worded beside the field. */
    readonly column?: string;
  };
}

/** Not a number (`invalid_number`) or not a whole number (`invalid_integer`), or one a double cannot hold. */
export type UnreadableNumberParams = {
  readonly value: string;
  readonly field: string;
  readonly kind: 'not_a_number' | 'not_whole' | 'not_finite' | 'underflow';
  /** The header (or JSON key) the value was read from, when the caller names it (the CLI does): worded beside the field. */
  readonly column?: string;
};
export interface InvalidNumberIssue extends IssueBase {
  readonly code: 'invalid_number';
  readonly params: UnreadableNumberParams;
}
export interface InvalidIntegerIssue extends IssueBase {
  readonly code: 'invalid_integer';
  readonly params: UnreadableNumberParams;
}

export interface InvalidBooleanIssue extends IssueBase {
  readonly code: 'invalid_boolean';
  readonly params: { readonly value: string };
}

/** A text field given something else (a record of JSON). */
export interface InvalidStringIssue extends IssueBase {
  readonly code: 'invalid_string';
  readonly params: { readonly got: string };
}

/** A number beyond the field's `min` or `max`, or beyond ±2^31 for an integer. */
export interface OutOfRangeIssue extends IssueBase {
  readonly code: 'out_of_range';
  readonly params:
    | { readonly value: number; readonly bound: 'min' | 'max'; readonly limit: number }
    | { readonly value: number; readonly bound: 'int32' };
}

// ——— A record, a file, its header or its mapping.

export interface WrongFieldCountIssue extends IssueBase {
  readonly code: 'wrong_field_count';
  readonly params: { readonly line: number; readonly fields: number; readonly header: number };
}

/**
 * A quote never closed: in the header (an error), in a record on the last line (quarantined), or in
 * a record whose field runs on to the file's end at `last_line` (an error: those lines are not read).
 */
export interface UnterminatedQuoteIssue extends IssueBase {
  readonly code: 'unterminated_quote';
  readonly params: { readonly line: number; readonly header: boolean; readonly last_line?: number };
}

/**
 * Bytes that are not UTF-8 (`offset` of the first from the start of the input, `byte` its value,
 * `count` how many places): `where` in a record (`row`), the header, a whole file with too many to
 * set aside, a JSON file's records, or stdin after rows were read. `encoding: 'gb18030'`: a CSV
 * read as GB18030 whose bytes are not GB18030 (`offset` still in the file).
 */
export interface InvalidEncodingIssue extends IssueBase {
  readonly code: 'invalid_encoding';
  readonly params:
    | {
        readonly where: 'row';
        readonly offset: number;
        readonly byte: number;
        readonly count: number;
        readonly encoding?: 'gb18030';
      }
    | {
        readonly where: 'header';
        readonly line: number;
        readonly offset: number;
        readonly byte: number;
        readonly count: number;
        readonly encoding?: 'gb18030';
      }
    | {
        readonly where: 'file';
        readonly offset: number;
        readonly byte: number;
        readonly count: number;
        readonly bytes: number;
      }
    | {
        readonly where: 'records';
        readonly offset: number;
        readonly byte: number;
        readonly count: number;
        readonly encoding?: 'gb18030';
      }
    | { readonly where: 'stdin'; readonly offset: number };
}

/** A JSON record that is not an object (`kind`: `array`, `null`, `string`, `number`, …). */
export interface InvalidRecordIssue extends IssueBase {
  readonly code: 'invalid_record';
  readonly params: { readonly kind: string };
}

/** Text that is not JSON: a file, or one NDJSON `line`; `detail` is the parser's (English) words. */
export interface InvalidJsonIssue extends IssueBase {
  readonly code: 'invalid_json';
  readonly params: { readonly detail: string; readonly line?: number };
}

/** A record whose key an earlier record has (first read at `first_row`, `first_line`). */
export interface DuplicateKeyIssue extends IssueBase {
  readonly code: 'duplicate_key';
  readonly params: {
    readonly key: string;
    readonly value: string;
    readonly first_row: number;
    readonly first_line?: number;
  };
}

/** A record breaking a dataset's check; `values`: the fields it reads, as `name value`. */
export interface CheckFailedIssue extends IssueBase {
  readonly code: 'check_failed';
  readonly params: {
    readonly check: string;
    readonly values: string;
    readonly label_zh?: string;
    readonly label_en?: string;
  };
}

/**
 * A ledger row whose task names a parent (`parent`) no usable row has as its id, or (`orphan`
 * false) whose parent row was itself quarantined so: a tree with a missing parent cannot be rolled up.
 */
export interface UnknownParentIssue extends IssueBase {
  readonly code: 'unknown_parent';
  readonly params: { readonly task: string; readonly parent: string; readonly orphan: boolean };
}

/**
 * A milestone row whose task (`task`) no usable ledger row has: `quarantined` — a row with that id
 * was quarantined (a bad value, a repeated id, an unknown parent); `absent` — no row has it (the
 * ledger quarantined none); `unusable` — no usable row has it, and some rows were quarantined before
 * their ids could be read, so it may be either.
 */
export interface UnknownTaskIssue extends IssueBase {
  readonly code: 'unknown_task';
  readonly params: {
    readonly task: string;
    readonly title: string;
    readonly state: 'quarantined' | 'absent' | 'unusable';
  };
}

/** A record longer than the reader holds (`units`: `characters` or `bytes`): a quote left open. */
export interface RecordTooLongIssue extends IssueBase {
  readonly code: 'record_too_long';
  readonly params: { readonly line: number; readonly limit: number; readonly units: string };
}

/**
 * The distinct texts of a key field (`field` of `dataset`) passed `limit` bytes after `rows` rows
 * were read: more than one read holds them in (their ends are 32-bit), so the read stops rather
 * than tell duplicates apart wrongly.
 */
export interface KeyTextsTooLargeIssue extends IssueBase {
  readonly code: 'key_texts_too_large';
  readonly params: {
    readonly dataset: string;
    readonly field: string;
    readonly rows: number;
    readonly limit: number;
  };
}

/**
 * The first row is not the header but a later one (`line`, the `row`-th record or sheet row) is:
 * a title sits above it. Added after the first row's `missing_column` issues; the reader does not
 * guess: the mapping's `headerRow` (the CLI's `--header-row`) opts in.
 */
export interface HeaderBelowIssue extends IssueBase {
  readonly code: 'header_below';
  readonly params: { readonly line: number; readonly row: number };
}

/** A UTF-16 text file (byte order mark FF FE, `le`, or FE FF, `be`): save it as UTF-8 CSV or .xlsx. */
export interface Utf16FileIssue extends IssueBase {
  readonly code: 'utf16_file';
  readonly params: { readonly order: 'le' | 'be' };
}

/** An empty file or sheet. */
export interface NoHeaderIssue extends IssueBase {
  readonly code: 'no_header';
  readonly params: { readonly in: 'file' | 'sheet' };
}

export interface BlankHeaderIssue extends IssueBase {
  readonly code: 'blank_header';
  readonly params: { readonly line: number; readonly column: number };
}

export interface DuplicateHeaderIssue extends IssueBase {
  readonly code: 'duplicate_header';
  readonly params: { readonly line: number; readonly column: number; readonly name: string; readonly first: number };
}

/** No column for a field: the mapping's `wanted` header, or none of the `candidates`; `suggestion`: a header it may be under. */
export interface MissingColumnIssue extends IssueBase {
  readonly code: 'missing_column';
  readonly params:
    | {
        readonly field: string;
        readonly wanted: string;
        readonly columns: readonly string[];
        /** The header nearest `wanted`, when one is close and feeds no other field. */
        readonly suggestion?: string;
      }
    | {
        readonly field: string;
        readonly candidates: readonly string[];
        readonly columns: readonly string[];
        /** The header nearest one of `candidates`, when one is close and names no other field. */
        readonly suggestion?: string;
        /** The field is in the dataset's key (its duplicate check needs the column). */
        readonly key?: true;
        /** With `key`: the mapping may mark it null to read without the duplicate check. */
        readonly absent_allowed?: boolean;
      };
}

/**
 * Two headers both match one field by its name or labels (区 and District for `district`): line
 * `line`, columns `first` (`first_name`) and `column` (`name`), 1-based. The mapping must say which.
 */
export interface AmbiguousColumnIssue extends IssueBase {
  readonly code: 'ambiguous_column';
  readonly params: {
    readonly field: string;
    readonly line: number;
    readonly column: number;
    readonly name: string;
    readonly first: number;
    readonly first_name: string;
  };
}

export interface ColumnUsedTwiceIssue extends IssueBase {
  readonly code: 'column_used_twice';
  readonly params: { readonly column: string; readonly first: string; readonly field: string };
}

/** A mapping marking absent (null) a field that is required and has no default. */
export interface RequiredFieldAbsentIssue extends IssueBase {
  readonly code: 'required_field_absent';
  readonly params: { readonly field: string };
}

/** Beside a missing column: the workbook has other sheets. */
export interface OtherSheetsIssue extends IssueBase {
  readonly code: 'other_sheets';
  readonly params: { readonly sheets: readonly string[] };
}

export interface WorkbookOnStdinIssue extends IssueBase {
  readonly code: 'workbook_on_stdin';
  readonly params: Readonly<Record<string, never>>;
}

/**
 * A tab-separated file (`.tsv`): the CSV reader splits at commas only, so its rows would be read as
 * one column each; it is refused by name instead.
 */
export interface TabSeparatedIssue extends IssueBase {
  readonly code: 'tab_separated';
  readonly params: Readonly<Record<string, never>>;
}

/** A file that cannot be opened: Node's `errno` (`ENOENT`, or `''`) and message (`detail`). */
export interface UnreadableFileIssue extends IssueBase {
  readonly code: 'unreadable_file';
  readonly params: { readonly errno: string; readonly detail: string };
}

// ——— A workbook. `detail` is the English account of the damage, which no language rewords.

export interface XlsNotSupportedIssue extends IssueBase {
  readonly code: 'xls_not_supported';
  readonly params: Readonly<Record<string, never>>;
}
/** Not an .xlsx at all (not a zip, or a zip of another kind). */
export interface NotXlsxIssue extends IssueBase {
  readonly code: 'not_xlsx';
  readonly params: { readonly detail: string };
}
export interface EncryptedIssue extends IssueBase {
  readonly code: 'encrypted';
  readonly params: { readonly detail: string };
}
/** The zip archive is damaged. */
export interface CorruptZipIssue extends IssueBase {
  readonly code: 'corrupt_zip';
  readonly params: { readonly detail: string };
}
/** A zip this reader does not read (zip64, too large a part), rather than reading it wrong. */
export interface UnsupportedZipIssue extends IssueBase {
  readonly code: 'unsupported_zip';
  readonly params: { readonly detail: string };
}
/** A workbook part is damaged. */
export interface CorruptXlsxIssue extends IssueBase {
  readonly code: 'corrupt_xlsx';
  readonly params: { readonly detail: string };
}
export interface NoSheetIssue extends IssueBase {
  readonly code: 'no_sheet';
  readonly params: Readonly<Record<string, never>>;
}
/** `--sheet` naming no sheet: by name, or by a number beyond the `count`. */
export interface UnknownSheetIssue extends IssueBase {
  readonly code: 'unknown_sheet';
  readonly params:
    | { readonly sheet: string; readonly sheets: readonly string[] }
    | { readonly sheet: number; readonly count: number; readonly sheets: readonly string[] };
}
/** A chart sheet or another part without cells. */
export interface NotAWorksheetIssue extends IssueBase {
  readonly code: 'not_a_worksheet';
  readonly params: { readonly sheet: string; readonly kind: string };
}

/** Every issue with a code of its own: what the message tables word. */
export type TypedIssue =
  | InvalidTypeIssue
  | InvalidValueIssue
  | TooSmallIssue
  | TooBigIssue
  | InvalidFormatIssue
  | NotMultipleOfIssue
  | CustomIssue
  | UnknownKeyIssue
  | InvalidKeyIssue
  | ForbiddenKeyIssue
  | DuplicateIdIssue
  | UnknownReferenceIssue
  | InvalidReferenceIssue
  | InvalidTimeRuleIssue
  | CycleIssue
  | InvalidRangeIssue
  | InvalidThresholdsIssue
  | InvalidChildIssue
  | NoDirectionIssue
  | InvalidFieldTypeIssue
  | NonBooleanFilterIssue
  | InvalidOperatorIssue
  | InvalidComparisonIssue
  | IncompatibleOperandsIssue
  | InvalidConstantIssue
  | UnknownEnumValueIssue
  | OptionalKeyFieldIssue
  | PeriodDependentCheckIssue
  | InvalidDateIssue
  | MissingTableIssue
  | IncompatibleTableIssue
  | InvalidGroupIssue
  | MissingRangeIssue
  | UnexpectedResultIssue
  | UnrepresentableInSqlIssue
  | TotalMarkerValueIssue
  | InvalidCompareOptionIssue
  | NeedsRateIssue
  | UnknownPeriodIssue
  | InvalidArgumentIssue
  | MissingReportIssue
  | MixedGroupingIssue
  | ConstantValuesIssue
  | NonPositiveValueIssue
  | ZeroValueIssue
  | NegativeValueIssue
  | DueBeforeStartIssue
  | VerifiedNotCompletedIssue
  | VerifiedBeforeCompletedIssue
  | RequiredIssue
  | InvalidNumberIssue
  | InvalidIntegerIssue
  | InvalidBooleanIssue
  | InvalidStringIssue
  | OutOfRangeIssue
  | WrongFieldCountIssue
  | UnterminatedQuoteIssue
  | InvalidEncodingIssue
  | InvalidRecordIssue
  | InvalidJsonIssue
  | DuplicateKeyIssue
  | CheckFailedIssue
  | UnknownParentIssue
  | UnknownTaskIssue
  | RecordTooLongIssue
  | KeyTextsTooLargeIssue
  | NoHeaderIssue
  | Utf16FileIssue
  | HeaderBelowIssue
  | BlankHeaderIssue
  | DuplicateHeaderIssue
  | MissingColumnIssue
  | AmbiguousColumnIssue
  | ColumnUsedTwiceIssue
  | RequiredFieldAbsentIssue
  | OtherSheetsIssue
  | WorkbookOnStdinIssue
  | TabSeparatedIssue
  | UnreadableFileIssue
  | XlsNotSupportedIssue
  | NotXlsxIssue
  | EncryptedIssue
  | CorruptZipIssue
  | UnsupportedZipIssue
  | CorruptXlsxIssue
  | NoSheetIssue
  | UnknownSheetIssue
  | NotAWorksheetIssue;

/** Every code an issue can have. */
export type LawGaugeIssueCode = TypedIssue['code'];

/** The params of the issue with `code`. */
export type IssueParamsOf<C extends LawGaugeIssueCode> = Extract<TypedIssue, { readonly code: C }>['params'];

/** One problem lawgauge reports, in a LawGaugeError's `issues`. Narrow it by `code`. */
export type LawGaugeIssue = TypedIssue;

/** Codes of a value or a record that ingest quarantines (the CLI's `--rejects` `code` column). */
export type QuarantineCode =
  | 'required'
  | 'invalid_date'
  | 'invalid_number'
  | 'invalid_integer'
  | 'invalid_boolean'
  | 'unknown_enum_value'
  | 'invalid_string'
  | 'out_of_range'
  | 'wrong_field_count'
  | 'unterminated_quote'
  | 'invalid_encoding'
  | 'invalid_record'
  | 'invalid_json'
  | 'duplicate_key'
  | 'check_failed'
  | 'unknown_parent'
  | 'unknown_task';

/** An issue without its place: a quarantined value's problem, whose place is a row and a field. */
export type Unplaced<I> = I extends unknown ? Omit<I, 'path'> : never;

/** Why a value or a record was quarantined. */
export type QuarantineProblem = Unplaced<Extract<TypedIssue, { readonly code: QuarantineCode }>>;
