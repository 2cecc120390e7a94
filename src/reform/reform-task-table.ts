import type { CsvCell } from '../format/csv-text.js';
import type { ReformReport } from './reform-report.js';

/**
 * A reform report's tasks as a table, header first: the columns of `lawgauge reform --format csv`
 * and of `<reform-progress>`'s CSV export, defined once. Statuses and lights as their ids, the same in
 * every language, to filter on; last (columns added after the first release), the title in both
 * languages, as the ledger's `title` and `title_en` columns give it.
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
    'title',
    'title_en',
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
    task.title['zh-CN'],
    task.title.en,
  ]);
  return [header, ...rows];
}
