import { csvParseRows } from 'd3-dsv';
import { LawGaugeError } from '../errors/law-gauge-error.js';
import type { DefinitionIssue } from '../errors/issue.js';
import type { Dataset } from '../model/dataset.js';
import type { Mapping } from '../model/mapping.js';
import { FORBIDDEN_KEYS } from '../model/forbidden-key-names.js';

export interface CsvRecords {
  /** One object per data row, keyed by field name (or by header when there is no mapping). */
  readonly records: Record<string, string>[];
  /** 1-based source line where each record starts, for error messages. */
  readonly lines: number[];
}

/**
 * Reads CSV text (RFC 4180; a UTF-8 BOM is dropped) into records for `ingest`, renaming columns
 * by `mapping` when given. Parsing uses d3-dsv's `csvParseRows`, which builds no code at run time
 * (safe under a strict CSP). Header names `__proto__`, `constructor` and `prototype`, duplicate
 * headers, and mapped columns that are missing or name unknown fields are errors naming them.
 */
export function recordsFromCsv(text: string, options: { readonly mapping?: Mapping; readonly dataset?: Dataset; readonly source?: string } = {}): CsvRecords {
  const source = options.source ?? 'csv';
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows = csvParseRows(body);
  const header = (rows.shift() ?? []).map((name) => name.trim());
  const issues: DefinitionIssue[] = [];
  const seen = new Set<string>();
  header.forEach((name, column) => {
    if (FORBIDDEN_KEYS.has(name)) issues.push({ code: 'forbidden_key', path: ['header', column], message: `the column name "${name}" is not allowed` });
    else if (seen.has(name)) issues.push({ code: 'duplicate_column', path: ['header', column], message: `column "${name}" appears twice` });
    seen.add(name);
  });
  const mapping = options.mapping;
  const targets = header.map((name) => (mapping === undefined ? name : Object.hasOwn(mapping.columns, name) ? mapping.columns[name]! : null));
  if (mapping !== undefined) {
    for (const column of Object.keys(mapping.columns)) {
      if (!seen.has(column)) issues.push({ code: 'missing_column', path: ['mapping', 'columns', column], message: `the file has no column "${column}"; its columns: ${header.join(', ')}` });
    }
    if (options.dataset !== undefined) {
      const fields = new Set(options.dataset.fields.map((field) => field.name));
      for (const [column, field] of Object.entries(mapping.columns)) {
        if (!fields.has(field)) issues.push({ code: 'unknown_field', path: ['mapping', 'columns', column], message: `unknown field "${field}" in dataset "${options.dataset.id}"; known: ${[...fields].join(', ')}` });
      }
    }
  }
  if (issues.length > 0) throw new LawGaugeError('invalid_data', source, issues);
  const records: Record<string, string>[] = [];
  const lines: number[] = [];
  let line = 2;
  for (const row of rows) {
    lines.push(line);
    // Quoted fields may span lines; the next record starts after them.
    for (const cell of row) for (let i = cell.indexOf('\n'); i >= 0; i = cell.indexOf('\n', i + 1)) line++;
    line++;
    const record = Object.create(null) as Record<string, string>;
    targets.forEach((target, column) => {
      if (target !== null) record[target] = row[column] ?? '';
    });
    records.push(record);
  }
  return { records, lines };
}
