import { formatDay } from '../time/civil-day.js';
import { ledgerDay } from './ledger-day.js';
import type { ReformReport, TaskProgress } from './reform-report.js';

/** The projection's pace is measured over this many days before the as-of date. */
export const PACE_WINDOW_DAYS = 90;

/**
 * When the leaf tasks still open would all be completed at the pace of the last
 * {@link PACE_WINDOW_DAYS} days; the last completion when none is open; no date without recent completions.
 */
export function projection(leaves: readonly TaskProgress[], asOf: number): ReformReport['projection'] {
  const completions = leaves.filter((task) => task.completed_on !== null).map((task) => ledgerDay(task.completed_on)!);
  const remaining = leaves.length - completions.length;
  const recent = completions.filter((completed) => completed > asOf - PACE_WINDOW_DAYS).length;
  const pacePerDay = recent / PACE_WINDOW_DAYS;
  const pacePer30Days = pacePerDay * 30;
  if (remaining === 0)
    return {
      date: formatDay(completions.reduce((latest, completed) => Math.max(latest, completed))),
      reason: 'finished',
      pacePer30Days,
      remaining,
    };
  if (recent === 0) return { date: null, reason: 'no_recent_completions', pacePer30Days: 0, remaining };
  return { date: formatDay(asOf + Math.ceil(remaining / pacePerDay)), reason: 'projected', pacePer30Days, remaining };
}
