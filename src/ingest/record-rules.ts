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
import { ByteArenaSet } from './byte-arena-set.js';
import { wtf8Bytes } from './wtf8.js';
import type { RejectedKey } from './table-builder.js';

/** A record that breaks one of its dataset's rules: `index` is its row in the table. */
export interface RuleBreach {
  readonly index: number;
  readonly field: string;
  readonly value: string;
  readonly problem: Extract<QuarantineProblem, { readonly code: 'duplicate_key' | 'check_failed' }>;
}

/** A key's text as duplicates are found: NFKC-folded and trimmed (see {@link foldedCodes}). */
export function foldKeyText(text: string): string {
  return text.normalize('NFKC').trim();
}

/** A quarantined record (not in the table) repeating an earlier record's key: one more entry for it. */
export interface RejectedDuplicate {
  readonly row: number;
  readonly line: number | null;
  readonly field: string;
  readonly value: string;
  readonly problem: RuleBreach['problem'];
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
 * when every entry folds to itself, each code stands for itself (null: a dictionary holds each text
 * once), so a column of a million distinct case numbers is neither normalised nor hashed again.
 */
function foldedCodes(dictionary: readonly string[]): Int32Array | null {
  if (dictionary.every(foldsToItself)) return null;
  const first = new Map<string, number>();
  return Int32Array.from(dictionary, (text, code) => {
    const folded = text.normalize('NFKC').trim();
    const seen = first.get(folded);
    if (seen !== undefined) return seen;
    first.set(folded, code);
    return code;
  });
}

/** {@link foldsToItself} for a text given as its UTF-8 bytes. */
function bytesFoldToThemselves(bytes: Uint8Array): boolean {
  const n = bytes.length;
  if (n === 0 || bytes[0] === 32 || bytes[n - 1] === 32) return n === 0;
  for (let i = 0; i < n;) {
    const b = bytes[i]!;
    if (b >= 32 && b < 127) {
      i++;
      continue;
    }
    // U+4E00–U+9FFF: three bytes, E4 B8 80 to E9 BF BF.
    if (b < 0xe4 || b > 0xe9 || i + 2 >= n) return false;
    const b1 = bytes[i + 1]!;
    const b2 = bytes[i + 2]!;
    if ((b1 & 0xc0) !== 0x80 || (b2 & 0xc0) !== 0x80) return false;
    const code = ((b & 0x0f) << 12) | ((b1 & 0x3f) << 6) | (b2 & 0x3f);
    if (code < 0x4e00 || code > 0x9fff) return false;
    i += 3;
  }
  return true;
}

/**
 * {@link foldedCodes} for texts held as bytes: entries are compared folded by their bytes in a
 * {@link ByteArenaSet} (exactly, never by hash alone), with no string kept per entry.
 */
function foldedEntries(texts: KeyTexts): Int32Array | null {
  const size = texts.size;
  // Digit-blind, as `firstRejected` asks: ASCII digits fold to themselves, and are not spaces.
  let entry = texts.firstRejected(bytesFoldToThemselves);
  if (entry === size) return null;
  const folded = new Int32Array(size);
  // Folded texts may spell longer than the texts (NFKC): held to the same limit, with the same error.
  const seen = new ByteArenaSet(texts.full === undefined ? {} : { full: texts.full });
  const firstEntry: number[] = [];
  for (entry = 0; entry < size; entry++) {
    let bytes = texts.bytesOf(entry);
    if (!bytesFoldToThemselves(bytes)) bytes = wtf8Bytes(texts.textOf(entry).normalize('NFKC').trim());
    const hash = seen.hash(bytes, 0, bytes.length);
    let at = seen.find(bytes, 0, bytes.length, hash);
    if (at < 0) {
      at = seen.add(bytes, 0, bytes.length, hash);
      firstEntry.push(entry);
    }
    folded[entry] = firstEntry[at]!;
  }
  return folded;
}

/**
 * A text field read only for the key, with no column in the table: each row's entry (`codes`,
 * valid where `validity` says) and each distinct text's bytes ({@link wtf8Bytes}).
 */
export interface KeyTexts {
  readonly codes: Int32Array;
  readonly validity: Uint8Array | null;
  /** Entries: codes are below it. */
  readonly size: number;
  bytesOf(entry: number): Uint8Array;
  textOf(entry: number): string;
  /** The first entry whose bytes `test` rejects, or `size`; `test` must not tell ASCII digits apart (see `ByteArenaSet`). */
  firstRejected(test: (bytes: Uint8Array) => boolean): number;
  /** The error when the folded texts would pass what one byte arena holds (see `ByteArenaSet`). */
  readonly full?: (bytes: number, limit: number) => Error;
}

/** One field of a key as the duplicate check reads it. */
interface KeyPart {
  readonly validity: Uint8Array | null;
  /** Each row's dictionary code when `entries` ≥ 0, else its stored number. */
  readonly values: ArrayLike<number>;
  /** Dictionary entries (−1: values are numbers). */
  readonly entries: number;
  /** For each code, the first code of the same folded text; null: each code stands for itself. */
  readonly folded: Int32Array | null;
  shown(row: number): string;
}

function columnKeyPart(column: Column): KeyPart {
  const shown = (row: number): string => shownValue(column, row)!;
  if (!('codes' in column))
    return { validity: column.validity, values: column.values, entries: -1, folded: null, shown };
  const { validity, codes, dictionary } = column;
  return { validity, values: codes, entries: dictionary.length, folded: foldedCodes(dictionary), shown };
}

function textsKeyPart(texts: KeyTexts): KeyPart {
  const { validity, codes, size } = texts;
  return {
    validity,
    values: codes,
    entries: size,
    folded: foldedEntries(texts),
    shown: (row) => texts.textOf(codes[row]!),
  };
}

/**
 * Each row's key as one comparable value: the folded dictionary code or stored number for a
 * one-field key, else the parts joined. Null when a part is missing (a rule-only key field the
 * source has no column for).
 */
function keyOf(parts: readonly KeyPart[], row: number): number | string | null {
  if (parts.length === 1) {
    const { validity, values, folded } = parts[0]!;
    if (!isValid(validity, row)) return null;
    return folded === null ? values[row]! : folded[values[row]!]!;
  }
  const joined: number[] = [];
  for (const { validity, values, folded } of parts) {
    if (!isValid(validity, row)) return null;
    joined.push(folded === null ? values[row]! : folded[values[row]!]!);
  }
  return JSON.stringify(joined);
}

/** A set of rows (or codes) as one bit each. */
function hasBit(bits: Uint8Array, at: number): boolean {
  return (bits[at >> 3]! & (1 << (at & 7))) !== 0;
}

function setBit(bits: Uint8Array, at: number): void {
  bits[at >> 3]! |= 1 << (at & 7);
}

/**
 * Each row that repeats the key of an earlier row (rows without a key passed over), with that
 * earlier row: `[row, earlier]` pairs in row order.
 *
 * A one-field text key (dictionary codes, as a million case numbers are) is checked in two passes:
 * a bit per code tells the repeats, then the first rows of the repeated codes alone are found,
 * rather than a first row held for every code (40 MB at 10M rows, at the end of a read, when memory
 * peaks). Other keys map each key to its first row.
 */
function repeatedKeys(parts: readonly KeyPart[], rows: number): number[] {
  const pairs: number[] = [];
  const { entries } = parts[0]!;
  if (parts.length > 1 || entries < 0) {
    const first = new Map<number | string, number>();
    for (let row = 0; row < rows; row++) {
      const value = keyOf(parts, row);
      if (value === null) continue;
      const earlier = first.get(value);
      if (earlier === undefined) first.set(value, row);
      else pairs.push(row, earlier);
    }
    return pairs;
  }
  const seen = new Uint8Array((entries + 7) >> 3);
  const repeats: number[] = [];
  for (let row = 0; row < rows; row++) {
    const code = keyOf(parts, row) as number | null;
    if (code === null) continue;
    if (hasBit(seen, code)) repeats.push(row);
    else setBit(seen, code);
  }
  if (repeats.length === 0) return pairs;
  // The first rows of the repeated codes: by code when many are repeated, else in a map.
  const byCode = repeats.length > entries >> 5 ? new Int32Array(entries).fill(-1) : null;
  const byMap = new Map<number, number>();
  const repeated = new Uint8Array((entries + 7) >> 3);
  for (const row of repeats) setBit(repeated, keyOf(parts, row) as number);
  for (let row = 0; row < repeats[repeats.length - 1]!; row++) {
    const code = keyOf(parts, row) as number | null;
    if (code === null || !hasBit(repeated, code)) continue;
    if (byCode !== null) {
      if (byCode[code] === -1) byCode[code] = row;
    } else if (!byMap.has(code)) byMap.set(code, row);
  }
  for (const row of repeats) {
    const code = keyOf(parts, row) as number;
    pairs.push(row, byCode !== null ? byCode[code]! : byMap.get(code)!);
  }
  return pairs;
}

/** Where a record was read: its row and, when it came from a file, its line. */
export interface RecordPlace {
  readonly row: number;
  readonly line: number | null;
}

function describePlace(place: RecordPlace): string {
  return `row ${place.row}${place.line === null ? '' : ` (line ${place.line})`}`;
}

function duplicateProblem(key: readonly string[], shown: string, earlier: RecordPlace): RuleBreach['problem'] {
  return {
    code: 'duplicate_key',
    message: `duplicate ${key.join(' + ')} "${shown}": first read at ${describePlace(earlier)}`,
    params: {
      key: key.join(' + '),
      value: shown,
      first_row: earlier.row,
      ...(earlier.line === null ? {} : { first_line: earlier.line }),
    },
  };
}

/**
 * Duplicates when some records were quarantined for a bad value (`rejected`, in row order): the
 * copies of every key, in the table or not, in the order read; each after the first is a duplicate
 * naming the first one's place, whatever happened to either.
 *
 * Only the keys some rejected record has are held as texts: a key no rejected record has repeats
 * within the table alone, found by {@link repeatedKeys} as without rejects, so one bad date in a
 * 10M-row export does not hold 10M key strings at the read's peak.
 */
function duplicatesWithRejected(
  table: Table,
  key: readonly string[],
  parts: readonly KeyPart[],
  placeOf: (index: number) => RecordPlace,
  rejected: readonly RejectedKey[],
  out: RuleBreach[],
  outRejected: RejectedDuplicate[],
): void {
  const rejectedTexts = new Set(rejected.map((entry) => entry.text));
  const first = new Map<string, RecordPlace>();
  const tablePairs = repeatedKeys(parts, table.length);
  let pair = 0;
  const shownOf = (text: string): string =>
    key.length === 1
      ? text
      : text
          .split('\u0000')
          .map((part, i) => `${key[i]}=${part}`)
          .join(', ');
  let next = 0;
  const takeRejected = (beforeRow: number): void => {
    for (; next < rejected.length && rejected[next]!.row < beforeRow; next++) {
      const { text, row, line } = rejected[next]!;
      const place = { row, line: line < 0 ? null : line };
      const earlier = first.get(text);
      if (earlier === undefined) first.set(text, place);
      else
        outRejected.push({
          row,
          line: place.line,
          field: key[0]!,
          value: shownOf(text),
          problem: duplicateProblem(key, shownOf(text), earlier),
        });
    }
  };
  for (let row = 0; row < table.length; row++) {
    const place = placeOf(row);
    takeRejected(place.row);
    const texts: string[] = [];
    for (const part of parts) {
      if (!isValid(part.validity, row)) break;
      texts.push(foldKeyText(part.shown(row)));
    }
    if (texts.length < parts.length) continue;
    const text = texts.join('\u0000');
    const tableEarlier = tablePairs[pair] === row ? tablePairs[pair + 1]! : -1;
    if (tableEarlier >= 0) pair += 2;
    if (!rejectedTexts.has(text)) {
      if (tableEarlier >= 0)
        out.push({
          index: row,
          field: key[0]!,
          value: shownOf(text),
          problem: duplicateProblem(key, shownOf(text), placeOf(tableEarlier)),
        });
      continue;
    }
    const earlier = first.get(text);
    if (earlier === undefined) {
      first.set(text, place);
      continue;
    }
    out.push({
      index: row,
      field: key[0]!,
      value: shownOf(text),
      problem: duplicateProblem(key, shownOf(text), earlier),
    });
  }
  takeRejected(Infinity);
}

/**
 * Later records with an earlier one's key, whatever happened to the earlier one: a record
 * quarantined for a failed check or (given in `rejected`) for a bad value still claims its key.
 */
function duplicateBreaches(
  table: Table,
  key: readonly string[],
  keyTexts: ReadonlyMap<string, KeyTexts>,
  placeOf: (index: number) => RecordPlace,
  rejected: readonly RejectedKey[],
  out: RuleBreach[],
  outRejected: RejectedDuplicate[],
): void {
  const parts = key.map((name) => {
    const texts = keyTexts.get(name);
    return texts === undefined ? columnKeyPart(table.columns.get(name)!) : textsKeyPart(texts);
  });
  if (rejected.length > 0) return duplicatesWithRejected(table, key, parts, placeOf, rejected, out, outRejected);
  const pairs = repeatedKeys(parts, table.length);
  for (let at = 0; at < pairs.length; at += 2) {
    const row = pairs[at]!;
    const earlier = pairs[at + 1]!;
    const shown = key.map((name, i) => `${key.length === 1 ? '' : `${name}=`}${parts[i]!.shown(row)}`).join(', ');
    out.push({ index: row, field: key[0]!, value: shown, problem: duplicateProblem(key, shown, placeOf(earlier)) });
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
 * place). A key that appears more than once is a duplicate whatever happened to its copies: a
 * record quarantined for a failed check, or for a bad value (its key in `rejected`), still claims
 * its key, so a later copy is quarantined as `duplicate_key` too (which copy is right cannot be
 * told), and a quarantined record repeating an earlier key gets a `duplicate_key` entry as well
 * (`rejectedDuplicates`). Ordered by row; a record may break several rules. Checks
 * are evaluated by the same predicate code as indicator filters, over columns that read as empty
 * when the source lacks them (`absent`), so a rule means the same here as in a SQL engine; the
 * rules reading an absent field are listed. A key field the table has no column for is given in
 * `keyTexts` (see {@link KeyTexts}).
 */
export function recordRuleBreaches(
  dataset: Dataset,
  table: Table,
  placeOf: (index: number) => RecordPlace,
  absent: ReadonlySet<string>,
  keyTexts: ReadonlyMap<string, KeyTexts> = new Map(),
  rejected: readonly RejectedKey[] = [],
): { breaches: RuleBreach[]; withoutColumns: RuleWithoutColumn[]; rejectedDuplicates: RejectedDuplicate[] } {
  const breaches: RuleBreach[] = [];
  const rejectedDuplicates: RejectedDuplicate[] = [];
  const withoutColumns: RuleWithoutColumn[] = [];
  const missing = (fields: readonly string[]): string[] => [...new Set(fields.filter((name) => absent.has(name)))];
  const context = new TableContext(table);
  for (const check of dataset.checks ?? []) {
    checkBreaches(table, check, context, breaches);
    const lacking = missing(predicateOperands(check.rule).flatMap(operandFields));
    if (lacking.length > 0) withoutColumns.push({ rule: check.id, missing: lacking });
  }
  if (dataset.key !== undefined) {
    duplicateBreaches(table, dataset.key, keyTexts, placeOf, rejected, breaches, rejectedDuplicates);
    const lacking = missing(dataset.key);
    if (lacking.length > 0) withoutColumns.unshift({ rule: 'key', missing: lacking });
  }
  // A record may break several rules (a failed check and a repeated key): one entry per rule it breaks.
  breaches.sort((a, b) => a.index - b.index);
  return { breaches, withoutColumns, rejectedDuplicates };
}
