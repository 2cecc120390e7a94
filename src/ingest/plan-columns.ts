import { LawGaugeError } from '../errors/law-gauge-error.js';
import type { LawGaugeIssue } from '../errors/issues.js';
import type { Field } from '../model/dataset.js';
import type { DatasetMapping } from '../model/mapping.js';
import { normalizeText } from './values/normalize-text.js';
import { EN_ISSUES } from '../errors/messages/en.js';
import { closestName } from '../model/closest.js';

/** Which source column feeds each kept field. */
export interface ColumnPlan {
  /** Source column index → slot of the kept field it feeds, or -1 when unused. */
  readonly slotOf: Int32Array;
  /** Field name → the header (or JSON key) read for it, in field order. */
  readonly columns: ReadonlyMap<string, string>;
}

function key(text: string): string {
  return normalizeText(text).toLowerCase();
}

/**
 * Matches a file's header onto the kept fields: the mapping's `columns` first, then a header equal
 * to the field name, its Chinese label or its English label (trimmed, full-width folded, case
 * ignored). A field with a `default`, a field the mapping names `null`, and the `optional` ones
 * may have no column: they read as empty (so take their default) and are left out of `columns`.
 * Blank and duplicate headers, mapped headers the file lacks, a required field without a default
 * mapped to `null`, and other kept fields with no column are errors naming them.
 *
 * @throws LawGaugeError (`invalid_data`) listing every problem, rooted at `source`.
 */
export interface PlanColumnsOptions {
  readonly mapping?: DatasetMapping | undefined;
  /** Names the input in errors. */
  readonly source: string;
  /** Line of the header, for errors. Default 1. */
  readonly line?: number;
  /** Fields that may have no column (they read as empty); the others must have one. */
  readonly optional?: readonly string[] | undefined;
  /** The dataset's key: a missing column for one of its fields says the duplicate check needs it. */
  readonly key?: readonly string[] | undefined;
  /** Every field of the dataset (default: `fields`): a header naming one of them is never suggested for another. */
  readonly datasetFields?: readonly Field[] | undefined;
}

export function planColumns(
  header: readonly string[],
  fields: readonly Field[],
  options: PlanColumnsOptions,
): ColumnPlan {
  const { mapping, source, line = 1 } = options;
  const optional = new Set(options.optional ?? []);
  const issues: LawGaugeIssue[] = [];
  const columnOf = headerColumns(header, line, issues);
  const named = mapping?.columns ?? {};
  // Columns the mapping names for a field: a header also matching another field by name or label
  // feeds the one the mapping says, and is no rival for the other.
  const claimed = new Set<number>();
  for (const wanted of Object.values(named)) {
    const column = wanted === null ? undefined : columnOf.get(key(wanted));
    if (column !== undefined) claimed.add(column);
  }
  const slotOf = new Int32Array(header.length).fill(-1);
  const columns = new Map<string, string>();
  fields.forEach((field, slot) => {
    const column = Object.hasOwn(named, field.name)
      ? namedColumn(field, named[field.name]!, header, columnOf, issues)
      : foundColumn(
          field,
          header,
          columnOf,
          claimed,
          line,
          optional,
          options.key?.includes(field.name) === true,
          issues,
        );
    if (column === undefined) return;
    if (slotOf[column] !== -1) {
      const other = fields[slotOf[column]!]!.name;
      issues.push({
        code: 'column_used_twice',
        path: ['columns', field.name],
        message: `column "${header[column]}" would feed both "${other}" and "${field.name}"`,
        params: { column: header[column]!, first: other, field: field.name },
      });
      return;
    }
    slotOf[column] = slot;
    columns.set(field.name, header[column]!);
  });
  if (issues.length > 0)
    throw new LawGaugeError(
      'invalid_data',
      source,
      withSuggestions(issues, header, slotOf, options.datasetFields ?? fields),
    );
  return { slotOf, columns };
}

// eslint-disable-next-line no-control-regex
const ASCII = /^[\u0000-\u007f]*$/;

/** A field's names a header may match: its name and labels. */
function namesOf(field: Field): string[] {
  return [field.name, field.label?.['zh-CN'], field.label?.en].filter((name): name is string => name !== undefined);
}

/**
 * The `missing_column` issues with the header each field may be under (`suggestion`), by edit
 * distance ({@link closestName}): for a mapped header, the nearest header feeding no field; for a
 * field found by name, the nearest to its Chinese label (then its name and English label) among those that
 * also name no other field of the dataset (结案日期 is never suggested for filed_on).
 */
function withSuggestions(
  issues: readonly LawGaugeIssue[],
  header: readonly string[],
  slotOf: Int32Array,
  datasetFields: readonly Field[],
): LawGaugeIssue[] {
  const free = header.filter((name, column) => slotOf[column] === -1 && name.trim().length > 0);
  const named = new Set(datasetFields.flatMap(namesOf).map(key));
  const unnamed = free.filter((name) => !named.has(key(name)));
  return issues.map((issue) => {
    if (issue.code !== 'missing_column') return issue;
    const { params } = issue;
    const suggestion =
      'wanted' in params
        ? closestName(params.wanted, free)
        : // Exports' headers are Chinese: the Chinese label first.
          [
            ...params.candidates.filter((name) => !ASCII.test(name)),
            ...params.candidates.filter((name) => ASCII.test(name)),
          ]
            .map((name) => closestName(name, unnamed))
            .find((found) => found !== undefined);
    if (suggestion === undefined) return issue;
    const suggested = { ...params, suggestion };
    return { ...issue, message: EN_ISSUES.missing_column(suggested), params: suggested };
  });
}

/** Each header name's column, by its key; blank and repeated names are issues. */
function headerColumns(header: readonly string[], line: number, issues: LawGaugeIssue[]): Map<string, number> {
  const columnOf = new Map<string, number>();
  header.forEach((name, column) => {
    const where = `line ${line}, column ${column + 1}`;
    if (name.trim().length === 0)
      issues.push({
        code: 'blank_header',
        path: ['header', column],
        message: `${where}: the header is blank`,
        params: { line, column: column + 1 },
      });
    else if (columnOf.has(key(name))) {
      const first = columnOf.get(key(name))! + 1;
      issues.push({
        code: 'duplicate_header',
        path: ['header', column],
        message: `${where}: "${name}" appears twice (first in column ${first})`,
        params: { line, column: column + 1, name, first },
      });
    } else columnOf.set(key(name), column);
  });
  return columnOf;
}

/** The column the mapping names for a field; undefined when it marks the field absent (null) or the file lacks it. */
function namedColumn(
  field: Field,
  wanted: string | null,
  header: readonly string[],
  columnOf: ReadonlyMap<string, number>,
  issues: LawGaugeIssue[],
): number | undefined {
  if (wanted === null) {
    if (field.required === true && !('default' in field && field.default !== undefined)) {
      issues.push({
        code: 'required_field_absent',
        path: ['mapping', 'columns', field.name],
        message: `field "${field.name}" is required and has no default, so the mapping cannot mark it absent (null)`,
        params: { field: field.name },
      });
    }
    return undefined;
  }
  const column = columnOf.get(key(wanted));
  if (column === undefined) {
    issues.push({
      code: 'missing_column',
      path: ['mapping', 'columns', field.name],
      message: `the file has no column "${wanted}" for field "${field.name}"; its columns: ${header.join(', ')}`,
      params: { field: field.name, wanted, columns: header },
    });
  }
  return column;
}

/**
 * A field's column found by its name or its labels; a missing one is an issue unless optional or
 * defaulted, and so is more than one column matching (区 and District): which one to read is the
 * mapping's to say, never guessed. Columns the mapping names for other fields are left to them.
 */
function foundColumn(
  field: Field,
  header: readonly string[],
  columnOf: ReadonlyMap<string, number>,
  claimed: ReadonlySet<number>,
  line: number,
  optional: ReadonlySet<string>,
  inKey: boolean,
  issues: LawGaugeIssue[],
): number | undefined {
  const candidates = namesOf(field);
  const matches = [
    ...new Set(candidates.map((name) => columnOf.get(key(name))).filter((found) => found !== undefined)),
  ];
  const free = matches.filter((found) => !claimed.has(found)).sort((a, b) => a - b);
  for (const column of free.slice(1)) {
    const params = {
      field: field.name,
      line,
      column: column + 1,
      name: header[column]!,
      first: free[0]! + 1,
      first_name: header[free[0]!]!,
    };
    issues.push({
      code: 'ambiguous_column',
      path: ['columns', field.name],
      message: EN_ISSUES.ambiguous_column(params),
      params,
    });
  }
  // The first free match; one the mapping gives another field still reads as before (column_used_twice).
  const column = free[0] ?? matches[0];
  if (column !== undefined || optional.has(field.name) || ('default' in field && field.default !== undefined))
    return column;
  const looked = `no column for field "${field.name}" (looked for ${candidates.map((name) => `"${name}"`).join(', ')}); its columns: ${header.join(', ')}`;
  // A key field the run did not ask for may be marked absent, reading without the duplicate check.
  const absentAllowed = field.required !== true;
  issues.push({
    code: 'missing_column',
    path: ['columns', field.name],
    message: inKey
      ? `${looked}; it is the dataset's key, which finds duplicate records: name its column in the mapping's "columns"${absentAllowed ? ', or map it to null to read without the duplicate check' : ''}`
      : `${looked}; name it in the mapping's "columns"`,
    params: {
      field: field.name,
      candidates,
      columns: header,
      ...(inKey ? { key: true, absent_allowed: absentAllowed } : {}),
    },
  });
  return undefined;
}
