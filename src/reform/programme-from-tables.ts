import { LawGaugeError } from '../errors/law-gauge-error.js';
import type { LawGaugeIssue, UnknownParentIssue } from '../errors/issues.js';
import { quarantineOrphanTasks } from './orphan-tasks.js';
import type { LocalizedText } from '../model/primitives.js';
import type { Column } from '../table/column.js';
import type { Table } from '../table/table.js';
import { formatDay } from '../time/civil-day.js';
import { parseProgramme } from './parse-programme.js';
import type { Milestone, Programme, ReformArea } from './programme.js';

/** Reads row `row` of a column as text, number or ISO date; null when empty. */
function cell(column: Column | undefined, row: number): string | number | null {
  if (column === undefined) return null;
  if (column.validity !== null && (column.validity[row >> 3]! & (1 << (row & 7))) === 0) return null;
  if ('codes' in column) return column.dictionary[column.codes[row]!]!;
  if (column.type === 'date' || column.type === 'datetime') return formatDay(column.values[row]!);
  return column.values[row]!;
}

export interface ProgrammeTables {
  readonly id: string;
  readonly label: LocalizedText;
  /**
   * Area labels. Without them (or for an area the tasks name but this list does not), each area a
   * task names becomes an area labelled with its own text in both languages (`司法体制综合配套改革`).
   */
  readonly areas?: readonly ReformArea[];
  readonly synthetic?: boolean;
  /** Ingested with REFORM_TASKS_DATASET. */
  readonly tasks: Table;
  /** Ingested with REFORM_MILESTONES_DATASET. */
  readonly milestones?: Table;
}

/**
 * A programme from the `reform_tasks` and `reform_milestones` tables (rows the ingest quarantined
 * are already out), validated like a JSON programme. A milestone for an unknown task, and a task
 * whose parent no row has, are errors naming their rows (and lines); {@link quarantineOrphanTasks}
 * and {@link quarantineUnknownMilestones} first set such tasks and milestones apart instead.
 *
 * @throws LawGaugeError listing every problem.
 */
export function programmeFromTables(input: ProgrammeTables): Programme {
  const tasks = input.tasks;
  const column = (table: Table, name: string): Column | undefined => table.columns.get(name);
  const text = (table: Table, name: string, row: number): string | null => {
    const value = cell(column(table, name), row);
    return value === null ? null : String(value);
  };
  const ids = new Set<string>();
  // Compared as the schema stores ids (trimmed, NFKC), as quarantineUnknownMilestones compares them.
  const idOf = (id: string) => id.normalize('NFKC').trim();
  for (let row = 0; row < tasks.length; row++) ids.add(idOf(text(tasks, 'task_id', row)!));
  const milestonesOf = new Map<string, Milestone[]>();
  const issues: LawGaugeIssue[] = [];
  const milestones = input.milestones;
  if (milestones !== undefined) {
    for (let row = 0; row < milestones.length; row++) {
      const taskId = text(milestones, 'task_id', row)!;
      if (!ids.has(idOf(taskId))) {
        const title = text(milestones, 'title', row)!;
        issues.push({
          code: 'unknown_reference',
          path: ['milestones', row],
          message: `milestone row ${row + 1} ("${title}"): unknown task "${taskId}"`,
          params: { kind: 'task', id: taskId, row: row + 1, title },
        });
        continue;
      }
      const title = text(milestones, 'title', row)!;
      const list = milestonesOf.get(taskId) ?? [];
      list.push({
        title: { 'zh-CN': title, en: text(milestones, 'title_en', row) ?? title },
        due_on: text(milestones, 'due_on', row)!,
        done_on: text(milestones, 'done_on', row),
      });
      milestonesOf.set(taskId, list);
    }
  }
  // A task under an unknown parent: named by its row and line (quarantineOrphanTasks sets such rows apart).
  const orphaned = quarantineOrphanTasks(tasks);
  for (const entry of orphaned === tasks ? [] : orphaned.quarantine) {
    if (entry.code !== 'unknown_parent') continue;
    const params = entry.params as UnknownParentIssue['params'];
    if (!params.orphan) continue;
    issues.push({
      code: 'unknown_parent',
      path: ['tasks', entry.row],
      message: `row ${entry.row}${entry.line === null ? '' : ` (line ${entry.line})`}, field "parent_id": ${entry.reason}`,
      params,
    });
  }
  if (issues.length > 0) throw new LawGaugeError('invalid_definition', 'programme', issues);
  const areaIds = new Set<string>();
  const programmeTasks: Programme['tasks'][number][] = [];
  for (let row = 0; row < tasks.length; row++) {
    const id = text(tasks, 'task_id', row)!;
    const title = text(tasks, 'title', row)!;
    const area = text(tasks, 'area', row)!;
    areaIds.add(area);
    programmeTasks.push({
      id,
      parent: text(tasks, 'parent_id', row),
      area,
      title: { 'zh-CN': title, en: text(tasks, 'title_en', row) ?? title },
      owner: text(tasks, 'owner', row)!,
      weight: (cell(column(tasks, 'weight'), row) as number | null) ?? 1,
      start_on: text(tasks, 'start_on', row)!,
      due_on: text(tasks, 'due_on', row)!,
      completed_on: text(tasks, 'completed_on', row),
      verified_on: text(tasks, 'verified_on', row),
      ...(milestonesOf.has(id) ? { milestones: milestonesOf.get(id)! } : {}),
    });
  }
  // Compared as the schema will store them (trimmed, NFKC), so `（二）` here names area `(二)` there.
  const named = new Set((input.areas ?? []).map((area) => area.id.trim().normalize('NFKC')));
  const areas = [
    ...(input.areas ?? []),
    ...[...areaIds].filter((id) => !named.has(id)).map((id) => ({ id, label: { 'zh-CN': id, en: id } })),
  ];
  return parseProgramme({
    id: input.id,
    label: input.label,
    ...(input.synthetic === undefined ? {} : { synthetic: input.synthetic }),
    areas,
    tasks: programmeTasks,
  });
}
