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
 * its other required fields are empty.
 */
export type SkipReason = 'blank' | 'footer';

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
  /** Record rules reading a column the source lacks; absent when there are none. */
  readonly rulesWithoutColumns?: readonly RuleWithoutColumn[];
}

/** Bytes held by a table's columns: typed arrays, null masks and an estimate for dictionary strings. */
export function tableByteLength(table: Table): number {
  let total = 0;
  for (const column of table.columns.values()) total += columnByteLength(column);
  return total;
}
