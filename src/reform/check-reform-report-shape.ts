import { LawGaugeError } from '../errors/law-gauge-error.js';
import type { DefinitionIssue, IssuePath } from '../errors/issue.js';
import { findForbiddenKeys } from '../model/forbidden-keys.js';
import { REFORM_REPORT_SCHEMA_ID, TASK_STATUSES, type ReformReport } from './reform-report.js';

/*
 * A dependency-free check of the ReformReport contract for browser bundles (zod would not fit the
 * widget's budget). It checks every field a widget reads, and prototype keys anywhere.
 */

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const LIGHTS = ['green', 'yellow', 'red'];

export function checkReformReportShape(input: unknown): ReformReport {
  const issues: DefinitionIssue[] = [];
  const fail = (path: IssuePath, message: string): void => void issues.push({ code: 'invalid_reform_report', path, message });
  const text = (value: unknown, path: IssuePath): void => (typeof value === 'string' ? undefined : fail(path, 'expected a string'));
  const localized = (value: unknown, path: IssuePath): void => {
    if (!isObject(value)) return fail(path, 'expected {"zh-CN", "en"}');
    text(value['zh-CN'], [...path, 'zh-CN']);
    text(value['en'], [...path, 'en']);
  };
  const date = (value: unknown, path: IssuePath, nullable = false): void => (nullable && value === null) || (typeof value === 'string' && ISO_DATE.test(value)) ? undefined : fail(path, 'expected a date YYYY-MM-DD');
  const number = (value: unknown, path: IssuePath, nullable = false): void => (nullable && value === null) || (typeof value === 'number' && Number.isFinite(value)) ? undefined : fail(path, 'expected a number');
  const array = (value: unknown, path: IssuePath, item: (entry: Json, path: IssuePath) => void): void => {
    if (!Array.isArray(value)) return fail(path, 'expected an array');
    for (let k = 0; k < value.length; k++) {
      const entry: unknown = value[k];
      if (isObject(entry)) item(entry, [...path, k]);
      else fail([...path, k], 'expected an object');
    }
  };

  findForbiddenKeys(input, [], issues);
  if (issues.length === 0) {
    if (!isObject(input)) fail([], 'expected an object');
    else {
      if (input['schema'] !== REFORM_REPORT_SCHEMA_ID) fail(['schema'], `expected "${REFORM_REPORT_SCHEMA_ID}"`);
      const programme = input['programme'];
      if (!isObject(programme)) fail(['programme'], 'expected an object');
      else localized(programme['label'], ['programme', 'label']);
      date(input['asOf'], ['asOf']);
      array(input['tasks'], ['tasks'], (task, path) => {
        text(task['id'], [...path, 'id']);
        text(task['area'], [...path, 'area']);
        text(task['owner'], [...path, 'owner']);
        localized(task['title'], [...path, 'title']);
        if (!TASK_STATUSES.includes(task['status'] as never)) fail([...path, 'status'], `expected one of ${TASK_STATUSES.join(', ')}`);
        if (!LIGHTS.includes(task['light'] as string)) fail([...path, 'light'], 'expected green, yellow or red');
        number(task['progress'], [...path, 'progress']);
        date(task['due_on'], [...path, 'due_on']);
        number(task['days_late'], [...path, 'days_late'], true);
        if (typeof task['leaf'] !== 'boolean') fail([...path, 'leaf'], 'expected true or false');
      });
      for (const key of ['completionRate', 'weightedCompletionRate', 'verificationRate']) number(input[key], [key]);
      number(input['onTimeRate'], ['onTimeRate'], true);
      const counts = input['counts'];
      if (!isObject(counts)) fail(['counts'], 'expected an object');
      else for (const status of TASK_STATUSES) number(counts[status], ['counts', status]);
      array(input['overdue'], ['overdue'], (entry, path) => {
        text(entry['id'], [...path, 'id']);
        localized(entry['title'], [...path, 'title']);
        text(entry['owner'], [...path, 'owner']);
        date(entry['due_on'], [...path, 'due_on']);
        number(entry['days_late'], [...path, 'days_late']);
      });
      for (const key of ['byArea', 'byOwner']) {
        array(input[key], [key], (entry, path) => {
          text(entry['id'], [...path, 'id']);
          if (entry['label'] !== null) localized(entry['label'], [...path, 'label']);
          for (const field of ['tasks', 'completed', 'verified', 'overdue']) number(entry[field], [...path, field]);
          number(entry['completionRate'], [...path, 'completionRate'], true);
        });
      }
      array(input['burnup'], ['burnup'], (point, path) => {
        text(point['month'], [...path, 'month']);
        number(point['planned'], [...path, 'planned']);
        number(point['completed'], [...path, 'completed'], true);
        number(point['verified'], [...path, 'verified'], true);
      });
      const projection = input['projection'];
      if (!isObject(projection)) fail(['projection'], 'expected an object');
      else {
        date(projection['date'], ['projection', 'date'], true);
        if (!['finished', 'projected', 'no_recent_completions'].includes(projection['reason'] as string)) fail(['projection', 'reason'], 'expected finished, projected or no_recent_completions');
      }
    }
  }
  if (issues.length > 0) throw new LawGaugeError('invalid_definition', 'reformReport', issues.slice(0, 20));
  return input as unknown as ReformReport;
}
