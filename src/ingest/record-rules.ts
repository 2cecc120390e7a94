import type { Dataset, RecordCheck } from '../model/dataset.js';
import { operandFields } from '../model/field-types.js';
import { predicateOperands } from '../model/predicate-operands.js';
import { predicateMask } from '../evaluate/predicate-mask.js';
import { TableContext } from '../evaluate/table-context.js';
import { FALSE } from '../evaluate/tri.js';
import type { Column } from '../table/column.js';
import type { RuleWithoutColumn, Table } from '../table/table.js';
import { isValid } from '../table/validity.js';
import { formatDay } from '../time/civil-day.js';
import type { QuarantineProblem } from '../errors/issues.js';

/** A record that breaks one of its dataset's rules: `index` is its row in the table. */
export interface RuleBreach {
  readonly index: number;
  readonly field: string;
  readonly value: string;
  readonly problem: Extract<QuarantineProblem, { readonly code: 'duplicate_key' | 'check_failed' }>;
}

/** A row's value of one column as shown in messages; null when missing. */
function shownValue(column: Column, row: number): string | null {
  if (!isValid(column.validity, row)) return null;
  if ('codes' in column) return column.dictionary[column.codes[row]!]!;
  if (column.type === 'date' || column.type === 'datetime') return formatDay(column.values[row]!);
  if (column.type === 'boolean') return column.values[row] === 1 ? 'true' : 'false';
  return String(column.values[row]!);
}

/**
 * Whether NFKC and `trim` leave a text as it is: printable ASCII and CJK unified ideographs
 * (U+4E00–U+9FFF, none of which has a decomposition or composes with a neighbour), with no space
 * at either end. Case numbers like `(2019)沪01民初1号` are such texts.
 */
function foldsToItself(text: string): boolean {
  const n = text.length;
  if (n === 0 || text.charCodeAt(0) === 32 || text.charCodeAt(n - 1) === 32) return n === 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 32 && c < 127) || (c >= 0x4e00 && c <= 0x9fff))) return false;
  }
  return true;
}

/**
 * Key values compare as text folded by NFKC: an export that writes one 案号 as `（2019）沪01民初1号`
 * and another as `(2019)沪01民初1号` names one case. Dictionary codes are folded once per entry;
 * when every entry folds to itself, each code stands for itself (a dictionary holds each text once),
 * so a column of a million distinct case numbers is neither normalised nor hashed again.
 */
function foldedCodes(column: Column): Int32Array | null {
  if (!('codes' in column)) return null;
  const { dictionary } = column;
  if (dictionary.every(foldsToItself)) {
    // A plain loop: `Int32Array.from` with a mapping function calls it through the iterator protocol,
    // about 150 ms for a million case numbers.
    const codes = new Int32Array(dictionary.length);
    for (let code = 0; code < codes.length; code++) codes[code] = code;
    return codes;
  }
  const first = new Map<string, number>();
  return Int32Array.from(dictionary, (text, code) => {
    const folded = text.normalize('NFKC').trim();
    const seen = first.get(folded);
    if (seen !== undefined) return seen;
    first.set(folded, code);
    return code;
  });
}

/**
 * Each row's key as one comparable value: the folded dictionary code or stored number for a
 * one-field key, else the parts joined. Null when a part is missing (a rule-only key field the
 * source has no column for).
 */
function keyOf(
  columns: readonly Column[],
  folded: readonly (Int32Array | null)[],
  row: number,
): number | string | null {
  if (columns.length === 1) {
    const column = columns[0]!;
    if (!isValid(column.validity, row)) return null;
    return 'codes' in column ? folded[0]![column.codes[row]!]! : column.values[row]!;
  }
  const parts: (number | string)[] = [];
  for (let i = 0; i < columns.length; i++) {
    const column = columns[i]!;
    if (!isValid(column.validity, row)) return null;
    parts.push('codes' in column ? folded[i]![column.codes[row]!]! : column.values[row]!);
  }
  return JSON.stringify(parts);
}

/** The first row seen with each key value: a map, or an array by folded code for a one-field text key. */
interface FirstRows {
  get(value: number | string): number | undefined;
  set(value: number | string, row: number): void;
}

function firstRows(columns: readonly Column[], folded: readonly (Int32Array | null)[]): FirstRows {
  const column = columns[0]!;
  if (columns.length > 1 || !('codes' in column)) return new Map<number | string, number>();
  const rows = new Int32Array(folded[0]!.length).fill(-1);
  return {
    get: (code) => (rows[code as number]! < 0 ? undefined : rows[code as number]!),
    set: (code, row) => void (rows[code as number] = row),
  };
}

/** Where a record was read: its row and, when it came from a file, its line. */
export interface RecordPlace {
  readonly row: number;
  readonly line: number | null;
}

function describePlace(place: RecordPlace): string {
  return `row ${place.row}${place.line === null ? '' : ` (line ${place.line})`}`;
}

/** Later records with an earlier one's key; rows marked in `failed` (quarantined already) are passed over. */
function duplicateBreaches(
  table: Table,
  key: readonly string[],
  placeOf: (index: number) => RecordPlace,
  failed: Uint8Array,
  out: RuleBreach[],
): void {
  const columns = key.map((name) => table.columns.get(name)!);
  const folded = columns.map(foldedCodes);
  const first = firstRows(columns, folded);
  for (let row = 0; row < table.length; row++) {
    if (failed[row] === 1) continue;
    const value = keyOf(columns, folded, row);
    if (value === null) continue;
    const earlier = first.get(value);
    if (earlier === undefined) {
      first.set(value, row);
      continue;
    }
    const shown = key
      .map((name, i) => `${key.length === 1 ? '' : `${name}=`}${shownValue(columns[i]!, row)!}`)
      .join(', ');
    out.push({
      index: row,
      field: key[0]!,
      value: shown,
      problem: {
        code: 'duplicate_key',
        message: `duplicate ${key.join(' + ')} "${shown}": first read at ${describePlace(placeOf(earlier))}`,
        params: {
          key: key.join(' + '),
          value: shown,
          first_row: placeOf(earlier).row,
          ...(placeOf(earlier).line === null ? {} : { first_line: placeOf(earlier).line! }),
        },
      },
    });
  }
}

function checkBreaches(table: Table, check: RecordCheck, context: TableContext, out: RuleBreach[]): void {
  const mask = predicateMask(context, check.rule);
  const fields = [...new Set(predicateOperands(check.rule).flatMap(operandFields))];
  const named = check.label === undefined ? `"${check.id}"` : `"${check.id}" (${check.label.en})`;
  for (let row = 0; row < table.length; row++) {
    if (mask[row] !== FALSE) continue;
    const values = fields.map((name) => `${name} ${shownValue(table.columns.get(name)!, row) ?? 'empty'}`).join(', ');
    const params = {
      check: check.id,
      values,
      ...(check.label === undefined ? {} : { label_zh: check.label['zh-CN'], label_en: check.label.en }),
    };
    out.push({
      index: row,
      field: fields[0]!,
      value: values,
      problem: { code: 'check_failed', message: `breaks check ${named}: ${values}`, params },
    });
  }
}

/**
 * The records of a freshly built table that break its dataset's rules: records for which a check
 * is false, then later records with the key of an earlier one (`placeOf` names the earlier one's
 * place). A record quarantined for any reason — an unreadable value, a failed check — claims no
 * key, so a later valid copy is kept. Ordered by row; a record may break several rules. Checks
 * are evaluated by the same predicate code as indicator filters, over columns that read as empty
 * when the source lacks them (`absent`), so a rule means the same here as in a SQL engine; the
 * rules reading an absent field are listed.
 */
export function recordRuleBreaches(
  dataset: Dataset,
  table: Table,
  placeOf: (index: number) => RecordPlace,
  absent: ReadonlySet<string>,
): { breaches: RuleBreach[]; withoutColumns: RuleWithoutColumn[] } {
  const breaches: RuleBreach[] = [];
  const withoutColumns: RuleWithoutColumn[] = [];
  const missing = (fields: readonly string[]): string[] => [...new Set(fields.filter((name) => absent.has(name)))];
  const context = new TableContext(table);
  for (const check of dataset.checks ?? []) {
    checkBreaches(table, check, context, breaches);
    const lacking = missing(predicateOperands(check.rule).flatMap(operandFields));
    if (lacking.length > 0) withoutColumns.push({ rule: check.id, missing: lacking });
  }
  if (dataset.key !== undefined) {
    const failed = new Uint8Array(table.length);
    for (const breach of breaches) failed[breach.index] = 1;
    duplicateBreaches(table, dataset.key, placeOf, failed, breaches);
    const lacking = missing(dataset.key);
    if (lacking.length > 0) withoutColumns.unshift({ rule: 'key', missing: lacking });
  }
  // A record failing a check claims no key, so it has no duplicate entry as well: one entry per rule it breaks.
  breaches.sort((a, b) => a.index - b.index);
  return { breaches, withoutColumns };
}
