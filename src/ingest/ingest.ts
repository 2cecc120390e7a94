import { invalidArgument } from '../errors/law-gauge-error.js';
import type { Dataset } from '../model/dataset.js';
import { parseDataset } from '../model/parse.js';
import type { Column } from '../table/column.js';
import type { QuarantinedValue, Table } from '../table/table.js';
import { createColumnBuilder } from './column-builders.js';
import type { ValueProblem } from './problem.js';

export interface IngestOptions {
  /** 1-based source line of each record, when the records were read from a file. */
  readonly lines?: ArrayLike<number>;
  /**
   * Keep only these fields (e.g. `fieldsUsed(catalog).get(id)`); the others are neither read nor
   * checked. Default: every field of the dataset.
   */
  readonly fields?: readonly string[];
}

function showValue(raw: unknown): string {
  let text: string;
  if (typeof raw === 'string') text = raw;
  else if (raw instanceof Date) text = Number.isNaN(raw.getTime()) ? 'Invalid Date' : raw.toISOString();
  else if (raw !== null && typeof raw === 'object') text = Array.isArray(raw) ? '[array]' : '[object]';
  else text = String(raw);
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

function keptFields(definition: Dataset, names: readonly string[] | undefined): Dataset['fields'] {
  if (names === undefined) return definition.fields;
  const known = new Set(definition.fields.map((field) => field.name));
  const unknown = names.filter((name) => !known.has(name));
  if (unknown.length > 0) {
    throw invalidArgument('options.fields', `unknown field(s) ${unknown.map((name) => `"${name}"`).join(', ')} in dataset "${definition.id}"; known: ${[...known].join(', ')}`);
  }
  return definition.fields.filter((field) => names.includes(field.name));
}

/**
 * Turns plain records into a columnar {@link Table}. Every value is parsed by its field's type
 * (dates in several spellings, full-width digits, 是/否 booleans, Chinese enum synonyms, empty
 * markers as null). A record with any unreadable value, or a missing required value, goes to the
 * table's `quarantine` with the dataset, row, field, value and reason; the rest are kept. Fields
 * the dataset does not define are ignored.
 *
 * @throws LawGaugeError when the dataset definition is invalid or `records` is not an array.
 */
export function ingest(dataset: Dataset | unknown, records: readonly unknown[], options: IngestOptions = {}): Table {
  const definition = parseDataset(dataset);
  if (!Array.isArray(records)) throw invalidArgument('records', `expected an array of records, got ${records === null ? 'null' : typeof records}`);
  const capacity = records.length;
  const kept = keptFields(definition, options.fields);
  const builders = kept.map((field) => createColumnBuilder(field, capacity));
  const names = kept.map((field) => field.name);
  // A field named like an Object.prototype member (e.g. "toString") must be an own key of the record.
  const inherited = names.map((name) => name in Object.prototype);
  const fieldCount = builders.length;
  const quarantine: QuarantinedValue[] = [];
  const problems: (ValueProblem | null)[] = new Array<ValueProblem | null>(fieldCount).fill(null);
  let used = 0;
  let quarantinedRows = 0;

  for (let index = 0; index < capacity; index++) {
    const record: unknown = records[index];
    const line = options.lines?.[index] ?? null;
    if (record === null || typeof record !== 'object' || Array.isArray(record)) {
      quarantinedRows++;
      quarantine.push({
        dataset: definition.id,
        row: index + 1,
        line,
        field: '*',
        value: showValue(record),
        code: 'invalid_record',
        message: `record ${index + 1} of dataset "${definition.id}" is ${Array.isArray(record) ? 'an array' : record === null ? 'null' : `a ${typeof record}`}, not an object`,
      });
      continue;
    }
    const fields = record as Record<string, unknown>;
    let failed = false;
    for (let f = 0; f < fieldCount; f++) {
      const name = names[f]!;
      const raw = inherited[f] && !Object.hasOwn(fields, name) ? undefined : fields[name];
      const problem = builders[f]!.stage(raw);
      problems[f] = problem;
      if (problem !== null) failed = true;
    }
    if (!failed) {
      for (let f = 0; f < fieldCount; f++) builders[f]!.commit(used);
      used++;
      continue;
    }
    quarantinedRows++;
    for (let f = 0; f < fieldCount; f++) {
      const problem = problems[f];
      if (problem === null || problem === undefined) continue;
      const name = names[f]!;
      const raw = inherited[f] && !Object.hasOwn(fields, name) ? undefined : fields[name];
      quarantine.push({
        dataset: definition.id,
        row: index + 1,
        line,
        field: name,
        value: showValue(raw),
        code: problem.code,
        message: `dataset "${definition.id}", row ${index + 1}${line === null ? '' : ` (line ${line})`}, field "${name}": ${problem.message}`,
      });
    }
  }

  const columns = new Map<string, Column>();
  for (const builder of builders) columns.set(builder.field.name, builder.finish(used));
  return {
    dataset: definition,
    length: used,
    columns,
    quality: { read: capacity, used, quarantined: quarantinedRows },
    quarantine,
  };
}
