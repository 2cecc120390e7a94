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

type Check = (value: unknown, path: IssuePath, issues: DefinitionIssue[]) => void;

const checked = new WeakSet<object>();

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const CATALOG_ID = /^[a-z][a-z0-9_-]*$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const fail = (issues: DefinitionIssue[], path: IssuePath, message: string): void => {
  issues.push({ code: 'invalid_report', path, message });
};
const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

const finite: Check = (v, p, i) => (typeof v === 'number' && Number.isFinite(v) ? undefined : fail(i, p, 'expected a finite number'));
const integer = (min = -Infinity): Check => (v, p, i) => (typeof v === 'number' && Number.isInteger(v) && v >= min ? undefined : fail(i, p, `expected a whole number${min > -Infinity ? ` ≥ ${min}` : ''}`));
const string: Check = (v, p, i) => (typeof v === 'string' ? undefined : fail(i, p, 'expected a string'));
const matching = (pattern: RegExp, what: string): Check => (v, p, i) => (typeof v === 'string' && pattern.test(v) && !FORBIDDEN_KEYS.has(v) ? undefined : fail(i, p, `expected ${what}`));
const nonEmpty: Check = (v, p, i) => (typeof v === 'string' && v.length > 0 ? undefined : fail(i, p, 'expected a non-empty string'));
const boolean: Check = (v, p, i) => (typeof v === 'boolean' ? undefined : fail(i, p, 'expected true or false'));
const oneOf = (...values: readonly unknown[]): Check => (v, p, i) => (values.includes(v) ? undefined : fail(i, p, `expected one of ${values.map((x) => JSON.stringify(x)).join(', ')}`));
const nullable = (check: Check): Check => (v, p, i) => (v === null ? undefined : check(v, p, i));
const pair: Check = (v, p, i) => {
  if (!Array.isArray(v) || v.length !== 2) return fail(i, p, 'expected [lo, hi]');
  for (let k = 0; k < 2; k++) finite(v[k], [...p, k], i);
};
const anyOf = (what: string, ...checks: Check[]): Check => (v, p, i) => {
  for (const check of checks) {
    const attempt: DefinitionIssue[] = [];
    check(v, p, attempt);
    if (attempt.length === 0) return;
  }
  fail(i, p, `expected ${what}`);
};
/** A strict object: every listed key checked (`optional` ones may be absent), no other key. */
const object = (shape: Record<string, Check>, optional: readonly string[] = []): Check => (v, p, i) => {
  if (!isObject(v)) return fail(i, p, 'expected an object');
  for (const key of Object.keys(v)) if (!Object.hasOwn(shape, key)) fail(i, [...p, key], `unknown key "${key}"`);
  for (const [key, check] of Object.entries(shape)) {
    if (!Object.hasOwn(v, key) || v[key] === undefined) {
      if (!optional.includes(key)) fail(i, [...p, key], 'is required');
    } else check(v[key], [...p, key], i);
  }
};
const record = (value: Check): Check => (v, p, i) => {
  if (!isObject(v)) return fail(i, p, 'expected an object');
  for (const [key, item] of Object.entries(v)) {
    matching(IDENTIFIER, 'an identifier key')(key, [...p, key], i);
    value(item, [...p, key], i);
  }
};
const array = (item: Check): Check => (v, p, i) => {
  if (!Array.isArray(v)) return fail(i, p, 'expected an array');
  // By index, not forEach: a hole in a sparse array is an invalid item, as zod sees it.
  for (let k = 0; k < v.length; k++) item(v[k], [...p, k], i);
};

const identifier = matching(IDENTIFIER, 'an identifier');
const isoDate = matching(ISO_DATE, 'a date YYYY-MM-DD');
const localized = object({ 'zh-CN': nonEmpty, en: nonEmpty });
const change = object({ period: string, value: finite, delta: finite, relative: nullable(finite) });

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
    display: nullable(object({ format: oneOf('number', 'percent', 'oneTo'), decimals: (v, p, i) => (integer(0)(v, p, i), typeof v === 'number' && v > 6 ? fail(i, p, 'expected ≤ 6') : undefined) }, ['format', 'decimals'])),
    methodology: nullable(localized),
    source: nullable(string),
    measure: string,
    dataset: identifier,
    catalog: object({ id: matching(CATALOG_ID, 'a catalog id'), version: nullable(string) }),
  }),
  period: object({ unit: oneOf('day', 'week', 'month', 'quarter', 'year'), from: isoDate, to: isoDate, toDate: boolean }),
  groupBy: array(identifier),
  suppressBelow: nullable(integer()),
  rows: array(
    object(
      {
        period: string,
        start: isoDate,
        end: isoDate,
        group: record(anyOf('a string, number, boolean or null', string, finite, boolean, oneOf(null))),
        value: nullable(finite),
        numerator: nullable(finite),
        denominator: nullable(finite),
        n: integer(0),
        ci: nullable(object({ low: finite, high: finite })),
        status: nullable(oneOf('good', 'warning', 'bad')),
        flag: nullable(oneOf('no-data', 'suppressed', 'unstable')),
        change: object({ previous: nullable(change), yearAgo: nullable(change) }),
        rank: nullable(integer(1)),
        components: record(nullable(finite)),
      },
      ['rank', 'components'],
    ),
  ),
  quality: record(object({ read: integer(0), used: integer(0), quarantined: integer(0) })),
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
  issues.push(...findForbiddenKeys(input));
  if (issues.length === 0) reportShape(input, [], issues);
  if (issues.length > 0) throw new LawGaugeError('invalid_definition', 'report', issues.slice(0, 20));
  checked.add(input as object);
  return input as Report;
}
