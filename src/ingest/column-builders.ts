import type { EnumField, Field } from '../model/dataset.js';
import type { Column } from '../table/column.js';
import { createValidity, setValid } from '../table/validity.js';
import type { ValueProblem } from './problem.js';
import { BOOLEAN_HINT, parseBoolean } from './values/parse-boolean.js';
import { DATE_FORMATS_HINT, parseShanghaiDay } from './values/parse-day.js';
import { isWholeNumberText, numberProblem, parseNumber } from './values/parse-number.js';
import { isEmptyValue, isPlainText, normalizeText } from './values/normalize-text.js';
import { decodeUtf8Span } from './values/decode-utf8.js';
import { asciiDay, asciiDecimal, asciiInteger } from './values/ascii-values.js';
import { ByteCache } from './byte-cache.js';
import { ByteDictionary } from './byte-dictionary.js';
import { StagedValues, type NumericArray } from './staged-values.js';
import { LONE_SURROGATE } from './wtf8.js';
import type { KeyTextBuilder } from './key-text-builder.js';
import { EN_ISSUES } from '../errors/messages/en.js';
import { enumSpellings } from '../model/enum-spellings.js';

/**
 * Fills one column, staged in place: for each record the ingest loop `stage`s every field's raw
 * value into row `row`, the row the record gets when it is used. A record that is used is followed
 * by a record staged at `row + 1`; one that is not (quarantined, skipped) by a record staged at
 * the same `row`, which overwrites it, so a quarantined row leaves no trace. There is no commit
 * call per cell: what has to wait until a row is known to be used (a new text's dictionary code,
 * given in row order; the null mask a first null creates) is done when a later row is staged, or
 * by `part` and `finish`, which are given the rows used.
 */
export interface ColumnBuilder {
  readonly field: Field;
  /** Which class of builder it is, for {@link stageCellBytes}. */
  readonly kind: BuilderKind;
  /** Reads a raw value into `row`; `null` when it is staged (as a value or a null), else the problem. */
  stage(raw: unknown, row: number): ValueProblem | null;
  /**
   * Fast path for a UTF-8 cell `bytes[start, end)`, empty or not: stages it like `stage` would
   * stage its text and returns the same result, or returns `undefined` when it cannot tell without
   * the text (the caller then decodes and calls `stage`, then `remember`).
   */
  stageBytes(bytes: Uint8Array, start: number, end: number, row: number): ValueProblem | null | undefined;
  /** After a successful `stage` of the text of `bytes[start, end)`: lets `stageBytes` reuse it. */
  remember(bytes: Uint8Array, start: number, end: number): void;
  /** The column of the first `length` rows (the rows used); the builder is done with. */
  finish(length: number): Column;
  /** The first `length` rows (the rows used), for another builder of the same field to `absorb` (no copy). */
  part(length: number): ColumnPart;
  /** Appends a part's `length` rows at row `at` (the rows used so far), as if staged here. */
  absorb(part: ColumnPart, at: number, length: number): void;
}

/**
 * The rows one builder committed, handed to another (from a worker that read one part of a file):
 * stored values and nulls, and for a text column its dictionary with each entry's UTF-8 bytes
 * (`bytes[starts[code], ends[code])`, `starts[code]` −1 for a text with a lone surrogate) and their
 * hashes, so the receiving builder maps codes onto its own dictionary once per entry, not per row.
 * A part read as bytes (key-text-builder.ts) gives `texts` only where `starts` is −1, '' elsewhere
 * (a text is never '': an empty cell is a null): a string column decodes those it keeps from the
 * bytes ({@link decodePartTexts}).
 */
export interface ColumnPart {
  readonly values: Int32Array | Float64Array | Uint8Array | Uint16Array;
  readonly validity: Uint8Array | null;
  readonly dictionary?: {
    readonly texts: readonly string[];
    readonly bytes: Uint8Array;
    readonly starts: Int32Array;
    readonly ends: Int32Array;
    readonly hashes: Int32Array;
  };
}

/**
 * Decodes the texts a part gives as bytes only, for a string column's builder to absorb (nothing for
 * other builders). Called when the part arrives, while the worker still reads (the absorbing
 * thread's work at the end of a read is time no other thread shares); `absorb` decodes any left.
 */
export function decodePartTexts(builder: ColumnBuilder, part: ColumnPart): void {
  const dictionary = part.dictionary;
  if (builder.kind !== KIND.string || dictionary === undefined) return;
  // The part is the receiver's to rewrite, as its codes are (`recodeRows`).
  const texts = dictionary.texts as string[];
  const { bytes, starts, ends } = dictionary;
  for (let code = 0; code < texts.length; code++)
    if (starts[code]! >= 0 && texts[code] === '') texts[code] = decodeUtf8Span(bytes, starts[code]!, ends[code]!);
}

/** The buffers of a part, to transfer rather than copy. */
export function columnPartBuffers(part: ColumnPart): ArrayBuffer[] {
  const buffers = [part.values.buffer, part.validity?.buffer];
  const dictionary = part.dictionary;
  if (dictionary !== undefined)
    buffers.push(dictionary.bytes.buffer, dictionary.starts.buffer, dictionary.ends.buffer, dictionary.hashes.buffer);
  return buffers.filter((buffer): buffer is ArrayBuffer => buffer instanceof ArrayBuffer);
}

function show(raw: unknown): string {
  return typeof raw === 'string' ? JSON.stringify(raw) : String(raw);
}

/** The builder classes by number: see {@link stageCellBytes}. */
export const KIND = { integer: 0, number: 1, day: 2, boolean: 3, enum: 4, string: 5, keyText: 6 } as const;
export type BuilderKind = (typeof KIND)[keyof typeof KIND];

/** Shared null handling for builders whose values are numbers in a typed array, staged in place. */
export abstract class NumericBuilder<A extends NumericArray> implements ColumnBuilder {
  abstract readonly kind: BuilderKind;
  /** The values and null mask, and what was staged last. */
  protected readonly out: StagedValues<A>;

  constructor(
    readonly field: Field,
    capacity: number,
    create: (length: number) => A,
    fallback: number | undefined,
  ) {
    this.out = new StagedValues(capacity, create, fallback, field.required === true, (row) => this.complete(row));
  }

  /** The work left for the pending row, now known to be used: a first null makes the null mask. */
  protected complete(row: number): void {
    if (this.out.stagedNull) this.out.nullMaskTo(row);
  }

  protected requiredProblem(): ValueProblem {
    return {
      code: 'required',
      message: `"${this.field.name}" is required but empty`,
      params: { field: this.field.name },
    };
  }

  /** The stored number for a present value, or the problem. */
  protected abstract read(raw: unknown): number | ValueProblem;

  stage(raw: unknown, row: number): ValueProblem | null {
    const out = this.out;
    out.settle(row);
    if (isEmptyValue(raw)) return out.putEmpty(row) ? null : this.requiredProblem();
    const value = this.read(raw);
    if (typeof value !== 'number') return value;
    return out.put(row, value);
  }

  /** Spellings already read, for columns of repeated values (enums, booleans). */
  protected memo: ByteCache<number> | null = null;

  /**
   * The spelling looked up in `memo`. Builders that read numbers and dates from the bytes override
   * this rather than adding a step after the lookup. Each implementation stages an empty cell first.
   */
  stageBytes(bytes: Uint8Array, start: number, end: number, row: number): ValueProblem | null | undefined {
    const out = this.out;
    if (start === end) return out.putEmpty(row) ? null : this.requiredProblem();
    const known = this.memo?.get(bytes, start, end);
    return known === undefined ? undefined : out.put(row, known);
  }

  remember(bytes: Uint8Array, start: number, end: number): void {
    if (this.memo !== null && !this.out.stagedNull) this.memo.set(bytes, start, end, this.out.staged);
  }

  part(length: number): ColumnPart {
    const out = this.out;
    out.settleAll(length);
    return {
      values: out.values.subarray(0, length),
      validity: out.validity === null ? null : out.validity.subarray(0, (length + 7) >> 3),
    };
  }

  absorb(part: ColumnPart, at: number, length: number): void {
    const out = this.out;
    out.settleAll(at);
    if (at + length > out.values.length) out.grow(at + length - 1);
    out.values.set(part.values.subarray(0, length), at);
    const from = part.validity;
    if (from === null && out.validity === null) return;
    if (out.validity === null) {
      out.validity = createValidity(out.values.length);
      for (let earlier = 0; earlier < at; earlier++) setValid(out.validity, earlier);
    }
    const validity = out.validity;
    for (let row = 0; row < length; row++)
      if (from === null || (from[row >> 3]! & (1 << (row & 7))) !== 0) setValid(validity, at + row);
  }

  protected trimmed(length: number): { values: A; validity: Uint8Array | null } {
    const out = this.out;
    out.settleAll(length);
    // Storage sized from an estimate of the rows is kept as a view when it is close (at most an
    // eighth over): copying it would hold both at the end of the read, when memory peaks.
    const spare = out.values.length - length;
    const values = (
      spare === 0 ? out.values : spare <= length >> 3 ? out.values.subarray(0, length) : out.values.slice(0, length)
    ) as A;
    const validity = out.validity === null ? null : out.validity.slice(0, (length + 7) >> 3);
    return { values, validity };
  }

  abstract finish(length: number): Column;
}

function rangeProblem(
  field: Field & { min?: number | undefined; max?: number | undefined },
  value: number,
): ValueProblem | null {
  if (field.min !== undefined && value < field.min)
    return {
      code: 'out_of_range',
      message: `${value} is below the minimum ${field.min}`,
      params: { value, bound: 'min', limit: field.min },
    };
  if (field.max !== undefined && value > field.max)
    return {
      code: 'out_of_range',
      message: `${value} is above the maximum ${field.max}`,
      params: { value, bound: 'max', limit: field.max },
    };
  return null;
}

/**
 * The problem with a value `parseNumber` could not read. Overflow (`1e309`, `Infinity`, `NaN`) and
 * underflow (`1e-400`, non-zero digits that round to 0) are named as such, with the field, so a
 * number that a double cannot hold is quarantined rather than stored as ±Infinity or 0.
 */
function unreadableNumber(
  field: Field,
  raw: unknown,
  code: 'invalid_number' | 'invalid_integer',
  otherwise: string,
): ValueProblem {
  const params = { value: show(raw), field: field.name };
  switch (numberProblem(raw)) {
    case 'not_finite':
      return {
        code,
        message: `${show(raw)} in "${field.name}" is not a finite number (beyond ±1.8e308, the range of a double)`,
        params: { ...params, kind: 'not_finite' },
      };
    case 'underflow':
      return {
        code,
        message: `${show(raw)} in "${field.name}" rounds to 0 (too small for a double), so it cannot be stored`,
        params: { ...params, kind: 'underflow' },
      };
    default:
      return { code, message: `${show(raw)} ${otherwise}`, params: { ...params, kind: 'not_a_number' } };
  }
}

class IntegerBuilder extends NumericBuilder<Int32Array> {
  readonly kind = KIND.integer;
  constructor(
    readonly intField: Extract<Field, { type: 'integer' }>,
    capacity: number,
  ) {
    super(intField, capacity, (n) => new Int32Array(n), intField.default);
  }
  protected read(raw: unknown): number | ValueProblem {
    const value = parseNumber(raw);
    if (value === undefined) return unreadableNumber(this.field, raw, 'invalid_integer', 'is not a whole number');
    // Whole as written, not only after rounding: `1e-400` (→ 0) and `1.0000000000000001` (→ 1) are not.
    if (!Number.isInteger(value) || !isWholeNumberText(raw))
      return {
        code: 'invalid_integer',
        message: `${show(raw)} is not a whole number`,
        params: { value: show(raw), field: this.field.name, kind: 'not_whole' },
      };
    // Int32 storage: this also keeps out every integer beyond Number.MAX_SAFE_INTEGER.
    if (value < -2147483648 || value > 2147483647)
      return {
        code: 'out_of_range',
        message: `${value} is outside the integer range ±2^31`,
        params: { value, bound: 'int32' },
      };
    return rangeProblem(this.intField, value) ?? value;
  }
  override stageBytes(bytes: Uint8Array, start: number, end: number, row: number): ValueProblem | null | undefined {
    if (start === end) return this.out.putEmpty(row) ? null : this.requiredProblem();
    const value = asciiInteger(bytes, start, end);
    if (value === undefined) return undefined;
    return rangeProblem(this.intField, value) ?? this.out.put(row, value);
  }
  finish(length: number): Column {
    return { type: 'integer', ...this.trimmed(length) };
  }
}

class NumberBuilder extends NumericBuilder<Float64Array> {
  readonly kind = KIND.number;
  constructor(
    readonly numberField: Extract<Field, { type: 'number' }>,
    capacity: number,
  ) {
    super(numberField, capacity, (n) => new Float64Array(n), numberField.default);
  }
  protected read(raw: unknown): number | ValueProblem {
    const value = parseNumber(raw);
    if (value === undefined) return unreadableNumber(this.field, raw, 'invalid_number', 'is not a number');
    return rangeProblem(this.numberField, value) ?? value;
  }
  override stageBytes(bytes: Uint8Array, start: number, end: number, row: number): ValueProblem | null | undefined {
    if (start === end) return this.out.putEmpty(row) ? null : this.requiredProblem();
    const value = asciiDecimal(bytes, start, end);
    if (value === undefined) return undefined;
    return rangeProblem(this.numberField, value) ?? this.out.put(row, value);
  }
  finish(length: number): Column {
    return { type: 'number', ...this.trimmed(length) };
  }
}

/**
 * Reads a date cell into a Shanghai day number; `hint` describes what it accepts, for errors, and
 * `pattern` is the mapping's format it was compiled from (none for the built-in spellings).
 */
export interface DayReader {
  readonly parse: (raw: unknown) => number | undefined;
  readonly hint: string;
  readonly pattern?: string;
}

const DEFAULT_DAY_READER: DayReader = { parse: parseShanghaiDay, hint: DATE_FORMATS_HINT };

class DayBuilder extends NumericBuilder<Int32Array> {
  readonly kind = KIND.day;
  constructor(
    readonly dayField: Extract<Field, { type: 'date' | 'datetime' }>,
    capacity: number,
    private readonly reader: DayReader,
  ) {
    super(dayField, capacity, (n) => new Int32Array(n), undefined);
  }
  protected read(raw: unknown): number | ValueProblem {
    const day = this.reader.parse(raw);
    if (day !== undefined) return day;
    // 43529 is how Excel stores 2019-03-04 when a CSV export loses the cell's date format.
    const serial = this.reader === DEFAULT_DAY_READER && /^\s*\d{5}(\.\d+)?\s*$/.test(String(raw));
    const params = {
      value: show(raw),
      field: this.dayField.name,
      type: this.dayField.type,
      format: this.reader.pattern ?? '',
      serial,
    };
    return { code: 'invalid_date', message: EN_ISSUES.invalid_date(params), params };
  }
  override stageBytes(bytes: Uint8Array, start: number, end: number, row: number): ValueProblem | null | undefined {
    if (start === end) return this.out.putEmpty(row) ? null : this.requiredProblem();
    if (this.reader !== DEFAULT_DAY_READER) return undefined;
    const day = asciiDay(bytes, start, end);
    return day === undefined ? undefined : this.out.put(row, day);
  }
  finish(length: number): Column {
    return { type: this.dayField.type, ...this.trimmed(length) };
  }
}

class BooleanBuilder extends NumericBuilder<Uint8Array> {
  readonly kind = KIND.boolean;
  constructor(field: Extract<Field, { type: 'boolean' }>, capacity: number) {
    super(field, capacity, (n) => new Uint8Array(n), field.default === undefined ? undefined : Number(field.default));
    this.memo = new ByteCache<number>();
  }
  protected read(raw: unknown): number | ValueProblem {
    const value = parseBoolean(raw);
    return value === undefined
      ? {
          code: 'invalid_boolean',
          message: `${show(raw)} is not a yes/no value (expected ${BOOLEAN_HINT})`,
          params: { value: show(raw) },
        }
      : Number(value);
  }
  finish(length: number): Column {
    return { type: 'boolean', ...this.trimmed(length) };
  }
}

/** Every accepted spelling of an enum field (value and synonyms, trimmed, lower-cased) → code. */
export function enumCodes(field: EnumField): ReadonlyMap<string, number> {
  const codes = new Map<string, number>();
  field.values.forEach((entry, code) => {
    for (const spelling of [entry.value, ...(entry.synonyms ?? [])])
      codes.set(normalizeText(spelling).toLowerCase(), code);
  });
  return codes;
}

/** An enum's codes while they are read: in the width its column keeps (see `EnumBuilder.finish`). */
type EnumCodes = Uint8Array | Uint16Array | Int32Array;

function enumCodesArray(values: number): (length: number) => EnumCodes {
  if (values <= 256) return (length) => new Uint8Array(length);
  return values <= 65536 ? (length) => new Uint16Array(length) : (length) => new Int32Array(length);
}

class EnumBuilder extends NumericBuilder<EnumCodes> {
  readonly kind = KIND.enum;
  private readonly codes: ReadonlyMap<string, number>;
  private readonly exact: ReadonlyMap<string, number>;
  constructor(
    readonly enumField: EnumField,
    capacity: number,
  ) {
    // Staged in the column's own width: four bytes a row, then a copy in one at the end, would hold
    // 50 MB per 10M-row enum column at the end of a read, when memory peaks.
    super(enumField, capacity, enumCodesArray(enumField.values.length), undefined);
    this.codes = enumCodes(enumField);
    this.exact = new Map(enumField.values.map((entry, code) => [entry.value, code]));
    this.memo = new ByteCache<number>();
  }
  protected read(raw: unknown): number | ValueProblem {
    if (typeof raw === 'string') {
      const code = this.exact.get(raw) ?? this.codes.get(normalizeText(raw).toLowerCase());
      if (code !== undefined) return code;
    } else if (typeof raw === 'number' || typeof raw === 'boolean') {
      const code = this.codes.get(String(raw).toLowerCase());
      if (code !== undefined) return code;
    }
    const params = {
      value: show(raw),
      allowed: this.enumField.values.map((entry) => entry.value),
      ...enumSpellings(this.enumField, raw),
    };
    return { code: 'unknown_enum_value', message: EN_ISSUES.unknown_enum_value(params), params };
  }
  finish(length: number): Column {
    const { values, validity } = this.trimmed(length);
    // Past 65,536 values the codes were staged as Int32 and are cut to Uint16, as they always were.
    const codes = values instanceof Int32Array ? Uint16Array.from(values) : values;
    return { type: 'enum', codes, dictionary: this.enumField.values.map((entry) => entry.value), validity };
  }
}

/**
 * A string that does not share storage with the text it was cut from. V8 represents `slice`
 * results over 12 characters as views into their parent; concatenating and re-slicing forces a
 * flat copy of just these characters.
 */
function copyString(text: string): string {
  return ` ${text}`.slice(1);
}

/** A string column's codes, in the narrowest array that holds `size` entries. */
export function dictionaryCodes(values: Int32Array, size: number): Uint8Array | Uint16Array | Uint32Array {
  if (size <= 256) return Uint8Array.from(values);
  if (size <= 65536) return Uint16Array.from(values);
  // Codes are never negative: the same bytes read as unsigned, without a copy.
  return new Uint32Array(values.buffer, values.byteOffset, values.length);
}

/**
 * Rewrites the first `length` codes of a text column's part through `codeOf` (the part's code →
 * the receiving builder's), before it is absorbed. The part's codes are its own to rewrite; a null
 * row keeps code 0, as `putNull` stores it.
 */
export function recodeRows(part: ColumnPart, codeOf: Int32Array, length: number): void {
  const values = part.values as Int32Array;
  const validity = part.validity;
  for (let row = 0; row < length; row++)
    if (validity === null || (validity[row >> 3]! & (1 << (row & 7))) !== 0) values[row] = codeOf[values[row]!]!;
}

const encoder = new TextEncoder();

/** The text a string field stores for a present raw value (trimmed), or the problem. */
export function readText(raw: unknown): string | ValueProblem {
  if (typeof raw === 'string') return raw.trim();
  if (typeof raw === 'number' && Number.isFinite(raw)) return String(raw);
  return {
    code: 'invalid_string',
    message: `expected text, got ${raw === null ? 'null' : typeof raw}`,
    params: { got: raw === null ? 'null' : typeof raw },
  };
}

/**
 * A text column staged in place: what a string column and a key-only text field
 * ({@link KeyTextBuilder}) share. A text's code (its entry in the builder's store of distinct texts)
 * is found once its row is known to be used (`complete`), so a quarantined row adds nothing to the
 * store and codes are given in row order. A new text whose bytes `stageBytes` missed is marked
 * pending from those bytes (`pendingFromBytes`, `pendingHash`), so it is not encoded again.
 */
export abstract class StagedTextBuilder extends NumericBuilder<Int32Array> {
  protected stagedText = '';
  /** What `stage` was given, to tell whether `remember`'s bytes spell the staged text exactly. */
  protected stagedRaw: unknown = undefined;
  /**
   * Whether the staged text is new and spelled exactly by the bytes `stageBytes` missed, hashed to
   * `pendingHash`: it is then added with that hash, without encoding it again.
   */
  protected pendingFromBytes = false;
  protected pendingHash = 0;
  /** The bytes `stageBytes` last looked up and their hash, so that `remember` (which follows it for the cell) need not hash them again. */
  private lookedUpBytes: Uint8Array | null = null;
  private lookedUpStart = -1;
  private lookedUpEnd = -1;
  private lookedUpHash = 0;

  constructor(field: Extract<Field, { type: 'string' }>, capacity: number) {
    super(field, capacity, (n) => new Int32Array(n), undefined);
  }

  protected read(raw: unknown): number | ValueProblem {
    const text = readText(raw);
    if (typeof text !== 'string') return text;
    this.stagedText = text;
    return 0;
  }

  override stage(raw: unknown, row: number): ValueProblem | null {
    const out = this.out;
    out.settle(row);
    this.pendingFromBytes = false;
    this.stagedRaw = raw;
    const problem = super.stage(raw, row);
    if (problem === null && !out.stagedNull) out.pendingRow = row;
    return problem;
  }

  /** For `stageBytes` when it leaves a cell to `stage`: the bytes it missed, for `remember`. */
  protected lookedUp(bytes: Uint8Array, start: number, end: number, hash: number): undefined {
    this.lookedUpBytes = bytes;
    this.lookedUpStart = start;
    this.lookedUpEnd = end;
    this.lookedUpHash = hash;
    return undefined;
  }

  /**
   * In `remember`: whether `bytes[start, end)` spell the staged text (not trimmed, and decoded
   * without a replacement character: bytes that are not UTF-8 decode to U+FFFD, and so may other
   * bytes); if so the text is marked pending from them.
   */
  protected pendFromBytes(bytes: Uint8Array, start: number, end: number): boolean {
    if (this.out.stagedNull || this.stagedRaw !== this.stagedText || this.stagedText.indexOf('\uFFFD') >= 0)
      return false;
    this.pendingFromBytes = true;
    const lookedUp = bytes === this.lookedUpBytes && start === this.lookedUpStart && end === this.lookedUpEnd;
    this.pendingHash = lookedUp ? this.lookedUpHash : ByteDictionary.hash(bytes, start, end);
    return true;
  }

  protected override complete(row: number): void {
    if (this.out.stagedNull) super.complete(row);
    else this.out.values[row] = this.codeOfStaged();
  }

  /** The code of the staged text, adding it to the store when it is new. */
  protected abstract codeOfStaged(): number;
}

class StringBuilder extends StagedTextBuilder {
  readonly kind = KIND.string;
  private readonly dictionary: string[] = [];
  /** Every dictionary text by its UTF-8 bytes, except those with a lone surrogate (`oddCodes`). */
  /** Emptied by `finish`, after which the builder is done with. */
  private codeOfBytes = new ByteDictionary(this.dictionary);
  private readonly oddCodes = new Map<string, number>();
  private scratch = new Uint8Array(256);

  override stageBytes(bytes: Uint8Array, start: number, end: number, row: number): ValueProblem | null | undefined {
    const out = this.out;
    // Settled first: the row before may add these very bytes' text to the dictionary.
    out.settle(row);
    if (start === end) return out.putEmpty(row) ? null : this.requiredProblem();
    const hash = ByteDictionary.hash(bytes, start, end);
    const code = this.codeOfBytes.get(bytes, start, end, hash);
    if (code >= 0) return out.put(row, code);
    // A new text, staged here when it is plain (as a case number is): what `stage` and `remember`
    // would do with it, without the calls through the table builder for each row of a column of
    // distinct texts. Other texts are left to them. The text and hash are kept, not the bytes: the
    // row is settled after later rows are staged, when its chunk may have been read over.
    const text = decodeUtf8Span(bytes, start, end);
    if (isPlainText(text)) {
      out.put(row, 0);
      this.stagedText = text;
      this.pendingFromBytes = text.indexOf('\uFFFD') < 0;
      this.pendingHash = hash;
      out.pendingRow = row;
      return null;
    }
    return this.lookedUp(bytes, start, end, hash);
  }

  override remember(bytes: Uint8Array, start: number, end: number): void {
    this.pendFromBytes(bytes, start, end);
  }

  /** The code of the staged text, adding it to the dictionary when it is new. */
  protected codeOfStaged(): number {
    if (this.pendingFromBytes) {
      // `stageBytes` missed these bytes: the text is new. Decoded from them on its own, it shares no storage with a chunk.
      this.dictionary.push(this.stagedText);
      return this.codeOfBytes.add(this.dictionary.length - 1, this.pendingHash);
    }
    const text = this.stagedText;
    if (LONE_SURROGATE.test(text)) {
      let code = this.oddCodes.get(text);
      if (code === undefined) {
        code = this.dictionary.length;
        this.dictionary.push(copyString(text));
        this.oddCodes.set(text, code);
      }
      return code;
    }
    if (text.length * 3 > this.scratch.length) this.scratch = new Uint8Array(text.length * 3);
    const length = encoder.encodeInto(text, this.scratch).written;
    const hash = ByteDictionary.hash(this.scratch, 0, length);
    const code = this.codeOfBytes.get(this.scratch, 0, length, hash);
    if (code >= 0) return code;
    // A copy, not a slice: a slice would keep the whole chunk of file text it came from alive.
    this.dictionary.push(copyString(text));
    return this.codeOfBytes.add(this.dictionary.length - 1, hash);
  }

  override part(length: number): ColumnPart {
    this.out.settleAll(length);
    const texts = this.dictionary;
    const starts = new Int32Array(texts.length);
    const ends = new Int32Array(texts.length);
    const hashes = new Int32Array(texts.length);
    let bytes = new Uint8Array(Math.max(256, texts.length * 16));
    let used = 0;
    for (let code = 0; code < texts.length; code++) {
      const text = texts[code]!;
      if (this.oddCodes.size > 0 && this.oddCodes.get(text) === code) {
        starts[code] = -1;
        continue;
      }
      if (used + text.length * 3 > bytes.length) {
        const larger = new Uint8Array(Math.max(bytes.length * 2, used + text.length * 3));
        larger.set(bytes.subarray(0, used));
        bytes = larger;
      }
      starts[code] = used;
      used += encoder.encodeInto(text, bytes.subarray(used)).written;
      ends[code] = used;
      hashes[code] = ByteDictionary.hash(bytes, starts[code]!, used);
    }
    return { ...super.part(length), dictionary: { texts, bytes, starts, ends, hashes } };
  }

  /** Codes of the part's texts in this dictionary (texts new here added in the part's order), then its rows. */
  override absorb(part: ColumnPart, at: number, length: number): void {
    this.out.settleAll(at);
    const { texts, bytes, starts, ends, hashes } = part.dictionary!;
    const codeOf = new Int32Array(starts.length);
    for (let code = 0; code < starts.length; code++) {
      const start = starts[code]!;
      if (start < 0) {
        const text = texts[code]!;
        let odd = this.oddCodes.get(text);
        if (odd === undefined) {
          odd = this.dictionary.length;
          this.dictionary.push(text);
          this.oddCodes.set(text, odd);
        }
        codeOf[code] = odd;
        continue;
      }
      const end = ends[code]!;
      const known = this.codeOfBytes.get(bytes, start, end, hashes[code]!);
      if (known >= 0) codeOf[code] = known;
      else {
        // Else decoded from the bytes: well-formed UTF-8 of a text without a lone surrogate, so
        // this is that text, as a string of its own.
        const text = texts[code]!;
        this.dictionary.push(text !== '' ? text : decodeUtf8Span(bytes, start, end));
        codeOf[code] = this.codeOfBytes.add(this.dictionary.length - 1, hashes[code]!);
      }
    }
    recodeRows(part, codeOf, length);
    super.absorb(part, at, length);
  }

  finish(length: number): Column {
    this.out.settleAll(length);
    // The lookup of a million distinct texts holds twice as many slots (16 bytes per text): let it go
    // before the key check allocates its own arrays, as the end of a read is when memory peaks.
    this.codeOfBytes = new ByteDictionary([]);
    const { values, validity } = this.trimmed(length);
    return {
      type: 'string',
      codes: dictionaryCodes(values, this.dictionary.length),
      dictionary: this.dictionary,
      validity,
    };
  }
}

/**
 * `builder.stageBytes(…)` from one call site per builder class. One call site seeing every class
 * looks the method up on each call (a megamorphic call: a fifth of the per-cell time in a profile
 * of a 16-column read) and cannot inline it; each site here sees one class, so the engine inlines
 * the method. `kind` is `builder.kind`, read once per column by the caller: read per cell it would
 * be such a lookup too.
 */
export function stageCellBytes(
  builder: ColumnBuilder,
  kind: BuilderKind,
  bytes: Uint8Array,
  start: number,
  end: number,
  row: number,
): ValueProblem | null | undefined {
  switch (kind) {
    case KIND.integer:
      return (builder as IntegerBuilder).stageBytes(bytes, start, end, row);
    case KIND.number:
      return (builder as NumberBuilder).stageBytes(bytes, start, end, row);
    case KIND.day:
      return (builder as DayBuilder).stageBytes(bytes, start, end, row);
    case KIND.boolean:
      return (builder as BooleanBuilder).stageBytes(bytes, start, end, row);
    case KIND.enum:
      return (builder as EnumBuilder).stageBytes(bytes, start, end, row);
    case KIND.string:
      return (builder as StringBuilder).stageBytes(bytes, start, end, row);
    case KIND.keyText:
      return (builder as KeyTextBuilder).stageBytes(bytes, start, end, row);
  }
}

/** A builder for `field` with room for `capacity` rows (it grows past that); `dayReader` overrides date parsing. */
export function createColumnBuilder(
  field: Field,
  capacity: number,
  dayReader: DayReader = DEFAULT_DAY_READER,
): ColumnBuilder {
  switch (field.type) {
    case 'integer':
      return new IntegerBuilder(field, capacity);
    case 'number':
      return new NumberBuilder(field, capacity);
    case 'date':
    case 'datetime':
      return new DayBuilder(field, capacity, dayReader);
    case 'boolean':
      return new BooleanBuilder(field, capacity);
    case 'enum':
      return new EnumBuilder(field, capacity);
    case 'string':
      return new StringBuilder(field, capacity);
  }
}
