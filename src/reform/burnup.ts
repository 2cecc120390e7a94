import { formatDay } from '../time/civil-day.js';
import { nextPeriodStart, periodKey, periodStartOf } from '../time/period.js';
import { ledgerDay } from './ledger-day.js';
import type { Programme } from './programme.js';
import type { ReformReport, TaskProgress } from './reform-report.js';

/**
 * Month by month from the first task's start to the last due date (or `asOf`, if later): leaf
 * tasks due by each month's end (planned), and completed and verified by then (null after `asOf`'s month).
 */
export function burnup(programme: Programme, leaves: readonly TaskProgress[], asOf: number): ReformReport['burnup'] {
  // Loops, not Math.min(...list): spreading a list of many thousand tasks overflows the stack.
  let first = Infinity;
  let last = asOf;
  for (const task of programme.tasks) {
    first = Math.min(first, ledgerDay(task.start_on)!);
    last = Math.max(last, ledgerDay(task.due_on)!);
  }
  const points: ReformReport['burnup'][number][] = [];
  const asOfMonth = periodStartOf(asOf, 'month');
  for (let start = periodStartOf(first, 'month'); start <= last; start = nextPeriodStart(start, 'month')) {
    const end = nextPeriodStart(start, 'month') - 1;
    const cut = Math.min(end, asOf);
    const past = start <= asOfMonth;
    points.push({
      month: periodKey(start, 'month'),
      end: formatDay(end),
      planned: leaves.filter((task) => ledgerDay(task.due_on)! <= end).length,
      completed: past
        ? leaves.filter((task) => task.completed_on !== null && ledgerDay(task.completed_on)! <= cut).length
        : null,
      verified: past
        ? leaves.filter((task) => task.verified_on !== null && ledgerDay(task.verified_on)! <= cut).length
        : null,
    });
  }
  return points;
}
