import { LawGaugeError } from '../errors/law-gauge-error.js';
import type { DefinitionIssue, IssuePath } from '../errors/issue.js';
import { FORBIDDEN_KEYS } from './forbidden-key-names.js';
import { findForbiddenKeys } from './forbidden-keys.js';
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
type Check = (value: unknown, path: Path, issues: DefinitionIssue[], key?: Key) => void;

const checked = new WeakSet<object>();

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const CATALOG_ID = /^[a-z][a-z0-9_-]*$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Records `message` at `path` + `key` (the root has no key). */
const fail = (issues: DefinitionIssue[], path: IssuePath, key: Key, message: string): void => {
  issues.push({ code: 'invalid_report', path: key === undefined ? [...path] : [...path, key], message });
};
const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

const finite: Check = (v, p, i, k) => (typeof v === 'number' && Number.isFinite(v) ? undefined : fail(i, p, k, 'expected a finite number'));
const integer = (min = -Infinity): Check => (v, p, i, k) => (typeof v === 'number' && Number.isInteger(v) && v >= min ? undefined : fail(i, p, k, `expected a whole number${min > -Infinity ? ` ≥ ${min}` : ''}`));
const string: Check = (v, p, i, k) => (typeof v === 'string' ? undefined : fail(i, p, k, 'expected a string'));
const matching = (pattern: RegExp, what: string): Check => (v, p, i, k) => (typeof v === 'string' && pattern.test(v) && !FORBIDDEN_KEYS.has(v) ? undefined : fail(i, p, k, `expected ${what}`));
const nonEmpty: Check = (v, p, i, k) => (typeof v === 'string' && v.length > 0 ? undefined : fail(i, p, k, 'expected a non-empty string'));
const boolean: Check = (v, p, i, k) => (typeof v === 'boolean' ? undefined : fail(i, p, k, 'expected true or false'));
const oneOf = (...values: readonly unknown[]): Check => (v, p, i, k) => (values.includes(v) ? undefined : fail(i, p, k, `expected one of ${values.map((x) => JSON.stringify(x)).join(', ')}`));
const nullable = (check: Check): Check => (v, p, i, k) => (v === null ? undefined : check(v, p, i, k));
/**
 * A container check: `children` runs with the container's own key on the path (when it has one),
 * after `accepts` has said the value is the right kind of container.
 */
const container = (accepts: (v: unknown) => boolean, what: string, children: (v: never, p: Path, i: DefinitionIssue[]) => void): Check => (v, p, i, k) => {
  if (!accepts(v)) return fail(i, p, k, `expected ${what}`);
  if (k !== undefined) p.push(k);
  children(v as never, p, i);
  if (k !== undefined) p.pop();
};
const pair = container((v) => Array.isArray(v) && v.length === 2, '[lo, hi]', (v: unknown[], p, i) => {
  for (let k = 0; k < 2; k++) finite(v[k], p, i, k);
});
/** The first check that passes wins; the issues of the failed attempts are dropped. */
const anyOf = (what: string, ...checks: Check[]): Check => (v, p, i, k) => {
  const before = i.length;
  for (const check of checks) {
    check(v, p, i, k);
    if (i.length === before) return;
    i.length = before;
  }
  fail(i, p, k, `expected ${what}`);
};
/** A strict object: every listed key checked (`optional` ones may be absent), no other key. */
const object = (shape: Record<string, Check>, optional: readonly string[] = []): Check => {
  // Indexed loops over plain arrays: a first render runs this in V8's interpreter, where
  // destructuring iteration (`for (const [k, c] of entries)`) costs several times more.
  const keys = Object.keys(shape);
  const checks = keys.map((key) => shape[key]!);
  return container(isObject, 'an object', (v: Record<string, unknown>, p, i) => {
    // for-in rather than Object.keys: no array per object; inherited keys are not the value's own.
    for (const key in v) if (!Object.hasOwn(shape, key) && Object.hasOwn(v, key)) fail(i, p, key, `unknown key "${key}"`);
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k]!;
      const value = v[key];
      if (value !== undefined && Object.hasOwn(v, key)) checks[k]!(value, p, i, key);
      else if (!optional.includes(key)) fail(i, p, key, 'is required');
    }
  });
};
const identifierKey = matching(IDENTIFIER, 'an identifier key');
const record = (value: Check): Check =>
  container(isObject, 'an object', (v: Record<string, unknown>, p, i) => {
    for (const key in v) {
      if (!Object.hasOwn(v, key)) continue;
      identifierKey(key, p, i, key);
      value(v[key], p, i, key);
    }
  });
/**
 * By index, not forEach: a hole in a sparse array is an invalid item, as zod sees it. An item that
 * `passes` (a quick yes-or-no test, such as `isCommonRow`) skips the item check.
 */
const array = (item: Check, passes?: (v: unknown) => boolean): Check =>
  container(Array.isArray, 'an array', (v: unknown[], p, i) => {
    for (let k = 0; k < v.length; k++) if (passes === undefined || !passes(v[k])) item(v[k], p, i, k);
  });

const identifier = matching(IDENTIFIER, 'an identifier');
const isoDate = matching(ISO_DATE, 'a date YYYY-MM-DD');
const localized = object({ 'zh-CN': nonEmpty, en: nonEmpty });
const STATUSES = ['good', 'warning', 'bad'] as const;
const FLAGS = ['no-data', 'suppressed', 'unstable', 'indicator-excluded'] as const;
// The fields of a row and of its parts, shared by the generic walk and the common-row test below.
const changeFields = { period: string, value: finite, delta: finite, relative: nullable(finite) };
const change = object(changeFields);
const changesFields = { previous: nullable(change), yearAgo: nullable(change) };
const ciFields = { low: finite, high: finite };
const rowFields = {
  period: string,
  start: isoDate,
  end: isoDate,
  group: record(anyOf('a string, number, boolean or null', string, finite, boolean, oneOf(null))),
  value: nullable(finite),
  numerator: nullable(finite),
  denominator: nullable(finite),
  n: nullable(integer(0)),
  ci: nullable(object(ciFields)),
  status: nullable(oneOf(...STATUSES)),
  flag: nullable(oneOf(...FLAGS)),
  change: object(changesFields),
  rank: nullable(integer(1)),
  components: record(nullable(finite)),
};

/*
 * The common row, recognised by one function: a first render of a 2,000-row Report spends most of
 * its check on rows, and it runs in V8's interpreter, where every call costs more than the test it
 * makes. So the tests are written out: no helper call per field, no Set lookups. It only says yes
 * or no, and says yes only to rows the generic walk accepts; anything else (a rare shape such as a
 * row with `rank` or `components`, or any fault) goes through the walk, which names what is
 * wrong. test/model/report-shape.test.ts holds both to zod's verdicts.
 *
 * `x - x === 0` is the finite-number test written out: NaN and ±Infinity give NaN.
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
const isChangeOrNull = (v: unknown): boolean => {
  if (v === null) return true;
  if (!isJsonObject(v) || !onlyKeys(v, CHANGE_KEYS)) return false;
  const { period, value, delta, relative } = v;
  return typeof period === 'string' && typeof value === 'number' && value - value === 0 && typeof delta === 'number' && delta - delta === 0 && (relative === null || (typeof relative === 'number' && relative - relative === 0));
};
/*
 * The last group key and dates that passed their pattern tests. Every row has the same group
 * keys and the rows of a period share their dates, so most rows compare equal to these instead of
 * running a regular expression; the tests depend on the text alone.
 */
let passedGroupKey: string | undefined;
let passedStart: string | undefined;
let passedEnd: string | undefined;
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
    if (!(item === null || typeof item === 'string' || typeof item === 'boolean' || (typeof item === 'number' && item - item === 0))) return false;
  }
  if (typeof start !== 'string' || typeof end !== 'string') return false;
  if (start !== passedStart) {
    if (!ISO_DATE.test(start)) return false;
    passedStart = start;
  }
  if (end !== passedEnd) {
    if (!ISO_DATE.test(end)) return false;
    passedEnd = end;
  }
  return (
    // The rare fields are left to the walk.
    row.rank === undefined &&
    row.components === undefined &&
    typeof period === 'string' &&
    (value === null || (typeof value === 'number' && value - value === 0)) &&
    (numerator === null || (typeof numerator === 'number' && numerator - numerator === 0)) &&
    (denominator === null || (typeof denominator === 'number' && denominator - denominator === 0)) &&
    (n === null || (typeof n === 'number' && Number.isInteger(n) && n >= 0)) &&
    (ci === null || (isJsonObject(ci) && onlyKeys(ci, CI_KEYS) && typeof ci.low === 'number' && ci.low - ci.low === 0 && typeof ci.high === 'number' && ci.high - ci.high === 0)) &&
    (status === null || status === 'good' || status === 'warning' || status === 'bad') &&
    (flag === null || flag === 'no-data' || flag === 'suppressed' || flag === 'unstable' || flag === 'indicator-excluded') &&
    isJsonObject(change) &&
    onlyKeys(change, CHANGES_KEYS) &&
    isChangeOrNull(change.previous) &&
    isChangeOrNull(change.yearAgo)
  );
};

const reportShape = object({
  schema: oneOf('lawgauge/report@1'),
  indicator: object({
    id: identifier,
    label: localized,
    description: localized,
    unit: oneOf('percent', 'ratio', 'count', 'days', 'score', 'currency'),
    polarity: anyOf('a polarity', oneOf('higher-better', 'lower-better', 'neutral'), object({ band: pair })),
    target: nullable(finite),
    thresholds: nullable(anyOf('thresholds', object({ good: finite, warning: finite }), object({ warning: pair }))),
    minSample: nullable(integer()),
    display: nullable(object({ format: oneOf('number', 'percent', 'oneTo'), decimals: (v, p, i, k) => (integer(0)(v, p, i, k), typeof v === 'number' && v > 6 ? fail(i, p, k, 'expected ≤ 6') : undefined) }, ['format', 'decimals'])),
    methodology: nullable(localized),
    source: nullable(string),
    measure: string,
    dataset: identifier,
    catalog: object({ id: matching(CATALOG_ID, 'a catalog id'), version: nullable(string) }),
  }),
  period: object({ unit: oneOf('day', 'week', 'month', 'quarter', 'year'), from: isoDate, to: isoDate, toDate: boolean }),
  groupBy: array(identifier),
  suppressBelow: nullable(integer()),
  rows: array(object(rowFields, ['rank', 'components']), isCommonRow),
  quality: record(object({ read: integer(0), used: integer(0), quarantined: integer(0), skipped: integer(0) }, ['skipped'])),
});

/**
 * Checks that untrusted JSON is a `lawgauge/report@1` Report, without zod. Same verdicts as
 * `parseReport`; the widgets use it to stay small.
 *
 * @throws LawGaugeError (root `report`) listing what is wrong, with paths.
 */
export function checkReportShape(input: unknown): Report {
  // Reports are treated as immutable once checked: the same object given to many widgets is checked once.
  if (isObject(input) && checked.has(input)) return input as unknown as Report;
  const issues: DefinitionIssue[] = [];
  reportShape(input, [], issues);
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
