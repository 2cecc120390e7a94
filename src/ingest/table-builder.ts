import { invalidArgument, LawGaugeError } from '../errors/law-gauge-error.js';
import type { Dataset, Field } from '../model/dataset.js';
import type { DatasetMapping } from '../model/mapping.js';
import type { Column } from '../table/column.js';
import type {
  QuarantinedValue,
  RecordPlaceRuns,
  SkippedRow,
  SkipReason,
  Table,
  RuleWithoutColumn,
} from '../table/table.js';
import {
  columnPartBuffers,
  createColumnBuilder,
  decodePartTexts,
  stageCellBytes,
  type BuilderKind,
  type ColumnBuilder,
  type ColumnPart,
} from './column-builders.js';
import type { ValueProblem } from './problem.js';
import type { QuarantineProblem } from '../errors/issues.js';
import { compileDatePattern, withWorkbookDates } from './values/date-pattern.js';
import { recordRuleFields } from '../model/record-rule-fields.js';
import { keepRows } from '../table/keep-rows.js';
import { foldKeyText, recordRuleBreaches, type KeyTexts, type RecordPlace } from './record-rules.js';
import { KeyTextBuilder } from './key-text-builder.js';
import { RecordPlaces } from './record-places.js';
import { predicateOperands } from '../model/predicate-operands.js';
import { operandFields } from '../model/field-types.js';
import { planColumns, type ColumnPlan, type PlanColumnsOptions } from './plan-columns.js';

/**
 * A key field's distinct texts would pass what one byte arena holds (2 GiB − 1 bytes): the read
 * stops, naming the dataset, the field and the rows read, rather than wrap the arena's 32-bit ends
 * and tell duplicates apart wrongly.
 */
export function keyTextsTooLarge(dataset: string, field: string, rows: number, limit: number): LawGaugeError {
  return new LawGaugeError('invalid_data', dataset, [
    {
      code: 'key_texts_too_large',
      path: [field],
      message: `dataset "${dataset}": after ${rows} rows read, the distinct texts of its key field "${field}" passed ${limit} bytes, more than one read can hold to tell duplicates apart; split the file (by year or court) and read the parts one by one, or check that the key's column holds case numbers, not long text`,
      params: { dataset, field, rows, limit },
    },
  ]);
}

export interface TableBuilderOptions {
  /** Keep only these fields; default every field of the dataset. */
  readonly fields?: readonly string[];
  /** Rows expected, to size the columns once; they grow past it. */
  readonly capacity?: number;
  /** `values` rewrites and date `formats` for the fields (the mapping's `columns` are the reader's business). */
  readonly mapping?: DatasetMapping;
  /**
   * The builder reads one part of an input for another builder to {@link TableBuilder.absorb} (a
   * worker's share of a file). Its text columns then hold their distinct texts as UTF-8 bytes
   * ({@link KeyTextBuilder}), which `part` hands over as they are and the absorbing builder decodes
   * once for each text new to it: decoding them here, and encoding them again for the part, cost
   * the worker more than reading their cells, and cloning a million strings cost both threads.
   */
  readonly part?: boolean;
  /** A workbook's rows: its date cells (ISO text) read whatever a field's date format. */
  readonly workbookDates?: boolean;
}

/**
 * What a builder read from one part of an input (a worker's share of a file), before the dataset's
 * rules: rows and lines counted from 1 at the part's start, to be appended in order by
 * {@link TableBuilder.absorb}. Plain data and typed arrays: it crosses threads as a message.
 */
export interface TablePart {
  readonly read: number;
  readonly used: number;
  readonly rejected: number;
  readonly skipped: number;
  readonly blank: number;
  readonly footer: number;
  readonly title: number;
  readonly note: number;
  /** The part's first footer row (−1: none), and its rejected rows that are notes if one comes before. */
  readonly firstFooter: number;
  readonly notes: readonly { row: number; line: number | null }[];
  readonly skippedRows: readonly SkippedRow[];
  readonly quarantine: readonly QuarantinedValue[];
  readonly columns: readonly ColumnPart[];
  /** Where the part's records were read, as runs (see {@link RecordPlaces}), counted from the part's start. */
  readonly places: RecordPlaceRuns | null;
  /** Keys of the part's records quarantined for a bad value (see {@link RejectedKey}). */
  readonly rejectedKeys: readonly RejectedKey[];
}

/**
 * The key of a record quarantined for a bad value (its key's own values readable): a later copy
 * of that key is still a duplicate. `text` is the key's values folded (NFKC, trimmed) and joined.
 */
export interface RejectedKey {
  readonly text: string;
  readonly row: number;
  /** −1: none. */
  readonly line: number;
}

/** The buffers of a part, to transfer rather than copy. */
export function tablePartBuffers(part: TablePart): ArrayBuffer[] {
  const buffers = part.columns.flatMap(columnPartBuffers);
  if (part.places !== null)
    buffers.push(
      part.places.firsts.buffer as ArrayBuffer,
      part.places.rowShift.buffer as ArrayBuffer,
      part.places.lineShift.buffer as ArrayBuffer,
    );
  return buffers;
}

/** Rewords a problem that names its line (`line` is the line in the whole input). */
export type ProblemAtLine = (problem: QuarantineProblem, line: number | null) => QuarantineProblem;

/** Skipped rows listed with their places (all are counted). */
const SKIPPED_ROWS_KEPT = 100;

/**
 * Asked, only when a row cannot be used, whether it is a blank or footer row to skip instead of
 * quarantining it; `null` when it is not.
 */
export type SkipCheck = () => SkipReason | null;

/** How a raw value is shown in errors: text as given, truncated to 200 characters. */
export function showValue(raw: unknown): string {
  let text: string;
  // An absent value (a JSON record without the key) shows as empty, as an empty CSV cell does.
  if (raw === undefined) return '';
  if (typeof raw === 'string') text = raw;
  else if (raw instanceof Date) text = Number.isNaN(raw.getTime()) ? 'Invalid Date' : raw.toISOString();
  else if (raw !== null && typeof raw === 'object') text = Array.isArray(raw) ? '[array]' : '[object]';
  else text = String(raw);
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

/**
 * The fields asked for, then those the dataset's record rules read that were not asked for (its
 * "rule-only" fields): read when the source has them, so the rules apply to every run, but never
 * required — the run does not need them, so a record without one is not refused for it (a check
 * reading it is then unknown or false as for any empty value, and a key part missing is no key).
 */
function keptFields(
  definition: Dataset,
  names: readonly string[] | undefined,
): { fields: readonly Field[]; ruleOnly: ReadonlySet<string> } {
  if (names === undefined) return { fields: definition.fields, ruleOnly: new Set() };
  const known = new Set(definition.fields.map((field) => field.name));
  const unknown = names.filter((name) => !known.has(name));
  if (unknown.length > 0) {
    throw invalidArgument(
      'options.fields',
      `unknown field(s) ${unknown.map((name) => `"${name}"`).join(', ')} in dataset "${definition.id}"; known: ${[...known].join(', ')}`,
    );
  }
  const ruleOnly = new Set(recordRuleFields(definition).filter((name) => !names.includes(name)));
  const fields = definition.fields
    .filter((field) => names.includes(field.name) || ruleOnly.has(field.name))
    .map((field) => (ruleOnly.has(field.name) ? { ...field, required: false } : field));
  return { fields, ruleOnly };
}

/**
 * Rule-only fields that only the key reads (no check does): the key check needs their values
 * told apart, not stored as a column, so text ones are held as bytes ({@link KeyTextBuilder}).
 */
function keyOnlyTexts(dataset: Dataset, ruleOnly: ReadonlySet<string>): ReadonlySet<string> {
  const read = new Set((dataset.checks ?? []).flatMap((check) => predicateOperands(check.rule).flatMap(operandFields)));
  return new Set((dataset.key ?? []).filter((name) => ruleOnly.has(name) && !read.has(name)));
}

/**
 * Builds a {@link Table} one record at a time, so a file can be ingested as it streams in.
 * Each record's values are staged field by field and committed only when all are readable; a
 * record with any bad value goes to the quarantine, one entry per bad value, and leaves no trace
 * in the columns. A reader may skip blank and footer rows instead (`skip`, or a {@link SkipCheck}
 * asked when a row cannot be used). When the table is finished, records that break the dataset's
 * rules (a repeated key, a failed check) are quarantined too. Rows read = used + quarantined +
 * skipped, always.
 */
export class TableBuilder {
  /** The fields kept, in dataset order: slot `i` of `addCells` is `fields[i]`. */
  readonly fields: readonly Field[];
  /** Kept only because the dataset's key or checks read them (see `keptFields`): they may have no column. */
  private readonly ruleOnly: ReadonlySet<string>;
  /** Rule-only text fields that only the key reads: held as bytes, and given to the key check, not kept as columns. */
  private readonly keyOnly: ReadonlySet<string>;
  /** Rule-only fields the source has no column for: reported with the rules that read them. */
  private readonly absent = new Set<string>();
  private rulesWithoutColumns: readonly RuleWithoutColumn[] = [];
  private readonly builders: ColumnBuilder[];
  /** `builders[slot].kind`, read once (see {@link stageCellBytes}). */
  private readonly kinds: readonly BuilderKind[];
  private readonly rewrites: (ReadonlyMap<string, string> | null)[];
  private readonly problems: (ValueProblem | null)[];
  private readonly quarantine: QuarantinedValue[] = [];
  private read = 0;
  private used = 0;
  private rejected = 0;
  private skipped = 0;
  private readonly skippedBy = { blank: 0, footer: 0, title: 0, note: 0 };
  private readonly skippedRows: SkippedRow[] = [];
  /** The row of the first footer row skipped (−1: none yet). */
  private firstFooter = -1;
  /**
   * Rejected records with only their first cell filled (row; line unused): after the first footer
   * row they are notes (`制表人：张三`), skipped at {@link finish}, where every part's rows are in order.
   */
  private readonly notes: { row: number; line: number | null }[] = [];
  /** The key's slots in `fields` when every key field is text (null: no key, or one not text). */
  private readonly keySlots: readonly number[] | null;
  /** Keys of the records quarantined for a bad value, so that a later copy is still a duplicate. */
  private readonly rejectedKeys: RejectedKey[] = [];
  /** Row (1-based, as read) and line (−1: none) of each record committed, kept only when the dataset has record rules. */
  private readonly places: RecordPlaces | null;

  constructor(
    readonly dataset: Dataset,
    options: TableBuilderOptions = {},
  ) {
    const kept = keptFields(dataset, options.fields);
    this.fields = kept.fields;
    this.ruleOnly = kept.ruleOnly;
    const capacity = options.capacity ?? 1024;
    const formats = options.mapping?.formats ?? {};
    const values = options.mapping?.values ?? {};
    this.keyOnly = keyOnlyTexts(dataset, this.ruleOnly);
    const inPart = options.part === true;
    this.builders = this.fields.map((field) => {
      if (field.type === 'string' && (inPart || this.keyOnly.has(field.name)))
        return new KeyTextBuilder(
          field,
          capacity,
          (_bytes, limit) => keyTextsTooLarge(dataset.id, field.name, this.read, limit),
          inPart,
        );
      const pattern = Object.hasOwn(formats, field.name) ? formats[field.name]! : undefined;
      const reader = pattern === undefined ? undefined : compileDatePattern(pattern);
      if (typeof reader === 'string') throw invalidArgument(`mapping.formats.${field.name}`, reader);
      return createColumnBuilder(
        field,
        capacity,
        reader !== undefined && options.workbookDates === true ? withWorkbookDates(reader) : reader,
      );
    });
    this.kinds = this.builders.map((builder) => builder.kind);
    this.rewrites = this.fields.map((field) =>
      Object.hasOwn(values, field.name) ? new Map(Object.entries(values[field.name]!)) : null,
    );
    this.problems = new Array<ValueProblem | null>(this.fields.length).fill(null);
    this.places = dataset.key !== undefined || dataset.checks !== undefined ? new RecordPlaces() : null;
    const keySlots = (dataset.key ?? []).map((name) => this.fields.findIndex((field) => field.name === name));
    this.keySlots =
      keySlots.length > 0 && keySlots.every((slot) => slot >= 0 && this.fields[slot]!.type === 'string')
        ? keySlots
        : null;
  }

  /**
   * Matches a source's header onto the kept fields ({@link planColumns}); rule-only fields may
   * have no column (they read as empty, and the summary names the rules reading them), except the
   * key's: a key field with no column is a `missing_column` error unless the mapping marks it
   * null or `optional` names it.
   */
  planColumns(header: readonly string[], options: PlanColumnsOptions): ColumnPlan {
    // The key's fields need a column like the fields asked for: without one, duplicates would pass
    // unchecked. A mapping marking one null, or `optional` naming it, reads without the check (noted).
    const key = this.dataset.key ?? [];
    const plan = planColumns(header, this.fields, {
      ...options,
      optional: [...(options.optional ?? []), ...[...this.ruleOnly].filter((name) => !key.includes(name))],
      key,
      datasetFields: this.dataset.fields,
    });
    for (const name of this.ruleOnly) if (!plan.columns.has(name)) this.absent.add(name);
    return plan;
  }

  /** Rows seen so far (used + quarantined + skipped). */
  get rowsRead(): number {
    return this.read;
  }

  private stage(slot: number, raw: unknown): boolean {
    const rewrite = this.rewrites[slot]!;
    if (rewrite !== null && typeof raw === 'string') raw = rewrite.get(raw.trim()) ?? raw;
    const problem = this.builders[slot]!.stage(raw, this.used);
    this.problems[slot] = problem;
    return problem === null;
  }

  /** The record staged at row `used` is used: its values are in place (see {@link ColumnBuilder}). */
  private commitRow(line: number | null): void {
    this.used++;
    this.places?.add(this.read, line ?? -1);
  }

  private settle(
    ok: boolean,
    line: number | null,
    rawOf: (slot: number) => unknown,
    skip: SkipCheck | undefined,
  ): void {
    if (ok) return this.commitRow(line);
    const reason = skip === undefined ? null : skip();
    if (reason !== null && reason !== 'note') return this.countSkip(line, reason);
    if (reason === 'note') this.notes.push({ row: this.read, line });
    this.rejected++;
    this.rememberRejectedKey(line, rawOf);
    for (let slot = 0; slot < this.fields.length; slot++) {
      const problem = this.problems[slot];
      if (problem === null || problem === undefined) continue;
      this.push(line, this.fields[slot]!.name, showValue(rawOf(slot)), problem);
    }
  }

  /**
   * Keeps the key of a record quarantined for a bad value when the key's own values are readable:
   * a key that appears more than once is a duplicate whatever happened to its other copies.
   */
  private rememberRejectedKey(line: number | null, rawOf: (slot: number) => unknown): void {
    if (this.keySlots === null) return;
    const parts: string[] = [];
    for (const slot of this.keySlots) {
      if (this.problems[slot] !== null) return;
      const raw = rawOf(slot);
      if (typeof raw !== 'string' && typeof raw !== 'number') return;
      const rewrite = this.rewrites[slot]!;
      const given = String(raw);
      const text = foldKeyText(rewrite === null ? given : (rewrite.get(given.trim()) ?? given));
      if (text === '') return;
      parts.push(text);
    }
    this.rejectedKeys.push({ text: parts.join('\u0000'), row: this.read, line: line ?? -1 });
  }

  private push(line: number | null, field: string, value: string, problem: QuarantineProblem, row = this.read): void {
    const { id } = this.dataset;
    const where = `dataset "${id}", row ${row}${line === null ? '' : ` (line ${line})`}`;
    this.quarantine.push({
      dataset: id,
      row,
      line,
      field,
      value,
      code: problem.code,
      reason: problem.message,
      params: problem.params,
      message: field === '*' ? `${where}: ${problem.message}` : `${where}, field "${field}": ${problem.message}`,
    });
  }

  private countSkip(line: number | null, reason: SkipReason): void {
    if (reason === 'footer' && this.firstFooter < 0) this.firstFooter = this.read;
    this.skipped++;
    this.skippedBy[reason]++;
    if (this.skippedRows.length < SKIPPED_ROWS_KEPT) this.skippedRows.push({ row: this.read, line, reason });
  }

  /**
   * Adds a record given as cells, one per kept field in `fields` order (`undefined` = absent).
   * When it cannot be used, `skip` (if given) may say it is a blank or footer row to skip.
   */
  addCells(cells: ArrayLike<unknown>, line: number | null = null, skip?: SkipCheck): void {
    this.read++;
    let ok = true;
    for (let slot = 0; slot < this.fields.length; slot++) if (!this.stage(slot, cells[slot])) ok = false;
    this.settle(ok, line, (slot) => cells[slot], skip);
  }

  /**
   * Adds a record given as UTF-8 byte spans, one per kept field: `texts[slot]` when the cell had
   * to be unquoted into text, else `bytes[starts[slot], ends[slot])`. Plain numbers, dates and
   * repeated spellings are read from the bytes; anything else is decoded and read as text, so
   * the table is the same as from `addCells` with the decoded text.
   */
  addSpans(
    bytes: Uint8Array,
    starts: Int32Array,
    ends: Int32Array,
    texts: readonly (string | null)[],
    line: number | null,
    decode: (bytes: Uint8Array, start: number, end: number) => string,
    skip?: SkipCheck,
  ): void {
    this.read++;
    let ok = true;
    for (let slot = 0; slot < this.fields.length; slot++) {
      const text = texts[slot]!;
      const start = starts[slot]!;
      const end = ends[slot]!;
      if (text !== null) {
        if (!this.stage(slot, text)) ok = false;
      } else if (this.rewrites[slot] !== null) {
        // A rewritten value is not what the bytes spell: read from its text, nothing remembered.
        if (!this.stage(slot, decode(bytes, start, end))) ok = false;
      } else {
        const builder = this.builders[slot]!;
        const fast = stageCellBytes(builder, this.kinds[slot]!, bytes, start, end, this.used);
        if (fast === undefined) {
          if (this.stage(slot, decode(bytes, start, end))) builder.remember(bytes, start, end);
          else ok = false;
        } else {
          this.problems[slot] = fast;
          if (fast !== null) ok = false;
        }
      }
    }
    if (ok) this.commitRow(line);
    else this.settle(false, line, (slot) => texts[slot] ?? decode(bytes, starts[slot]!, ends[slot]!), skip);
  }

  /** Adds a record given as an object keyed by field name; anything else is quarantined whole. */
  addRecord(record: unknown, line: number | null = null): void {
    if (record === null || typeof record !== 'object' || Array.isArray(record)) {
      const kind = Array.isArray(record) ? 'array' : record === null ? 'null' : typeof record;
      const shown = kind === 'array' ? 'an array' : kind === 'null' ? 'null' : `a ${kind}`;
      this.reject(
        line,
        { code: 'invalid_record', message: `the record is ${shown}, not an object`, params: { kind } },
        showValue(record),
      );
      return;
    }
    this.read++;
    const fields = record as Record<string, unknown>;
    // A field named like an Object.prototype member (e.g. "toString") must be an own key.
    const rawOf = (slot: number): unknown => {
      const name = this.fields[slot]!.name;
      return Object.hasOwn(fields, name) ? fields[name] : undefined;
    };
    let ok = true;
    for (let slot = 0; slot < this.fields.length; slot++) if (!this.stage(slot, rawOf(slot))) ok = false;
    this.settle(ok, line, rawOf, undefined);
  }

  /** The record just rejected had only its first cell filled: a note, if a footer row comes before it. */
  noteCandidate(): void {
    this.notes.push({ row: this.read, line: null });
  }

  /** Counts a row that holds no record (a blank or footer row) as skipped. */
  skip(line: number | null, reason: SkipReason): void {
    this.read++;
    this.countSkip(line, reason);
  }

  /** Counts a record that could not be split into values (bad JSON, wrong number of fields, …) as quarantined. */
  reject(line: number | null, problem: QuarantineProblem, value = ''): void {
    this.read++;
    this.rejected++;
    this.push(line, '*', value.length > 200 ? `${value.slice(0, 200)}…` : value, problem);
  }

  /** What was read so far, as a part for another builder to {@link absorb} (this builder is done with). */
  part(): TablePart {
    const places = this.places;
    return {
      read: this.read,
      used: this.used,
      rejected: this.rejected,
      skipped: this.skipped,
      blank: this.skippedBy.blank,
      footer: this.skippedBy.footer,
      title: this.skippedBy.title,
      note: this.skippedBy.note,
      firstFooter: this.firstFooter,
      notes: this.notes,
      skippedRows: this.skippedRows,
      quarantine: this.quarantine,
      columns: this.builders.map((builder) => builder.part(this.used)),
      places: places === null ? null : places.runsOf(),
      rejectedKeys: this.rejectedKeys,
    };
  }

  /** Work on a part that need not wait for its turn to be absorbed: see {@link decodePartTexts}. */
  prepare(part: TablePart): void {
    for (let slot = 0; slot < this.builders.length; slot++) decodePartTexts(this.builders[slot]!, part.columns[slot]!);
  }

  /**
   * Appends a part read by another builder of the same dataset and options, as if its rows had
   * been added here: its rows follow the rows read so far, its lines follow `lines` (the input's
   * lines before the part), and `reword` restates problems that name their line.
   */
  absorb(part: TablePart, lines: number, reword: ProblemAtLine = (problem) => problem): void {
    const rows = this.read;
    const at = this.used;
    for (let slot = 0; slot < this.builders.length; slot++)
      this.builders[slot]!.absorb(part.columns[slot]!, at, part.used);
    if (this.places !== null && part.places !== null) this.places.append(part.places, part.used, rows, lines);
    for (const key of part.rejectedKeys)
      this.rejectedKeys.push({ text: key.text, row: key.row + rows, line: key.line < 0 ? -1 : key.line + lines });
    for (const entry of part.quarantine) {
      const line = entry.line === null ? null : entry.line + lines;
      const problem = { code: entry.code, message: entry.reason, params: entry.params } as QuarantineProblem;
      this.push(line, entry.field, entry.value, reword(problem, line), entry.row + rows);
    }
    for (const skipped of part.skippedRows) {
      if (this.skippedRows.length >= SKIPPED_ROWS_KEPT) break;
      this.skippedRows.push({
        row: skipped.row + rows,
        line: skipped.line === null ? null : skipped.line + lines,
        reason: skipped.reason,
      });
    }
    this.read += part.read;
    this.used += part.used;
    this.rejected += part.rejected;
    this.skipped += part.skipped;
    this.skippedBy.blank += part.blank;
    this.skippedBy.footer += part.footer;
    this.skippedBy.title += part.title;
    this.skippedBy.note += part.note;
    if (this.firstFooter < 0 && part.firstFooter >= 0) this.firstFooter = part.firstFooter + rows;
    for (const note of part.notes) this.notes.push({ row: note.row + rows, line: null });
  }

  /**
   * Rows after the first footer row with only their first cell filled (`制表人：张三`, `数据来源：…`)
   * are notes, not records: taken out of the quarantine (and the rejected keys) and skipped.
   */
  private skipNotes(): void {
    const notes = new Set(
      this.notes.filter(({ row }) => this.firstFooter >= 0 && row > this.firstFooter).map(({ row }) => row),
    );
    if (notes.size === 0) return;
    // Compacted in place, not `push(...kept)`: a spread of a quarantine of 200k entries overflows the stack.
    const lines = new Map<number, number | null>();
    let kept = 0;
    for (const entry of this.quarantine) {
      if (notes.has(entry.row)) lines.set(entry.row, entry.line);
      else this.quarantine[kept++] = entry;
    }
    this.quarantine.length = kept;
    let keys = 0;
    for (const key of this.rejectedKeys) if (!notes.has(key.row)) this.rejectedKeys[keys++] = key;
    this.rejectedKeys.length = keys;
    this.rejected -= notes.size;
    this.skipped += notes.size;
    this.skippedBy.note += notes.size;
    const rows = [
      ...this.skippedRows,
      ...[...notes].map((row) => ({ row, line: lines.get(row) ?? null, reason: 'note' as const })),
    ];
    rows.sort((a, b) => a.row - b.row);
    this.skippedRows.length = 0;
    this.skippedRows.push(...rows.slice(0, SKIPPED_ROWS_KEPT));
  }

  finish(): Table {
    this.skipNotes();
    let columns = new Map<string, Column>();
    const keyTexts = new Map<string, KeyTexts>();
    for (const builder of this.builders) {
      if (builder instanceof KeyTextBuilder && this.keyOnly.has(builder.field.name))
        keyTexts.set(builder.field.name, builder.keyTexts(this.used));
      else columns.set(builder.field.name, builder.finish(this.used));
    }
    let places: RecordPlaceRuns | undefined;
    if (this.places !== null) {
      const kept = this.quarantineRuleBreaches(columns, keyTexts);
      columns = kept.columns;
      places = kept.places.runsOf();
    }
    // Fields read only for the key and checks have done their work: the table holds what was asked
    // (a million distinct case numbers would otherwise triple a seven-field table's bytes).
    for (const name of this.ruleOnly) columns.delete(name);
    return {
      dataset: this.dataset,
      length: this.used,
      columns,
      quality: { read: this.read, used: this.used, quarantined: this.rejected, skipped: this.skipped },
      quarantine: this.quarantine,
      skippedRows: { ...this.skippedBy, rows: this.skippedRows },
      ...(places === undefined ? {} : { places }),
      ...(this.rulesWithoutColumns.length === 0 ? {} : { rulesWithoutColumns: this.rulesWithoutColumns }),
    };
  }

  /** Quarantines the records that break the dataset's rules and returns the columns and places without them. */
  private quarantineRuleBreaches(
    columns: Map<string, Column>,
    keyTexts: ReadonlyMap<string, KeyTexts>,
  ): { columns: Map<string, Column>; places: RecordPlaces } {
    const places = this.places!;
    const lineOf = (index: number): number | null => {
      const line = places.lineOf(index);
      return line < 0 ? null : line;
    };
    const placeOf = (index: number): RecordPlace => ({ row: places.rowOf(index), line: lineOf(index) });
    const built: Table = {
      dataset: this.dataset,
      length: this.used,
      columns,
      quality: { read: 0, used: 0, quarantined: 0, skipped: 0 },
      quarantine: [],
      skippedRows: { blank: 0, footer: 0, title: 0, note: 0, rows: [] },
    };
    const { breaches, withoutColumns, rejectedDuplicates } = recordRuleBreaches(
      this.dataset,
      built,
      placeOf,
      this.absent,
      keyTexts,
      this.rejectedKeys,
    );
    this.rulesWithoutColumns = withoutColumns;
    // A quarantined record repeating an earlier key: one more entry, the record already counted.
    for (const duplicate of rejectedDuplicates)
      this.push(duplicate.line, duplicate.field, duplicate.value, duplicate.problem, duplicate.row);
    if (breaches.length === 0) {
      if (rejectedDuplicates.length > 0) this.quarantine.sort((a, b) => a.row - b.row);
      return { columns, places };
    }
    const keep = new Uint8Array(this.used).fill(1);
    let removed = 0;
    for (const breach of breaches) {
      if (keep[breach.index] === 1) removed++;
      keep[breach.index] = 0;
      this.push(lineOf(breach.index), breach.field, breach.value, breach.problem, places.rowOf(breach.index));
    }
    this.used -= removed;
    this.rejected += removed;
    const kept = new Map<string, Column>();
    for (const [name, column] of columns) kept.set(name, keepRows(column, keep, this.used));
    // Value problems were filed as rows were read, rule breaches at the end: list them in row order.
    this.quarantine.sort((a, b) => a.row - b.row);
    const keptPlaces = new RecordPlaces();
    for (let index = 0; index < keep.length; index++)
      if (keep[index] === 1) keptPlaces.add(places.rowOf(index), places.lineOf(index));
    return { columns: kept, places: keptPlaces };
  }
}
