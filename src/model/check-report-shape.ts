import { LawGaugeError } from '../errors/law-gauge-error.js';
import type { DefinitionIssue, IssuePath } from '../errors/issue.js';
import { periodKeyParts } from '../time/period.js';
import { FORBIDDEN_KEYS } from './forbidden-key-names.js';
import { findForbiddenKeys } from './forbidden-keys.js';
import { COUNT_FIELDS, FLAGS, MAX_MAGNITUDE, STATUSES } from './report-constants.js';
import type { Report } from './report.js';

/*
 * A dependency-free check of the Report contract for browser bundles, where zod's core (about
 * 10 KiB gzipped) would not fit the widgets' size budgets. The zod `Report` schema stays the
 * contract and the source of schema/report.schema.json; test/model/report-shape.test.ts holds
 * this check to the same verdicts on generated and mutated Reports.
 */

// `path` is one array for the whole walk and holds the containers above the value being checked;
// a check gets its own key beside it and only a failure copies the two. Only containers push
// their key, so a first render of a 2,000-row Report pushes four times per row instead of once
// per field (that first render runs in V8's interpreter, where every call and push counts).
type Path = (string | number)[];
type Key = string | number | undefined;
type Check = (value: unknown, path: Path, issues: ReportIssue[], key?: Key) => void;

/**
 * The problems this check finds, one code per meaning, worded here in English; the widgets word
 * the same codes in their language (widgets/base/indicator-messages.ts). `message` is the words and
 * then `detail`, the part no language changes: the values allowed, a bound, the key named.
 */
export const REPORT_ISSUE_WORDS = {
  finite_number: 'expected a finite number',
  magnitude: `expected a number within ±${MAX_MAGNITUDE}`,
  whole_number: 'expected a whole number',
  at_least: 'expected ≥',
  at_most: 'expected ≤',
  string: 'expected a string',
  non_empty_string: 'expected a non-empty string',
  boolean: 'expected true or false',
  one_of: 'expected one of',
  identifier: 'expected an identifier',
  identifier_key: 'expected an identifier key',
  catalog_id: 'expected a catalog id',
  date: 'expected a date YYYY-MM-DD',
  period_key: 'expected a period key such as 2019, 2019-Q1, 2019-03, 2019-W10 or 2019-03-05',
  pair: 'expected [lo, hi]',
  object: 'expected an object',
  array: 'expected an array',
  polarity: 'expected a polarity',
  thresholds: 'expected thresholds',
  group_value: 'expected a string, number, boolean or null',
  unknown_key: 'unknown key',
  required: 'is required',
} as const;
export type ReportIssueCode = keyof typeof REPORT_ISSUE_WORDS;
/** A problem of a Report, with what its message adds to the code's words. */
export interface ReportIssue extends DefinitionIssue {
  readonly code: ReportIssueCode;
  readonly detail: string;
}

const checked = new WeakSet<object>();

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const CATALOG_ID = /^[a-z][a-z0-9_-]*$/;

/** Records the problem `code` at `path` + `key` (the root has no key). */
const fail = (issues: ReportIssue[], path: IssuePath, key: Key, code: ReportIssueCode, detail = ''): void => {
  issues.push({
    code,
    path: key === undefined ? [...path] : [...path, key],
    message: REPORT_ISSUE_WORDS[code] + detail,
    detail,
  });
};
const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);
/** A period key that names a real period of the calendar: no 2019-13, no 2019-W53 of a 52-week year. */
const isPeriod = (v: string): boolean => periodKeyParts(v) !== undefined;
/** A real date `YYYY-MM-DD` (no 2019-02-30): a day's period key. */
const isDate = (v: string): boolean => periodKeyParts(v)?.unit === 'day';

const finite: Check = (v, p, i, k) =>
  typeof v === 'number' && Number.isFinite(v) ? undefined : fail(i, p, k, 'finite_number');
/** A finite number no larger than MAX_MAGNITUDE either way: a row's numbers and the target. */
const bounded: Check = (v, p, i, k) =>
  typeof v === 'number' && Number.isFinite(v)
    ? Math.abs(v) <= MAX_MAGNITUDE
      ? undefined
      : fail(i, p, k, 'magnitude')
    : fail(i, p, k, 'finite_number');
// Safe integers, as zod's z.int(): beyond 2^53 a "whole number" is not one record more or less.
const integer =
  (min = -Infinity): Check =>
  (v, p, i, k) =>
    typeof v === 'number' && Number.isSafeInteger(v) && v >= min
      ? undefined
      : fail(i, p, k, 'whole_number', min > -Infinity ? ` ≥ ${min}` : '');
const string: Check = (v, p, i, k) => (typeof v === 'string' ? undefined : fail(i, p, k, 'string'));
const matching =
  (pattern: RegExp, code: ReportIssueCode): Check =>
  (v, p, i, k) =>
    typeof v === 'string' && pattern.test(v) && !FORBIDDEN_KEYS.has(v) ? undefined : fail(i, p, k, code);
const isoDate: Check = (v, p, i, k) => (typeof v === 'string' && isDate(v) ? undefined : fail(i, p, k, 'date'));
/** A period key that names a real period: a row's period, a change's earlier period. */
const periodKey: Check = (v, p, i, k) =>
  typeof v === 'string' && isPeriod(v) ? undefined : fail(i, p, k, 'period_key');
const nonEmpty: Check = (v, p, i, k) =>
  typeof v === 'string' && v.length > 0 ? undefined : fail(i, p, k, 'non_empty_string');
const boolean: Check = (v, p, i, k) => (typeof v === 'boolean' ? undefined : fail(i, p, k, 'boolean'));
const oneOf =
  (...values: readonly unknown[]): Check =>
  (v, p, i, k) =>
    values.includes(v) ? undefined : fail(i, p, k, 'one_of', ` ${values.map((x) => JSON.stringify(x)).join(', ')}`);
const nullable =
  (check: Check): Check =>
  (v, p, i, k) =>
    v === null ? undefined : check(v, p, i, k);
/**
 * A container check: `children` runs with the container's own key on the path (when it has one),
 * after `accepts` has said the value is the right kind of container.
 */
const container =
  (
    accepts: (v: unknown) => boolean,
    code: ReportIssueCode,
    children: (v: never, p: Path, i: ReportIssue[]) => void,
  ): Check =>
  (v, p, i, k) => {
    if (!accepts(v)) return fail(i, p, k, code);
    if (k !== undefined) p.push(k);
    children(v as never, p, i);
    if (k !== undefined) p.pop();
  };
const pair = container(
  (v) => Array.isArray(v) && v.length === 2,
  'pair',
  (v: unknown[], p, i) => {
    for (let k = 0; k < 2; k++) finite(v[k], p, i, k);
  },
);
/** The first check that passes wins; the issues of the failed attempts are dropped. */
const anyOf =
  (code: ReportIssueCode, ...checks: Check[]): Check =>
  (v, p, i, k) => {
    const before = i.length;
    for (const check of checks) {
      check(v, p, i, k);
      if (i.length === before) return;
      i.length = before;
    }
    fail(i, p, k, code);
  };
/** A strict object: every listed key checked (`optional` ones may be absent), no other key. */
const object = (shape: Record<string, Check>, optional: readonly string[] = []): Check => {
  // Indexed loops over plain arrays: a first render runs this in V8's interpreter, where
  // destructuring iteration (`for (const [k, c] of entries)`) costs several times more.
  const keys = Object.keys(shape);
  const checks = keys.map((key) => shape[key]!);
  return container(isObject, 'object', (v: Record<string, unknown>, p, i) => {
    // for-in rather than Object.keys: no array per object; inherited keys are not the value's own.
    for (const key in v)
      if (!Object.hasOwn(shape, key) && Object.hasOwn(v, key)) fail(i, p, key, 'unknown_key', ` "${key}"`);
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k]!;
      const value = v[key];
      if (value !== undefined && Object.hasOwn(v, key)) checks[k]!(value, p, i, key);
      else if (!optional.includes(key)) fail(i, p, key, 'required');
    }
  });
};
const identifierKey = matching(IDENTIFIER, 'identifier_key');
const record = (value: Check): Check =>
  container(isObject, 'object', (v: Record<string, unknown>, p, i) => {
    for (const key in v) {
      if (!Object.hasOwn(v, key)) continue;
      identifierKey(key, p, i, key);
      value(v[key], p, i, key);
    }
  });
/** A record keyed by any text (a group value), but never a prototype key. */
const textRecord = (value: Check): Check =>
  container(isObject, 'object', (v: Record<string, unknown>, p, i) => {
    for (const key in v) {
      if (!Object.hasOwn(v, key)) continue;
      // The failure makes the check name the key as forbidden (see checkReportShape).
      if (FORBIDDEN_KEYS.has(key)) fail(i, p, key, 'unknown_key', ` "${key}"`);
      value(v[key], p, i, key);
    }
  });
/**
 * By index, not forEach: a hole in a sparse array is an invalid item, as zod sees it. An item that
 * `passes` (a quick yes-or-no test, such as `isCommonRow`) skips the item check.
 */
const array = (item: Check, passes?: (v: unknown) => boolean): Check =>
  container(Array.isArray, 'array', (v: unknown[], p, i) => {
    for (let k = 0; k < v.length; k++) if (passes === undefined || !passes(v[k])) item(v[k], p, i, k);
  });

const identifier = matching(IDENTIFIER, 'identifier');
const localized = object({ 'zh-CN': nonEmpty, en: nonEmpty });
// The fields of a row and of its parts, shared by the generic walk and the common-row test below.
// `relative` is delta / |earlier| and may be huge when the earlier value is tiny; it stays unbounded.
const changeFields = { period: periodKey, value: bounded, delta: bounded, relative: nullable(finite) };
const change = object(changeFields);
const changesFields = { previous: nullable(change), yearAgo: nullable(change) };
const ciFields = { low: bounded, high: bounded };
const rowFields = {
  period: periodKey,
  start: isoDate,
  end: isoDate,
  group: record(anyOf('group_value', string, finite, boolean, oneOf(null))),
  value: nullable(bounded),
  numerator: nullable(bounded),
  denominator: nullable(bounded),
  n: nullable(integer(0)),
  ci: nullable(object(ciFields)),
  status: nullable(oneOf(...STATUSES)),
  flag: nullable(oneOf(...FLAGS)),
  change: object(changesFields),
  rank: nullable(integer(1)),
  components: record(nullable(bounded)),
};

/*
 * The common row, recognised by one function: a first render of a 2,000-row Report spends most of
 * its check on rows, and it runs in V8's interpreter, where every call costs more than the test it
 * makes. So the tests are written out: no helper call per field, no Set lookups. It only says yes
 * or no, and says yes only to rows the generic walk accepts; anything else (a rare shape such as a
 * row with `rank` or `components`, or any fault) goes through the walk, which names what is
 * wrong. test/model/report-shape.test.ts holds both to zod's verdicts.
 *
 * `x - x === 0` is the finite-number test written out: NaN and ±Infinity give NaN; `x <= MAX &&
 * x >= -MAX` is `bounded` written out (false for NaN and ±Infinity too).
 */
// The field tables' keys, in the order the core writes them.
const ROW_KEYS = Object.keys(rowFields);
const CI_KEYS = Object.keys(ciFields);
const CHANGES_KEYS = Object.keys(changesFields);
const CHANGE_KEYS = Object.keys(changeFields);
/**
 * A plain JSON object, whose enumerable keys are its own (a polluted Object.prototype's keys are
 * refused below). `isObject`'s test is repeated, not called: this runs several times per row.
 */
const isJsonObject = (v: unknown): v is Record<string, unknown> => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const prototype = Object.getPrototypeOf(v) as unknown;
  return prototype === Object.prototype || prototype === null;
};
/**
 * No key outside `keys`. A Report from the core has its keys in the field tables' order, so each
 * is compared with the one expected at its place before any search. A missing key needs no count:
 * its value, undefined, fails its own test.
 */
const onlyKeys = (v: object, keys: readonly string[]): boolean => {
  let place = 0;
  for (const key in v) {
    if (key !== keys[place] && !keys.includes(key)) return false;
    place++;
  }
  return true;
};
const MAX = MAX_MAGNITUDE;
/*
 * The last group key, dates and period keys that passed their tests. Every row has the same group
 * keys and the rows of a period share their dates and period keys (theirs and their changes'), so
 * most rows compare equal to these instead of running a regular expression or reading the
 * calendar; the tests depend on the text alone. A period key has a slot per place it appears.
 */
let passedGroupKey: string | undefined;
let passedStart: string | undefined;
let passedEnd: string | undefined;
let passedPeriod: string | undefined;
// The changes' period keys, a slot each (previous, a year ago): met less often than the row's own.
const passedPeriods: (string | undefined)[] = [undefined, undefined];
const isPassedPeriod = (v: unknown, slot: number): boolean => {
  if (typeof v !== 'string') return false;
  if (v === passedPeriods[slot]) return true;
  if (!isPeriod(v)) return false;
  passedPeriods[slot] = v;
  return true;
};
const isChangeOrNull = (v: unknown, slot: number): boolean => {
  if (v === null) return true;
  if (!isJsonObject(v) || !onlyKeys(v, CHANGE_KEYS)) return false;
  const { period, value, delta, relative } = v;
  return (
    isPassedPeriod(period, slot) &&
    typeof value === 'number' &&
    value <= MAX &&
    value >= -MAX &&
    typeof delta === 'number' &&
    delta <= MAX &&
    delta >= -MAX &&
    (relative === null || (typeof relative === 'number' && relative - relative === 0))
  );
};
const isCommonRow = (row: unknown): boolean => {
  if (!isJsonObject(row) || !onlyKeys(row, ROW_KEYS)) return false;
  const { period, start, end, group, value, numerator, denominator, n, ci, status, flag, change } = row;
  if (!isJsonObject(group)) return false;
  for (const key in group) {
    if (key !== passedGroupKey) {
      if (!IDENTIFIER.test(key) || FORBIDDEN_KEYS.has(key)) return false;
      passedGroupKey = key;
    }
    const item = group[key];
    if (!(
      item === null ||
      typeof item === 'string' ||
      typeof item === 'boolean' ||
      (typeof item === 'number' && item - item === 0)
    ))
      return false;
  }
  if (typeof start !== 'string' || typeof end !== 'string' || typeof period !== 'string') return false;
  if (period !== passedPeriod) {
    if (!isPeriod(period)) return false;
    passedPeriod = period;
  }
  if (start !== passedStart) {
    if (!isDate(start)) return false;
    passedStart = start;
  }
  if (end !== passedEnd) {
    if (!isDate(end)) return false;
    passedEnd = end;
  }
  return (
    // The rare fields are left to the walk.
    row.rank === undefined &&
    row.components === undefined &&
    (value === null || (typeof value === 'number' && value <= MAX && value >= -MAX)) &&
    (numerator === null || (typeof numerator === 'number' && numerator <= MAX && numerator >= -MAX)) &&
    (denominator === null || (typeof denominator === 'number' && denominator <= MAX && denominator >= -MAX)) &&
    (n === null || (typeof n === 'number' && Number.isSafeInteger(n) && n >= 0)) &&
    (ci === null ||
      (isJsonObject(ci) &&
        onlyKeys(ci, CI_KEYS) &&
        typeof ci.low === 'number' &&
        ci.low <= MAX &&
        ci.low >= -MAX &&
        typeof ci.high === 'number' &&
        ci.high <= MAX &&
        ci.high >= -MAX)) &&
    (status === null || status === 'good' || status === 'warning' || status === 'bad') &&
    (flag === null ||
      flag === 'no-data' ||
      flag === 'suppressed' ||
      flag === 'unstable' ||
      flag === 'indicator-excluded') &&
    isJsonObject(change) &&
    onlyKeys(change, CHANGES_KEYS) &&
    isChangeOrNull(change.previous, 0) &&
    isChangeOrNull(change.yearAgo, 1)
  );
};

const reportShape = object(
  {
    schema: oneOf('lawgauge/report@1'),
    indicator: object({
      id: identifier,
      label: localized,
      description: localized,
      unit: oneOf('percent', 'ratio', 'count', 'days', 'score', 'currency'),
      polarity: anyOf('polarity', oneOf('higher-better', 'lower-better', 'neutral'), object({ band: pair })),
      target: nullable(bounded),
      thresholds: nullable(anyOf('thresholds', object({ good: finite, warning: finite }), object({ warning: pair }))),
      minSample: nullable(integer()),
      display: nullable(
        object(
          {
            format: oneOf('number', 'percent', 'oneTo'),
            decimals: (v, p, i, k) => (
              integer(0)(v, p, i, k),
              typeof v === 'number' && v > 6 ? fail(i, p, k, 'at_most', ' 6') : undefined
            ),
          },
          ['format', 'decimals'],
        ),
      ),
      methodology: nullable(localized),
      source: nullable(string),
      measure: string,
      dataset: identifier,
      catalog: object({ id: matching(CATALOG_ID, 'catalog_id'), version: nullable(string) }),
    }),
    period: object({
      unit: oneOf('day', 'week', 'month', 'quarter', 'year'),
      from: isoDate,
      to: isoDate,
      toDate: boolean,
    }),
    groupBy: array(identifier),
    suppressBelow: nullable(integer()),
    rows: array(object(rowFields, ['rank', 'components']), isCommonRow),
    quality: record(
      object({ read: integer(0), used: integer(0), quarantined: integer(0), skipped: integer(0) }, ['skipped']),
    ),
    groupLabels: record(textRecord(localized)),
  },
  ['groupLabels'],
);

/**
 * The measure kind's rules ({@link COUNT_FIELDS}) on a Report of the right shape: counts are whole
 * numbers ≥ 0, and a rate, a share of counts, is ≥ 0. Shared by this check and the zod `Report`.
 */
export function countIssues(report: Report, issues: ReportIssue[]): void {
  const kind = report.indicator.measure;
  // Own keys only: a kind named `constructor` reads nothing from Object.prototype.
  const fields = Object.hasOwn(COUNT_FIELDS, kind) ? COUNT_FIELDS[kind]! : [];
  const rows = report.rows;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    for (const field of fields) {
      const value = row[field];
      if (value !== null && !(Number.isSafeInteger(value) && value >= 0))
        fail(issues, ['rows', r], field, 'whole_number', ' ≥ 0');
    }
    if (kind === 'rate' && row.value !== null && row.value < 0) fail(issues, ['rows', r], 'value', 'at_least', ' 0');
  }
}

/**
 * Checks that untrusted JSON is a `lawgauge/report@1` Report, without zod. Same verdicts as
 * `parseReport`; the widgets use it to stay small.
 *
 * @throws LawGaugeError (root `report`) listing what is wrong, with paths.
 */
export function checkReportShape(input: unknown): Report {
  // Reports are treated as immutable once checked: the same object given to many widgets is checked once.
  if (isObject(input) && checked.has(input)) return input as unknown as Report;
  const issues: ReportIssue[] = [];
  reportShape(input, [], issues);
  // The measure kind's rules read fields the shape has vouched for (as zod's refinements run).
  if (issues.length === 0) countIssues(input as Report, issues);
  if (issues.length > 0) {
    // Every object in the contract is a strict object or a record of identifier keys, so a
    // `__proto__`, `constructor` or `prototype` key anywhere already fails the shape: the walk
    // that names such keys runs only then, and a valid Report is walked once, not twice.
    const forbidden = findForbiddenKeys(input);
    throw new LawGaugeError('invalid_definition', 'report', (forbidden.length > 0 ? forbidden : issues).slice(0, 20));
  }
  checked.add(input as object);
  return input as Report;
}
