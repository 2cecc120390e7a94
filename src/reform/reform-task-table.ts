import type { CsvCell } from '../format/csv-text.js';
import type { ReformReport } from './reform-report.js';

/**
 * A reform report's tasks as a table, header first: the columns of `lawgauge reform --format csv`
 * and of `<reform-progress>`'s CSV export, defined once.
 */
export function reformTaskTable(report: ReformReport): CsvCell[][] {
  const header = [
    'task_id',
    'parent_id',
    'area',
    'owner',
    'status',
    'light',
    'progress',
    'due_on',
    'completed_on',
    'verified_on',
    'days_late',
  ];
  const rows = report.tasks.map((task) => [
    task.id,
    task.parent,
    task.area,
    task.owner,
    task.status,
    task.light,
    task.progress,
    task.due_on,
    task.completed_on,
    task.verified_on,
    task.days_late,
  ]);
  return [header, ...rows];
}
