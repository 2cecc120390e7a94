import { LawGaugeError, invalidArgument } from '../errors/law-gauge-error.js';
import { missingDay, missingDayInEnglish } from '../errors/messages/missing-day.js';
import type { IssuePath } from '../errors/issue.js';
import type { LawGaugeIssue } from '../errors/issues.js';
import { parseIsoDay } from '../time/civil-day.js';
import { checkProgramme } from './check-programme.js';
import { progressOn } from './progress.js';
import type { Milestone, Programme, ReformTask } from './programme.js';
import type { ReformReport } from './reform-report.js';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * The programme a report was computed from, as far as the report knows it: every fact up to its
 * as-of date (later completions, verifications and milestones are not in it). Zod-free, for
 * browser bundles: the fields read here are checked here, and the structure by `checkProgramme`.
 */
function programmeOf(report: ReformReport): Programme {
  const issues: LawGaugeIssue[] = [];
  // Worded once in English (the reform widgets' budget has no room for the general wording); a
  // language shows these in parentheses.
  const fail = (path: IssuePath, message: string): void =>
    void issues.push({ code: 'custom', path, message, params: { detail: message } });
  const date = (value: unknown, path: IssuePath): string | null => {
    if (value === null) return null;
    if (typeof value === 'string' && parseIsoDay(value) !== undefined) return value;
    fail(path, 'expected a date YYYY-MM-DD or null');
    return null;
  };
  const tasks: ReformTask[] = report.tasks.map((task, index) => {
    const raw = task as unknown as Json;
    const path = ['tasks', index];
    if (raw['parent'] !== null && typeof raw['parent'] !== 'string')
      fail([...path, 'parent'], 'expected a task id or null');
    if (typeof raw['weight'] !== 'number' || !(raw['weight'] > 0))
      fail([...path, 'weight'], 'expected a positive number');
    if (date(raw['start_on'], [...path, 'start_on']) === null)
      fail([...path, 'start_on'], 'expected a date YYYY-MM-DD');
    const milestones: Milestone[] = [];
    if (!Array.isArray(raw['milestones']))
      fail([...path, 'milestones'], 'expected an array (reports from lawgauge 0.1 and later carry milestones)');
    else {
      (raw['milestones'] as unknown[]).forEach((milestone, k) => {
        if (!isObject(milestone)) return fail([...path, 'milestones', k], 'expected an object');
        const due = date(milestone['due_on'], [...path, 'milestones', k, 'due_on']);
        const title = milestone['title'];
        if (!isObject(title) || typeof title['zh-CN'] !== 'string' || typeof title['en'] !== 'string')
          fail([...path, 'milestones', k, 'title'], 'expected {"zh-CN", "en"}');
        milestones.push({
          title: title as Milestone['title'],
          due_on: due ?? task.due_on,
          done_on: date(milestone['done_on'], [...path, 'milestones', k, 'done_on']),
        });
      });
    }
    return {
      id: task.id,
      parent: task.parent,
      area: task.area,
      title: task.title,
      owner: task.owner,
      weight: task.weight,
      start_on: task.start_on,
      due_on: task.due_on,
      completed_on: date(raw['completed_on'], [...path, 'completed_on']),
      verified_on: date(raw['verified_on'], [...path, 'verified_on']),
      milestones,
    };
  });
  const programme: Programme = {
    id: report.programme.id,
    label: report.programme.label,
    synthetic: report.programme.synthetic,
    areas: report.byArea.map((area) => ({ id: area.id, label: area.label ?? { 'zh-CN': area.id, en: area.id } })),
    tasks,
  };
  // Owners' names in both languages, as the report's owner rollups carry them.
  const owners = report.byOwner.flatMap((owner) =>
    owner.label === null ? [] : [{ id: owner.id, label: owner.label }],
  );
  if (owners.length > 0) programme.owners = owners;
  // A loop, not push(...): a programme of many thousand tasks can have as many problems.
  if (issues.length === 0) for (const issue of checkProgramme(programme)) issues.push(issue);
  if (issues.length > 0) throw new LawGaugeError('invalid_report', 'report', issues);
  return programme;
}

/**
 * The report as it stood on an earlier date `asOf` (`YYYY-MM-DD`, not after the report's own date):
 * recomputed with `progress`'s rules from the facts the report carries, so it equals
 * `progress(programme, {asOf})`. A later date needs the programme itself.
 *
 * @throws LawGaugeError for a bad date, a date after the report's, or a report without the facts.
 */
export function reformReportAsOf(report: ReformReport, asOf: string): ReformReport {
  const day = parseIsoDay(asOf);
  if (day === undefined) {
    // A day its month lacks is named as the CLI names it: `2019-02 has 28 days, not 30`.
    const missing = missingDay(asOf);
    throw invalidArgument(
      'asOf',
      missing === null
        ? `expected a date YYYY-MM-DD, got ${JSON.stringify(asOf)}`
        : `${JSON.stringify(asOf)} is not a real date: ${missingDayInEnglish(missing)}`,
    );
  }
  if (day > parseIsoDay(report.asOf)!)
    throw invalidArgument(
      'asOf',
      `${asOf} is after the report's date ${report.asOf}; a report knows nothing later, so compute from the programme`,
    );
  if (asOf === report.asOf) return report;
  return progressOn(programmeOf(report), day);
}
