import type { UnknownParentIssue } from '../errors/issues.js';
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

/**
 * The `reform_tasks` table without the tasks a tree cannot hold: a task whose `parent_id` no row
 * of the table has as its `task_id` (the parent is missing, or its row was quarantined for a bad
 * value or a repeated id), and every task under it. Each is quarantined as `unknown_parent` with
 * its row and line, so rows read = used + quarantined + skipped still holds and the run goes on
 * with the rest: a ledger with a missing parent cannot be rolled up honestly, but the other
 * branches can. Ids are compared trimmed and NFKC-folded, as the programme stores them.
 */
export function quarantineOrphanTasks(table: Table): Table {
  const ids = table.columns.get('task_id');
  const parents = table.columns.get('parent_id');
  if (parents === undefined || table.length === 0) return table;
  const known = new Set<string>();
  for (let row = 0; row < table.length; row++) {
    const id = idText(ids, row);
    if (id !== null) known.add(id);
  }
  const children = new Map<string, number[]>();
  const orphans: number[] = [];
  for (let row = 0; row < table.length; row++) {
    const parent = idText(parents, row);
    if (parent === null) continue;
    if (!known.has(parent)) orphans.push(row);
    else children.set(parent, [...(children.get(parent) ?? []), row]);
  }
  if (orphans.length === 0) return table;
  const keep = new Uint8Array(table.length).fill(1);
  const problems = new Map<number, UnknownParentIssue['params']>();
  const queue = [...orphans];
  for (const row of orphans)
    problems.set(row, { task: idText(ids, row)!, parent: idText(parents, row)!, orphan: true });
  // Every task under an orphan goes with it (a queue, not recursion: trees may be thousands deep).
  for (let at = 0; at < queue.length; at++) {
    const row = queue[at]!;
    keep[row] = 0;
    for (const child of children.get(idText(ids, row)!) ?? []) {
      if (keep[child] === 0 || problems.has(child)) continue;
      problems.set(child, { task: idText(ids, child)!, parent: idText(ids, row)!, orphan: false });
      queue.push(child);
    }
  }
  const dataset = table.dataset.id;
  const placeOf = (index: number) =>
    table.places === undefined ? { row: index + 1, line: null } : placeInRuns(table.places, index);
  const entries: QuarantinedValue[] = [];
  const places = new RecordPlaces();
  for (let index = 0; index < table.length; index++) {
    const place = placeOf(index);
    const params = problems.get(index);
    if (params === undefined) {
      places.add(place.row, place.line ?? -1);
      continue;
    }
    const reason = EN_ISSUES.unknown_parent(params);
    entries.push({
      dataset,
      row: place.row,
      line: place.line,
      field: 'parent_id',
      value: params.parent,
      code: 'unknown_parent',
      reason,
      params,
      message: `dataset "${dataset}", row ${place.row}${place.line === null ? '' : ` (line ${place.line})`}, field "parent_id": ${reason}`,
    });
  }
  const used = table.length - problems.size;
  const columns = new Map<string, Column>();
  for (const [name, column] of table.columns) columns.set(name, keepRows(column, keep, used));
  return {
    ...table,
    length: used,
    columns,
    quality: { ...table.quality, used, quarantined: table.quality.quarantined + problems.size },
    quarantine: [...table.quarantine, ...entries].sort((a, b) => a.row - b.row),
    ...(table.places === undefined ? {} : { places: places.runsOf() }),
  };
}
