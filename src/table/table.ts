import type { IssueParamsOf, QuarantineCode } from '../errors/issues.js';
import type { Dataset } from '../model/dataset.js';
import { columnByteLength, type Column } from './column.js';

/** One value that kept its row out of a table, with everything needed to find and fix it. */
export interface QuarantinedValue {
  readonly dataset: string;
  /** 1-based position of the record in the input. */
  readonly row: number;
  /** 1-based line in the source file, when the records came from one. */
  readonly line: number | null;
  /** The field, or `*` when the record as a whole is unreadable. */
  readonly field: string;
  /** The value as given (text, truncated to 200 characters). */
  readonly value: string;
  readonly code: QuarantineCode;
  /** What is wrong with the value, e.g. `"2019/2/30" is not a valid date (expected …)`. */
  readonly reason: string;
  /** What `reason` names besides `code` (see {@link LawGaugeIssue}), for wording it in another language. */
  readonly params?: IssueParamsOf<QuarantineCode>;
  /** The reason with its place: `dataset "cases", row 3 (line 4), field "filed_on": …`. */
  readonly message: string;
}

/** Records read = used + quarantined + skipped, always. */
export interface TableQuality {
  readonly read: number;
  readonly used: number;
  readonly quarantined: number;
  /** Rows that hold no record: blank rows and footer rows (合计, Total, …) of spreadsheet exports. */
  readonly skipped: number;
}

/**
 * Why a row was skipped: `blank` — every cell empty or whitespace (an empty line included);
 * `footer` — its first non-empty cell is a totals label (合计, 总计, 小计, Total, Subtotal, …), alone or
 * followed by a colon and the total (合计：100件), and
 * its other required fields are empty; `title` — a row above the header (mapping `headerRow`);
 * `note` — after a footer row, a row with only its first cell filled (`制表人：张三`, `数据来源：…`).
 */
export type SkipReason = 'blank' | 'footer' | 'title' | 'note';

/** A row skipped (not a record), with its place. */
export interface SkippedRow {
  /** 1-based position of the row in the input (skipped rows count, as rows read). */
  readonly row: number;
  /** 1-based line in the source file, when the rows came from one. */
  readonly line: number | null;
  readonly reason: SkipReason;
}

/** The skipped rows: counts by reason, and the first 100 of them with their places. */
export interface SkippedRows {
  readonly blank: number;
  readonly footer: number;
  /** Rows above the header (mapping `headerRow`); ingest always sets it (absent: 0). */
  readonly title?: number;
  /** Rows with only their first cell filled after a footer row; ingest always sets it (absent: 0). */
  readonly note?: number;
  readonly rows: readonly SkippedRow[];
}

/**
 * A record rule of the dataset (`key`, or a check's id) reading fields the source had no column
 * for (the run did not otherwise need them): they read as empty, so the key does not tell records
 * apart and the check sees empty values, in process and in SQL engines alike.
 */
export interface RuleWithoutColumn {
  readonly rule: string;
  readonly missing: readonly string[];
}

/**
 * Where each record of a table was read, as runs (see `RecordPlaces` in ingest): records
 * `firsts[r]` up to the next run's first have rows index + `rowShift[r]` and lines index +
 * `lineShift[r]` (−2147483648: no line). A file read without gaps is one run.
 */
export interface RecordPlaceRuns {
  readonly firsts: Int32Array;
  readonly rowShift: Int32Array;
  readonly lineShift: Int32Array;
}

/** The row (1-based, as read) and line (null: none) of record `index` of a table's `places`. */
export function placeInRuns(runs: RecordPlaceRuns, index: number): { row: number; line: number | null } {
  let low = 0;
  let high = runs.firsts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (runs.firsts[middle]! <= index) low = middle;
    else high = middle - 1;
  }
  const lineShift = runs.lineShift[low]!;
  return { row: index + runs.rowShift[low]!, line: lineShift === -0x80000000 ? null : index + lineShift };
}

/** A dataset's records, column by column. Build one with `ingest`. */
export interface Table {
  readonly dataset: Dataset;
  /** Rows in the table (= `quality.used`). */
  readonly length: number;
  readonly columns: ReadonlyMap<string, Column>;
  readonly quality: TableQuality;
  /** Every value that quarantined a row; a row with several bad values has several entries. */
  readonly quarantine: readonly QuarantinedValue[];
  /** Blank and footer rows, counted by reason (`quality.skipped` is their sum). */
  readonly skippedRows: SkippedRows;
  /**
   * Where each record was read, for rules applied after ingest to name a record's row and line;
   * present when the dataset has a key or checks.
   */
  readonly places?: RecordPlaceRuns;
  /** Record rules reading a column the source lacks; absent when there are none. */
  readonly rulesWithoutColumns?: readonly RuleWithoutColumn[];
}

/** Bytes held by a table's columns: typed arrays, null masks and an estimate for dictionary strings. */
export function tableByteLength(table: Table): number {
  let total = 0;
  for (const column of table.columns.values()) total += columnByteLength(column);
  return total;
}
