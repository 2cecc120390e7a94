import { LawGaugeError } from '../errors/law-gauge-error.js';
import type { DefinitionIssue, IssuePath } from '../errors/issue.js';
import { findForbiddenKeys } from '../model/forbidden-keys.js';
import { REFORM_REPORT_SCHEMA_ID, TASK_STATUSES, type ReformReport } from './reform-report.js';

/*
 * A dependency-free check of the ReformReport contract for browser bundles (zod would not fit the
 * widget's budget). It checks every field a widget reads, and prototype keys anywhere. The contract
 * is written as data (field → check) because `<reform-progress>` carries this file in a 15 KiB
 * budget, and a table is smaller than a statement per field.
 */

type Json = Record<string, unknown>;
type Check = (value: unknown, path: IssuePath, issues: DefinitionIssue[]) => void;

const isObject = (value: unknown): value is Json =>
  value !== null && typeof value === 'object' && !Array.isArray(value);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const fail = (issues: DefinitionIssue[], path: IssuePath, message: string): void =>
  void issues.push({ code: 'invalid_reform_report', path, message });
const when =
  (accepts: (value: unknown) => boolean, message: string): Check =>
  (value, path, issues) =>
    accepts(value) ? undefined : fail(issues, path, message);
const nullable =
  (check: Check): Check =>
  (value, path, issues) =>
    value === null ? undefined : check(value, path, issues);
/** The listed fields of an object; other keys are allowed (only what the widget reads is checked). */
const fields =
  (shape: Record<string, Check>, message = 'expected an object'): Check =>
  (value, path, issues) => {
    if (!isObject(value)) return fail(issues, path, message);
    for (const key in shape) shape[key]!(value[key], [...path, key], issues);
  };
const list =
  (item: Check): Check =>
  (value, path, issues) => {
    if (!Array.isArray(value)) return fail(issues, path, 'expected an array');
    for (let k = 0; k < value.length; k++) {
      if (isObject(value[k])) item(value[k], [...path, k], issues);
      else fail(issues, [...path, k], 'expected an object');
    }
  };
const oneOf = (values: readonly unknown[], message: string): Check => when((value) => values.includes(value), message);

const text = when((value) => typeof value === 'string', 'expected a string');
const number = when((value) => typeof value === 'number' && Number.isFinite(value), 'expected a number');
const boolean = when((value) => typeof value === 'boolean', 'expected true or false');
const date = when((value) => typeof value === 'string' && ISO_DATE.test(value), 'expected a date YYYY-MM-DD');
const localized = fields({ 'zh-CN': text, en: text }, 'expected {"zh-CN", "en"}');
/** Several fields that take the same check. */
const sameCheck = (names: readonly string[], check: Check): Record<string, Check> =>
  Object.fromEntries(names.map((name) => [name, check]));

const reformReportShape = fields({
  schema: oneOf([REFORM_REPORT_SCHEMA_ID], `expected "${REFORM_REPORT_SCHEMA_ID}"`),
  programme: fields({ id: text, label: localized, synthetic: boolean }),
  asOf: date,
  tasks: list(
    fields({
      id: text,
      parent: nullable(text),
      area: text,
      owner: text,
      title: localized,
      status: oneOf(TASK_STATUSES, `expected one of ${TASK_STATUSES.join(', ')}`),
      light: oneOf(['green', 'yellow', 'red'], 'expected green, yellow or red'),
      progress: number,
      due_on: date,
      completed_on: nullable(date),
      verified_on: nullable(date),
      days_late: nullable(number),
      leaf: boolean,
    }),
  ),
  ...sameCheck(['completionRate', 'weightedCompletionRate', 'verificationRate'], number),
  onTimeRate: nullable(number),
  counts: fields(sameCheck(TASK_STATUSES, number)),
  overdue: list(fields({ id: text, title: localized, owner: text, due_on: date, days_late: number })),
  ...sameCheck(
    ['byArea', 'byOwner'],
    list(
      fields({
        id: text,
        label: nullable(localized),
        ...sameCheck(['tasks', 'completed', 'verified', 'overdue'], number),
        completionRate: nullable(number),
      }),
    ),
  ),
  burnup: list(fields({ month: text, planned: number, completed: nullable(number), verified: nullable(number) })),
  projection: fields({
    date: nullable(date),
    reason: oneOf(
      ['finished', 'projected', 'no_recent_completions'],
      'expected finished, projected or no_recent_completions',
    ),
  }),
});

/**
 * Checks untrusted JSON against the ReformReport contract, without zod.
 *
 * @throws LawGaugeError (root `reformReport`) listing what is wrong, with paths.
 */
export function checkReformReportShape(input: unknown): ReformReport {
  const issues = findForbiddenKeys(input);
  if (issues.length === 0) reformReportShape(input, [], issues);
  if (issues.length > 0) throw new LawGaugeError('invalid_definition', 'reformReport', issues.slice(0, 20));
  return input as unknown as ReformReport;
}
