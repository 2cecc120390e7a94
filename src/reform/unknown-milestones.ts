import type { UnknownParentIssue, UnknownTaskIssue } from '../errors/issues.js';
import { EN_ISSUES } from '../errors/messages/en.js';
import { RecordPlaces } from '../ingest/record-places.js';
import type { Column } from '../table/column.js';
import { keepRows } from '../table/keep-rows.js';
import { placeInRuns, type QuarantinedValue, type Table } from '../table/table.js';
import { isValid } from '../table/validity.js';

/** A ledger cell as text (trimmed and NFKC-folded, as the programme stores ids); null when empty. */
function idText(column: Column | undefined, row: number): string | null {
  if (column === undefined || !('codes' in column) || !isValid(column.validity, row)) return null;
  const text = column.dictionary[column.codes[row]!]!.normalize('NFKC').trim();
  return text === '' ? null : text;
}

/** The ids of the tasks ledger's quarantined rows, and whether every quarantined row's id is known. */
function quarantinedIds(tasks: Table): { ids: Set<string>; complete: boolean } {
  const ids = new Set<string>();
  const rows = new Set<number>();
  const named = new Set<number>();
  for (const entry of tasks.quarantine) {
    rows.add(entry.row);
    const id =
      entry.code === 'unknown_parent'
        ? (entry.params as UnknownParentIssue['params']).task
        : entry.field === 'task_id'
          ? entry.value
          : '';
    const text = id.normalize('NFKC').trim();
    if (text === '') continue;
    ids.add(text);
    named.add(entry.row);
  }
  return { ids, complete: named.size === rows.size };
}

/**
 * The `reform_milestones` table without the milestones whose task no usable row of `tasks` (the
 * `reform_tasks` table, after {@link quarantineOrphanTasks}) has. Each is quarantined as
 * `unknown_task` with its row and line, saying whether the task's row was quarantined, is absent,
 * or (some ledger rows were quarantined before their ids could be read) may be either; rows read =
 * used + quarantined + skipped still holds and the run goes on with the other milestones. Ids are
 * compared trimmed and NFKC-folded, as the programme stores them.
 */
export function quarantineUnknownMilestones(milestones: Table, tasks: Table): Table {
  const taskIds = tasks.columns.get('task_id');
  const known = new Set<string>();
  for (let row = 0; row < tasks.length; row++) {
    const id = idText(taskIds, row);
    if (id !== null) known.add(id);
  }
  const ids = milestones.columns.get('task_id');
  const titles = milestones.columns.get('title');
  const problems = new Map<number, UnknownTaskIssue['params']>();
  let quarantined: ReturnType<typeof quarantinedIds> | undefined;
  for (let row = 0; row < milestones.length; row++) {
    const task = idText(ids, row);
    if (task === null || known.has(task)) continue;
    quarantined ??= quarantinedIds(tasks);
    const state = quarantined.ids.has(task) ? 'quarantined' : quarantined.complete ? 'absent' : 'unusable';
    const title = titles !== undefined && 'codes' in titles ? titles.dictionary[titles.codes[row]!]! : '';
    problems.set(row, { task, title, state });
  }
  if (problems.size === 0) return milestones;
  const dataset = milestones.dataset.id;
  const keep = new Uint8Array(milestones.length).fill(1);
  const entries: QuarantinedValue[] = [];
  const places = new RecordPlaces();
  for (let index = 0; index < milestones.length; index++) {
    const place =
      milestones.places === undefined ? { row: index + 1, line: null } : placeInRuns(milestones.places, index);
    const params = problems.get(index);
    if (params === undefined) {
      places.add(place.row, place.line ?? -1);
      continue;
    }
    keep[index] = 0;
    const reason = EN_ISSUES.unknown_task(params);
    entries.push({
      dataset,
      row: place.row,
      line: place.line,
      field: 'task_id',
      value: params.task,
      code: 'unknown_task',
      reason,
      params,
      message: `dataset "${dataset}", row ${place.row}${place.line === null ? '' : ` (line ${place.line})`}, field "task_id": ${reason}`,
    });
  }
  const used = milestones.length - problems.size;
  const columns = new Map<string, Column>();
  for (const [name, column] of milestones.columns) columns.set(name, keepRows(column, keep, used));
  return {
    ...milestones,
    length: used,
    columns,
    quality: { ...milestones.quality, used, quarantined: milestones.quality.quarantined + problems.size },
    quarantine: [...milestones.quarantine, ...entries].sort((a, b) => a.row - b.row),
    ...(milestones.places === undefined ? {} : { places: places.runsOf() }),
  };
}
